//! A pass means the lesson was learned: the course's own tests run whatever
//! the learner did to theirs, what an exercise forbids is caught on the
//! syntax tree, a quiz's answer key is the course's program, and solutions
//! are earned.

mod common;

use common::{Workspace, repo, run_in};
use serde_json::Value;

/// A kata whose tests call the learner's function.
const WRONG: &str = "pub fn double(x: u32) -> u32 {\n    x\n}\n\nfn main() {}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn doubles() {\n        assert_eq!(double(2), 4);\n        assert_eq!(double(5), 10);\n    }\n}\n";

fn right() -> String {
    WRONG.replace("    x\n}", "    x * 2\n}")
}

fn verdict(run: &common::Run) -> Value {
    run.json()["exercises"][0].clone()
}

/// A workspace whose originals memkata has seen (as a pack's are, the
/// first time memkata runs in it).
fn pack(name: &str, source: &str, extra: &str) -> Workspace {
    let ws = Workspace::new().entry(name, source, extra);
    ws.run(&["verify", name]);
    ws
}

#[test]
fn deleted_or_ignored_tests_are_set_aside() {
    let ws = pack("double", WRONG, "hints = [\"a\"]\n");
    let no_tests = &WRONG[..WRONG.find("#[cfg(test)]").unwrap()];
    ws.write("exercises/t/double.rs", no_tests);
    let run = ws.run(&["run", "double"]).expect(1);
    assert!(run.stdout().contains("set aside"), "{}", run.stdout());
    assert!(
        run.stdout().contains("double: tests failed"),
        "{}",
        run.stdout()
    );

    let ignored = WRONG.replace("#[test]", "#[test]\n    #[ignore]");
    ws.write("exercises/t/double.rs", &ignored);
    ws.run(&["run", "double"]).expect(1);

    // The right code passes whatever became of the tests, and JSON says
    // the tests were not the learner's.
    let solved_without_tests = right()[..right().find("#[cfg(test)]").unwrap()].to_string();
    ws.write("exercises/t/double.rs", &solved_without_tests);
    let run = ws.run(&["verify", "--format", "json"]).expect(0);
    assert_eq!(verdict(&run)["tests_modified"], true);
    ws.write("exercises/t/double.rs", &right());
    let run = ws.run(&["verify", "--format", "json"]).expect(0);
    assert_eq!(verdict(&run)["tests_modified"], false);
}

#[test]
fn tests_that_never_report_do_not_pass() {
    let exits = right().replace("    x * 2\n", "    std::process::exit(0)\n");
    let ws = pack("double", WRONG, "hints = [\"a\"]\n");
    ws.write("exercises/t/double.rs", &exits);
    let run = ws.run(&["verify", "--format", "json"]).expect(1);
    let v = verdict(&run);
    assert_eq!(v["verdict"], "tests_failed");
    assert!(
        v["detail"].as_str().unwrap().contains("ended before"),
        "{v}"
    );
    // A test kata with no test at all is not a pass either.
    let empty = Workspace::new().kata("none", "fn main() {}\n");
    let run = empty.run(&["verify", "--format", "json"]).expect(1);
    assert_eq!(verdict(&run)["detail"], "no test ran");
}

const FORBID: &str =
    "hints = [\"a\"]\nforbid = [{ use = \"clone\", why = \"borrow the list, don't copy it\" }]\n";

const LONGEST: &str = "pub fn longest(words: &[String]) -> usize {\n    // A comment saying words.clone() is not code.\n    let _ = \"nor is words.clone() in a string\";\n    words.iter().map(|w| w.len()).max().unwrap_or(0)\n}\n\nfn main() {}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn longest_word() {\n        let words = vec![\"a\".to_string(), \"abc\".to_string()];\n        assert_eq!(longest(&words.clone()), 3);\n    }\n}\n";

#[test]
fn a_forbidden_use_is_a_verdict_of_its_own() {
    let ws = pack("longest", LONGEST, FORBID);
    // Comments, strings and the tests' own clone don't count.
    let run = ws.run(&["verify", "--format", "json"]).expect(0);
    assert_eq!(verdict(&run)["verdict"], "passed");

    let cheat = LONGEST.replace(
        "    words.iter()",
        "    let copy = Clone::clone(&words.to_vec());\n    copy.iter()",
    );
    ws.write("exercises/t/longest.rs", &cheat);
    let run = ws.run(&["run", "longest"]).expect(1);
    let out = run.stdout();
    assert!(out.contains("longest: not allowed: line 4"), "{out}");
    assert!(out.contains("borrow the list, don't copy it"), "{out}");
    assert!(
        out.contains("test result: ok"),
        "the rest of the output: {out}"
    );

    let run = ws.run(&["verify", "--format", "json"]).expect(1);
    let v = verdict(&run);
    assert_eq!(v["verdict"], "constraint");
    assert_eq!(v["violations"][0]["line"], 4);
    assert_eq!(v["violations"][0]["used"], "clone");

    let run = ws.run(&["verify", "--format", "junit"]).expect(1);
    assert!(
        run.stdout().contains("type=\"constraint\""),
        "{}",
        run.stdout()
    );
    let progress = ws.run(&["progress", "--format", "json"]).expect(0).json();
    assert_eq!(progress["exercises"][0]["last_verdict"], "constraint");
}

#[test]
fn dev_check_wants_solutions_that_meet_the_constraints() {
    let ws = Workspace::new().entry("longest", LONGEST, FORBID);
    let cheat = LONGEST.replace("words.iter()", "words.to_vec().clone().iter()");
    ws.write("solutions/t/longest.rs", &cheat);
    let run = ws.run(&["dev", "check"]).expect(1);
    assert!(
        run.stdout()
            .contains("the solution does not pass: not allowed"),
        "{}",
        run.stdout()
    );
}

const QUIZ_INFO: &str = "format_version = 1\n[[exercises]]\nname = \"prints\"\ndir = \"t\"\nkind = \"quiz\"\nquestion = \"What does it print?\"\nchoices = [\n  { says = \"1\", prints = \"1\\n\" },\n  { says = \"2\", prints = \"2\\n\" },\n]\nexplanation = \"It prints what it prints.\"\n";

#[test]
fn a_quiz_is_judged_on_the_course_program() {
    let ws = Workspace::new().info(QUIZ_INFO);
    ws.write(
        "exercises/t/prints.rs",
        "fn main() {\n    println!(\"1\");\n}\n",
    );
    ws.run(&["run", "prints"]).expect(1);
    // The learner experiments in their copy; the answer key does not move.
    ws.write(
        "exercises/t/prints.rs",
        "fn main() {\n    println!(\"2\");\n}\n",
    );
    let run = ws.run(&["answer", "prints", "b"]).expect(1);
    assert!(
        run.stdout().contains("The answer is a) 1"),
        "{}",
        run.stdout()
    );
    ws.run(&["answer", "prints", "a"]).expect(0);
}

#[test]
fn solutions_are_earned_by_passing() {
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    assert!(!ws.join("solutions").exists());
    let solution = std::fs::read(repo().join("solutions/ownership/ownership1.rs")).unwrap();
    std::fs::write(ws.join("exercises/ownership/ownership1.rs"), &solution).unwrap();
    let run = run_in(&ws, &["run", "ownership1"]).expect(0);
    assert!(
        run.stdout()
            .contains("Compare with the reference solution: solutions/ownership/ownership1.rs"),
        "{}",
        run.stdout()
    );
    assert_eq!(
        std::fs::read(ws.join("solutions/ownership/ownership1.rs")).unwrap(),
        solution
    );
    let earned: Vec<_> = walk(&ws.join("solutions"));
    assert_eq!(earned.len(), 1, "{earned:?}");

    run_in(parent.path(), &["init", "teacher", "--with-solutions"]).expect(0);
    let all = walk(&parent.path().join("teacher/solutions"));
    assert_eq!(all.len(), walk(&repo().join("solutions")).len());
}

#[test]
fn the_built_in_course_keeps_its_own_catalogue() {
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    let info = std::fs::read_to_string(ws.join("info.toml")).unwrap();
    // Even a broken catalogue can't change the course's rules.
    std::fs::write(
        ws.join("info.toml"),
        format!("{info}\n[[exercises]]\nname = \"mine\"\nforbid = 3\n"),
    )
    .unwrap();
    let run = run_in(&ws, &["list"]).expect(0);
    assert!(
        run.stderr().contains("info.toml differs"),
        "{}",
        run.stderr()
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_grader_of_a_pack_points_at_the_pristine_pack() {
    // The instructor's copy of the pack.
    let pristine = Workspace::new().kata("double", WRONG);
    // A learner's clone, as a grader sees it: no .memkata, tests emptied.
    let learner = Workspace::new().kata("double", WRONG);
    let emptied = right().replace(
        "        assert_eq!(double(2), 4);\n        assert_eq!(double(5), 10);\n",
        "",
    );
    let emptied = emptied.replace("x * 2", "x");
    learner.write("exercises/t/double.rs", &emptied);
    learner.run(&["verify"]).expect(0);
    let dir = pristine.path().to_str().unwrap();
    let run = learner
        .run(&["verify", "--format", "json", "--originals", dir])
        .expect(1);
    assert_eq!(verdict(&run)["tests_modified"], true);
    assert_eq!(verdict(&run)["verdict"], "tests_failed");
}

#[test]
fn dev_check_takes_the_authors_files_as_the_course() {
    let ws = pack("double", &right(), "hints = [\"a\"]\n");
    // The author adds a test; after dev check, checks judge by it.
    let stricter = right().replace(
        "        assert_eq!(double(5), 10);\n",
        "        assert_eq!(double(5), 10);\n        assert_eq!(double(0), 1);\n",
    );
    ws.write("exercises/t/double.rs", &stricter);
    ws.write("solutions/t/double.rs", &stricter);
    ws.run(&["run", "double"]).expect(0);
    ws.run(&["dev", "check", "double"]);
    ws.run(&["run", "double"]).expect(1);
}
