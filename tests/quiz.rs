//! Quizzes: the compiler's answer key, from the shell and in watch mode.

mod common;

use common::Workspace;
use common::tmux::Tmux;

const MOVED_TWICE: &str = "// Quiz: read this program.\nfn main() {\n    let s = String::from(\"hi\");\n    let t = s;\n    println!(\"{s} {t}\");\n}\n";
const PRINTS: &str = "// Quiz: read this program.\nfn main() {\n    let x = 5;\n    let y = x;\n    println!(\"{x} {y}\");\n}\n";
const PANICS: &str = "// Quiz: read this program.\nfn main() {\n    let v: Vec<i32> = Vec::new();\n    println!(\"{}\", v[0]);\n}\n";

fn quiz_entry(name: &str, choices: &str) -> String {
    format!(
        "kind = \"quiz\"\nquestion = \"What happens when {name} is built and run?\"\nchoices = [\n{choices}]\nexplanation = \"Because the compiler says so.\"\n"
    )
}

const CHOICES: &str = "  { says = \"It prints `5 5`\", prints = \"5 5\\n\" },\n  { says = \"It does not compile: use of a moved value\", error = \"E0382\" },\n  { says = \"It compiles, then panics\", panics = true },\n";

fn quizzes() -> Workspace {
    Workspace::new()
        .entry("moved", MOVED_TWICE, &quiz_entry("moved", CHOICES))
        .entry("copied", PRINTS, &quiz_entry("copied", CHOICES))
        .entry("indexed", PANICS, &quiz_entry("indexed", CHOICES))
}

#[test]
fn answers_are_checked_against_the_compiler() {
    let ws = quizzes();
    let wrong = ws.run(&["answer", "moved", "a"]).expect(1).stdout();
    assert!(
        wrong.contains("Not quite") && wrong.contains("The answer is b)"),
        "{wrong}"
    );
    assert!(wrong.contains("Because the compiler says so."), "{wrong}");
    assert!(
        wrong.contains("E0382"),
        "what the compiler said is shown: {wrong}"
    );
    let right = ws.run(&["answer", "moved", "B"]).expect(0).stdout();
    assert!(right.contains("Right: b)"), "{right}");
    ws.run(&["answer", "copied", "a"]).expect(0);
    let panics = ws.run(&["answer", "indexed", "c"]).expect(0).stdout();
    assert!(panics.contains("index out of bounds"), "{panics}");

    let state: serde_json::Value = serde_json::from_str(&ws.read(".memkata/state.json")).unwrap();
    let moved = &state["exercises"]["moved"];
    assert_eq!(moved["done"], true);
    assert_eq!(moved["quiz"]["answers"], "ab");
    assert_eq!(moved["quiz"]["right_first_time"], false);
    assert_eq!(
        state["exercises"]["copied"]["quiz"]["right_first_time"],
        true
    );
}

#[test]
fn verify_reports_quiz_verdicts() {
    let ws = quizzes();
    ws.run(&["answer", "moved", "b"]).expect(0);
    ws.run(&["answer", "copied", "c"]).expect(1);
    let json = ws.run(&["verify", "--format", "json"]).expect(1).json();
    let verdict = |i: usize| {
        json["exercises"][i]["verdict"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(verdict(0), "passed");
    assert_eq!(verdict(1), "wrong_answer");
    assert_eq!(verdict(2), "unanswered");
    assert_eq!(json["exercises"][0]["kind"], "quiz");
    let run = ws.run(&["run", "indexed"]).expect(1).stdout();
    assert!(
        run.contains("2 │ fn main() {") && run.contains("c)  It compiles, then panics"),
        "{run}"
    );
    assert!(run.contains("memkata answer indexed LETTER"), "{run}");
}

#[test]
fn bad_answers_are_bad_usage() {
    let ws = quizzes().kata(
        "kata",
        "fn main() {}\n#[cfg(test)]\nmod t {\n    #[test]\n    fn ok() {}\n}\n",
    );
    ws.run(&["answer", "moved", "z"]).expect(2);
    ws.run(&["answer", "moved", "ab"]).expect(2);
    let run = ws.run(&["answer", "kata", "a"]).expect(2);
    assert!(run.stderr().contains("not a quiz"), "{}", run.stderr());
}

#[test]
fn dev_check_catches_ambiguous_and_unmatched_quizzes() {
    let ambiguous = "  { says = \"prints\", prints = \"5 5\\n\" },\n  { says = \"prints, again\", prints = \"5 5\\n\" },\n";
    let unmatched = "  { says = \"prints 6\", prints = \"6 6\\n\" },\n  { says = \"E0499\", error = \"E0499\" },\n";
    let ws = Workspace::new()
        .entry("good", MOVED_TWICE, &quiz_entry("good", CHOICES))
        .entry("twice", PRINTS, &quiz_entry("twice", ambiguous))
        .entry("none", PRINTS, &quiz_entry("none", unmatched));
    for name in ["good", "twice", "none"] {
        std::fs::remove_file(ws.path().join(format!("solutions/t/{name}.rs"))).unwrap();
    }
    let run = ws.run(&["dev", "check"]).expect(1);
    let out = run.stdout();
    assert!(
        out.contains("good: b) is right: it does not compile (E0382)"),
        "{out}"
    );
    assert!(out.contains("choices a, b all match"), "{out}");
    assert!(
        out.contains("no choice matches what happened (it compiles and prints \"5 5\\n\")"),
        "{out}"
    );
    // A learner answering a broken quiz gets a clear error, not a verdict.
    let run = ws.run(&["answer", "none", "a"]).expect(2);
    assert!(run.stderr().contains("is broken"), "{}", run.stderr());
}

#[test]
fn a_quiz_is_answered_with_one_key_in_watch_mode() {
    let ws = quizzes();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("moved: unanswered");
    tmux.wait("b)  It does not compile: use of a moved value");
    tmux.keys(&["a"]);
    tmux.wait("moved: wrong answer");
    tmux.wait("The answer is b)");
    tmux.keys(&["b"]);
    tmux.wait("moved: passed");
    tmux.wait("Because the compiler says so.");
    // A quiz waits for `n`, so the explanation can be read.
    tmux.keys(&["n"]);
    tmux.wait("copied: unanswered");
}
