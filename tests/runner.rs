//! The one-shot commands on temporary workspaces: verdicts, limits, bad
//! input, state, reset, init and the output formats.

mod common;

use common::{Workspace, run_in};
use serde_json::Value;

const PASS: &str = "fn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn ok() {\n        assert_eq!(2, 1 + 1);\n    }\n}\n";
const FAIL: &str = "fn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn bad() {\n        assert_eq!(1, 2, \"one is not two\");\n    }\n}\n";
const MOVED: &str = "fn main() {\n    let s = String::new();\n    let t = s;\n    println!(\"{s}{t}\");\n}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn ok() {}\n}\n";

fn verdicts(run: &common::Run) -> Vec<(String, String, String)> {
    run.json()["exercises"]
        .as_array()
        .expect("exercises")
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["verdict"].as_str().unwrap().to_string(),
                e["detail"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn every_verdict_kind_is_reached() {
    let ws = Workspace::new()
        .kata("pass", PASS)
        .kata("compile", MOVED)
        .kata("fail", FAIL)
        .program("main_fails", "fn main() {\n    std::process::exit(3);\n}\n")
        .program("forever", "fn main() {\n    loop {\n        std::hint::black_box(1);\n    }\n}\n")
        .program("flood", "fn main() {\n    loop {\n        println!(\"flooding the terminal\");\n    }\n}\n")
        .program(
            "deep",
            "fn down(n: u64) -> u64 {\n    let pad = [n; 64];\n    std::hint::black_box(&pad);\n    down(n + 1) + pad[0]\n}\nfn main() {\n    println!(\"{}\", down(0));\n}\n",
        )
        .program("abort", "fn main() {\n    std::process::abort();\n}\n")
        .program(
            "hog",
            "fn main() {\n    let mut v: Vec<Vec<u8>> = Vec::new();\n    loop {\n        v.push(vec![0u8; 1 << 24]);\n    }\n}\n",
        )
        .entry(
            "lint",
            "fn main() {\n    let x = 5;\n    if x == 5 {\n        return;\n    }\n    return;\n}\n",
            "test = false\nstrict_clippy = true\nhints = [\"a\"]\n",
        );
    let run = ws
        .run(&["verify", "--format", "json", "--timeout", "2"])
        .expect(1);
    let got = verdicts(&run);
    let verdict = |name: &str| got.iter().find(|v| v.0 == name).cloned().unwrap();
    assert_eq!(verdict("pass").1, "passed");
    assert_eq!(verdict("compile").1, "compile_error");
    assert_eq!(verdict("fail").1, "tests_failed");
    assert_eq!(verdict("main_fails").1, "main_failed");
    assert_eq!(verdict("forever").1, "timed_out");
    assert_eq!(verdict("flood").1, "timed_out");
    let deep = verdict("deep");
    assert_eq!(deep.1, "crashed");
    assert!(deep.2.contains("stack overflow"), "{deep:?}");
    let abort = verdict("abort");
    assert_eq!(abort.1, "crashed");
    assert!(abort.2.contains("SIGABRT"), "{abort:?}");
    let hog = verdict("hog");
    assert_eq!(hog.1, "crashed");
    assert!(hog.2.contains("ran out of memory"), "{hog:?}");
    assert_eq!(verdict("lint").1, "clippy");
    assert_eq!(run.json()["total"], 10);
    assert_eq!(run.json()["passed"], 1);
    assert_eq!(run.json()["failed"], 9);
}

#[test]
fn flooding_output_is_cut_and_said_so() {
    let ws = Workspace::new().program(
        "flood",
        "fn main() {\n    for _ in 0..200_000 {\n        println!(\"flooding the terminal with text\");\n    }\n}\n",
    );
    let run = ws.run(&["run", "flood"]).expect(0);
    let out = run.stdout();
    assert!(out.to_lowercase().contains("output cut"), "no cut notice");
    assert!(out.len() < 2 << 20, "printed {} bytes", out.len());
}

#[test]
fn run_shows_compiler_output_and_targeted_hint() {
    let ws = Workspace::new().entry(
        "moved",
        MOVED,
        "hints = [\"a\"]\nerror_hints = { E0382 = \"`s` went into `t`: clone it or borrow it.\" }\n",
    );
    let run = ws.run(&["run", "moved"]).expect(1);
    let out = run.stdout();
    assert!(out.contains("error[E0382]"), "{out}");
    assert!(out.contains("exercises/t/moved.rs"), "{out}");
    assert!(out.contains("About E0382: `s` went into `t`"), "{out}");
    assert!(out.contains("moved: compile error"), "{out}");
}

#[test]
fn second_verify_comes_from_the_cache() {
    let ws = Workspace::new().kata("pass", PASS).kata("fail", FAIL);
    ws.run(&["verify"]).expect(1);
    let cache = ws.path().join(".memkata/cache/pass.json");
    let stamp = std::fs::metadata(&cache).unwrap().modified().unwrap();
    let run = ws.run(&["verify", "--format", "json"]).expect(1);
    assert_eq!(verdicts(&run)[0].1, "passed");
    assert_eq!(
        std::fs::metadata(&cache).unwrap().modified().unwrap(),
        stamp,
        "rebuilt"
    );
    // A change of the file is a new verdict.
    ws.write(
        "exercises/t/pass.rs",
        &PASS.replace("fn main() {}", "fn main() {}\nfn unused() {}"),
    );
    let run = ws.run(&["verify", "--format", "json", "pass"]).expect(0);
    assert_eq!(verdicts(&run)[0].1, "passed");
    assert_ne!(
        std::fs::metadata(&cache).unwrap().modified().unwrap(),
        stamp,
        "a changed file was not built anew"
    );
}

#[test]
fn junit_parses_back() {
    let ws = Workspace::new()
        .kata("pass", PASS)
        .kata("fail", FAIL)
        .kata("compile", MOVED);
    let run = ws.run(&["verify", "--format", "junit"]).expect(1);
    let xml = run.stdout();
    let doc = roxmltree::Document::parse(&xml).expect("valid XML");
    let cases: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 3);
    let failures: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(failures.len(), 2);
    let compile = cases
        .iter()
        .find(|c| c.attribute("name") == Some("compile"))
        .unwrap();
    let failure = compile
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert_eq!(failure.attribute("type"), Some("compile_error"));
    assert!(failure.text().unwrap_or("").contains("E0382"));
    assert!(!xml.contains('\x1b'), "colour codes in XML");
}

fn expect_bad_info(info: &str, needles: &[&str]) {
    let ws = Workspace::new().kata("pass", PASS).info(info);
    let run = ws.run(&["list"]).expect(2);
    let err = run.stderr();
    for needle in needles {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn malformed_info_toml_is_a_located_error() {
    expect_bad_info(
        "[[exercises]]\nname = \"pass\"\ndir = \"t\"\nhnit = \"x\"\n",
        &["info.toml:4:1", "unknown key 'hnit'", "did you mean 'hint'"],
    );
    expect_bad_info(
        "[[exercises]]\nname = \"pass\"\ndir = \"t\"\ntest = \"yes\"\n",
        &["info.toml:4:8", "'test'", "true or false"],
    );
    expect_bad_info(
        "[[exercises]\nname = \"pass\"\n",
        &["info.toml:1:", "invalid TOML"],
    );
    expect_bad_info(
        "[[exercises]]\nname = \"pass\"\ndir = \"t\"\n[[exercises]]\nname = \"pass\"\ndir = \"t\"\n",
        &["info.toml:5:8", "duplicate exercise name 'pass'", "line 2"],
    );
    expect_bad_info(
        "format_version = 2\n[[exercises]]\nname = \"pass\"\n",
        &["info.toml:1:18", "format_version"],
    );
    expect_bad_info(
        "[[exercises]]\ndir = \"t\"\n",
        &["info.toml:1:", "no 'name'"],
    );
}

#[test]
fn names_and_dirs_cannot_leave_the_workspace() {
    for (key, value) in [
        ("dir", "\"..\""),
        ("dir", "\"../../etc\""),
        ("dir", "\"/etc\""),
        ("dir", "\"a/b\""),
        ("name", "\"../pass\""),
        ("name", "\"/etc/passwd\""),
    ] {
        let info = if key == "dir" {
            format!("[[exercises]]\nname = \"pass\"\ndir = {value}\nhint = \"a\"\n")
        } else {
            format!("[[exercises]]\nname = {value}\nhint = \"a\"\n")
        };
        let line = if key == "dir" { 3 } else { 2 };
        expect_bad_info(&info, &[&format!("info.toml:{line}:"), &format!("'{key}'")]);
    }
}

#[test]
fn a_missing_exercise_file_is_a_workspace_error() {
    let ws = Workspace::new().kata("pass", PASS).kata("gone", PASS);
    std::fs::remove_file(ws.path().join("exercises/t/gone.rs")).unwrap();
    let run = ws.run(&["verify"]).expect(2);
    assert!(
        run.stderr().contains("exercises/t/gone.rs"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("memkata reset gone"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_corrupt_state_file_is_kept_and_progress_rebuilt() {
    let ws = Workspace::new().kata("pass", PASS).kata("fail", FAIL);
    ws.run(&["verify"]).expect(1);
    ws.write(".memkata/state.json", "{ this is not json");
    let run = ws.run(&["list", "--format", "json"]).expect(0);
    assert!(run.stderr().contains("unreadable"), "{}", run.stderr());
    let kept: Vec<_> = std::fs::read_dir(ws.path().join(".memkata"))
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "the corrupt file is kept");
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).unwrap(),
        "{ this is not json"
    );
    // Progress came back from the last verdicts: `pass` is still done.
    let rows = run.json();
    let pass = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "pass")
        .unwrap();
    assert_eq!(pass["done"], true);
}

#[test]
fn reset_restores_and_keeps_a_backup() {
    let ws = Workspace::new().kata("pass", PASS);
    ws.run(&["list"]).expect(0);
    ws.run(&["run", "pass"]).expect(0);
    ws.write("exercises/t/pass.rs", "// my attempt\n");
    let run = ws.run(&["reset", "pass"]).expect(0);
    assert!(run.stdout().contains("kept at"), "{}", run.stdout());
    assert_eq!(ws.read("exercises/t/pass.rs"), PASS);
    let backups: Vec<_> = std::fs::read_dir(ws.path().join(".memkata/backups"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].path()).unwrap(),
        "// my attempt\n"
    );
    // Nothing to do the second time.
    let run = ws.run(&["reset", "pass"]).expect(0);
    assert!(run.stdout().contains("already"), "{}", run.stdout());
}

#[test]
fn hints_come_one_at_a_time_and_are_counted() {
    let ws = Workspace::new().kata("pass", PASS);
    let first = ws.run(&["hint", "pass"]).expect(0).stdout();
    assert!(
        first.contains("Hint 1 of 2") && first.contains("look closer"),
        "{first}"
    );
    let second = ws.run(&["hint", "pass"]).expect(0).stdout();
    assert!(
        second.contains("Hint 2 of 2") && second.contains("closer still"),
        "{second}"
    );
    let progress = ws
        .run(&["progress", "--format", "json", "--learner", "ada"])
        .expect(0)
        .json();
    assert_eq!(progress["learner"], "ada");
    assert_eq!(progress["exercises"][0]["hints_shown"], 2);
}

#[test]
fn unknown_exercise_suggests_a_name() {
    let ws = Workspace::new().kata("box1", PASS);
    let run = ws.run(&["run", "bx1"]).expect(2);
    assert!(
        run.stderr().contains("did you mean 'box1'"),
        "{}",
        run.stderr()
    );
}

#[test]
fn run_advances_the_current_exercise() {
    let ws = Workspace::new().kata("first", PASS).kata("second", FAIL);
    let run = ws.run(&["run"]).expect(0);
    assert!(run.stdout().contains("first: passed"));
    assert!(
        run.stdout().contains("Next exercise: second"),
        "{}",
        run.stdout()
    );
    let run = ws.run(&["run"]).expect(1);
    assert!(
        run.stdout().contains("second: tests failed"),
        "{}",
        run.stdout()
    );
}

#[test]
fn a_rustlings_pack_runs_unchanged() {
    // The community format as rustlings publishes it: format_version, a
    // welcome and final message, `hint`, `dir`, `test = false`.
    let info = r#"format_version = 1

welcome_message = """Welcome to a third-party pack."""
final_message = "Well done."

[[exercises]]
name = "intro1"
dir = "00_intro"
test = false
hint = "Just run it."

[[exercises]]
name = "variables1"
dir = "01_variables"
hint = """
Declare the variable with `let`."""

[[exercises]]
name = "quiz1"
skip_check_unsolved = true
hint = "No hints this time ;)"
strict_clippy = false
"#;
    let ws = Workspace::new().info(info);
    ws.write(
        "exercises/00_intro/intro1.rs",
        "fn main() {\n    println!(\"hello\");\n}\n",
    );
    ws.write(
        "exercises/01_variables/variables1.rs",
        "fn main() {\n    x = 5;\n    println!(\"{x}\");\n}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\n",
    );
    ws.write("exercises/quiz1.rs", PASS);
    let run = ws.run(&["verify", "--format", "json"]).expect(1);
    let got = verdicts(&run);
    assert_eq!(got[0], ("intro1".into(), "passed".into(), String::new()));
    assert_eq!(got[1].1, "compile_error");
    assert_eq!(got[2].1, "passed");
    let hint = ws.run(&["hint", "intro1"]).expect(0).stdout();
    assert!(hint.contains("Just run it."), "{hint}");
}

#[test]
fn init_writes_a_workspace_and_refuses_a_full_folder() {
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    for file in [
        "info.toml",
        "Cargo.toml",
        ".gitignore",
        "rust-analyzer.toml",
        "probe/src/lib.rs",
    ] {
        assert!(ws.join(file).is_file(), "{file} missing");
    }
    assert!(ws.join(".git").is_dir(), "not a git repository");
    let manifest = std::fs::read_to_string(ws.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[[bin]]") && manifest.contains("memkata_probe"),
        "{manifest}"
    );
    let ignore = std::fs::read_to_string(ws.join(".gitignore")).unwrap();
    assert!(ignore.contains("/.memkata/*") && ignore.contains("!/.memkata/state.json"));
    // The workspace lists every exercise of the built-in catalogue.
    let list = run_in(&ws, &["list", "--format", "json"]).expect(0).json();
    assert!(list.as_array().unwrap().len() >= 6);

    let full = parent.path().join("full");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("notes.txt"), "mine").unwrap();
    let run = run_in(parent.path(), &["init", "full"]).expect(2);
    assert!(run.stderr().contains("not empty"), "{}", run.stderr());
    assert_eq!(
        std::fs::read_to_string(full.join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn outside_a_workspace_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_in(dir.path(), &["list"]).expect(2);
    assert!(run.stderr().contains("memkata init"), "{}", run.stderr());
}

#[test]
fn bad_timeout_is_bad_usage() {
    let ws = Workspace::new().kata("pass", PASS);
    ws.run(&["run", "--timeout", "0"]).expect(2);
    ws.run(&["run", "--timeout", "soon"]).expect(2);
}

#[test]
fn list_json_has_every_exercise() {
    let ws = Workspace::new().kata("a", PASS).kata("b", FAIL);
    let rows: Value = ws.run(&["list", "--format", "json"]).expect(0).json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["current"], true);
    assert_eq!(rows[0]["path"], "exercises/t/a.rs");
}

#[test]
fn colour_follows_the_flag_and_the_conventions() {
    let ws = Workspace::new().kata("a", PASS);
    let ansi = |run: &common::Run| run.stdout().contains('\x1b');
    // The test runner sets NO_COLOR; an empty value counts as unset.
    let no_env = [("NO_COLOR", "".as_ref())];
    assert!(
        !ansi(&ws.run_with(&["list"], &no_env)),
        "piped output is plain"
    );
    assert!(ansi(&ws.run_with(&["list", "--color", "always"], &no_env)));
    let force = [("NO_COLOR", "".as_ref()), ("CLICOLOR_FORCE", "1".as_ref())];
    assert!(ansi(&ws.run_with(&["list"], &force)));
    let both = [("CLICOLOR_FORCE", "1".as_ref()), ("NO_COLOR", "1".as_ref())];
    assert!(
        !ansi(&ws.run_with(&["list"], &both)),
        "NO_COLOR wins over CLICOLOR_FORCE"
    );
    assert!(!ansi(&ws.run_with(&["list", "--color", "never"], &force)));
    let json = ws.run_with(
        &["verify", "--format", "json", "--color", "always"],
        &no_env,
    );
    assert!(!ansi(&json), "JSON is never coloured");
}

/// memkata links through itself where it learned how (see
/// `engine::link`); when that stops working (the toolchain's linker moved,
/// say), the build is linked the usual way and the verdict is unchanged.
#[test]
fn a_linker_that_stopped_working_falls_back_to_cc() {
    let ws = Workspace::new().kata("pass", PASS).kata("fail", FAIL);
    ws.run(&["run", "pass"]).expect(0);
    let remembered = ws.read(".memkata/toolchain.json");
    let mut json: serde_json::Value = serde_json::from_str(&remembered).unwrap();
    let link = &mut json["toolchain"]["link"];
    if link.is_null() {
        // This toolchain links another way: nothing to fall back from.
        return;
    }
    link["lld"] = "/nonexistent/rust-lld".into();
    ws.write(".memkata/toolchain.json", &json.to_string());
    ws.write("exercises/t/pass.rs", &format!("{PASS}// saved again\n"));
    let run = ws.run(&["run", "pass"]).expect(0);
    assert!(run.stdout().contains("passed"), "{}", run.stdout());
    let run = ws.run(&["run", "fail"]).expect(1);
    assert!(run.stdout().contains("one is not two"), "{}", run.stdout());
}
