//! What users read, kept as snapshots: the JSON graders parse, the list, a
//! verdict with its reason, a quiz in the shell and on the watch screen.
//! Timings and temporary paths are redacted. `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test`) accepts a deliberate change.

mod common;

use common::Workspace;
use common::tmux::Tmux;

const FILTERS: &[(&str, &str)] = &[
    (r#""seconds": [0-9.]+"#, r#""seconds": "[s]""#),
    (r#""duration": [0-9]+"#, r#""duration": "[ms]""#),
    (r"finished in [0-9.]+s", "finished in [s]"),
    (r"  [0-9]+\.[0-9]{2} s", "  [s]"),
    (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[time]"),
];

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ filters => FILTERS.to_vec(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

const KATA: &str = "pub fn total(prices: &[u32]) -> u32 {\n    prices.iter().sum()\n}\n\nfn main() {}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn adds_up() {\n        assert_eq!(total(&[1, 2, 3]), 6);\n    }\n}\n";

const QUIZ: &str = "// Quiz: read this, then answer in memkata.\n\nfn longest(words: &[String]) -> usize {\n    // [fix]\n    let copy = words.to_vec();\n    copy.iter().map(String::len).max().unwrap_or(0)\n    // [/fix]\n}\n\nfn main() {\n    let words = vec![\"tea\".to_string(), \"cake\".to_string()];\n    assert_eq!(longest(&words), 4);\n}\n";

const QUIZ_ENTRY: &str = "kind = \"quiz\"\ntest = false\nquestion = \"Which change finds the longest word without copying the list?\"\nforbid = [{ use = \"to_vec\", why = \"no copies of the list\" }]\nchoices = [\n  { says = \"Keep the copy\", fix = \"\"\"let copy = words.to_vec();\ncopy.iter().map(String::len).max().unwrap_or(0)\"\"\" },\n  { says = \"Walk the borrowed slice\", fix = \"\"\"words.iter().map(String::len).max().unwrap_or(0)\"\"\" },\n  { says = \"Count the words instead\", fix = \"\"\"words.len()\"\"\" },\n]\nexplanation = \"A slice can be walked where it lies: `iter` borrows each String in turn.\"\n";

fn course() -> Workspace {
    Workspace::new()
        .kata("adds", KATA)
        .kata("moved", &KATA.replace("prices.iter().sum()", "let v = prices.to_vec();\n    let w = v;\n    v.len() as u32 + w.len() as u32"))
        .entry(
            "copies",
            &KATA.replace("prices.iter().sum()", "prices.to_vec().iter().sum()"),
            "hints = [\"a\"]\nforbid = [{ use = \"to_vec\", why = \"sum the prices where they are\" }]\n",
        )
        .entry("pick", QUIZ, QUIZ_ENTRY)
}

#[test]
fn verify_json() {
    let ws = course();
    let run = ws
        .run(&["verify", "--format", "json", "adds", "copies", "pick"])
        .expect(1);
    snapshot!("verify_json", run.stdout());
}

#[test]
fn list_with_a_missing_file() {
    let ws = course();
    ws.run(&["run", "adds"]).expect(0);
    ws.run(&["run", "copies"]).expect(1);
    std::fs::remove_file(ws.path().join("exercises/t/moved.rs")).unwrap();
    snapshot!("list", ws.run(&["list"]).expect(0).stdout());
}

#[test]
fn a_constraint_in_the_shell() {
    let ws = course();
    snapshot!("constraint", ws.run(&["run", "copies"]).expect(1).stdout());
}

#[test]
fn a_which_fix_quiz_in_the_shell() {
    let ws = course();
    snapshot!("quiz_shell", ws.run(&["run", "pick"]).expect(1).stdout());
    snapshot!(
        "quiz_answered",
        ws.run(&["answer", "pick", "a"]).expect(1).stdout()
    );
}

#[test]
fn a_which_fix_quiz_on_the_watch_screen() {
    let ws = course();
    ws.run(&["list"]).expect(0);
    let tmux = Tmux::start_sized(ws.path(), &["watch"], 80, 24);
    tmux.wait("adds: passed");
    tmux.keys(&["l", "End", "Enter"]);
    let screen = tmux.wait("press a letter to answer");
    let screen = trim(&screen);
    assert!(screen.lines().count() <= 24);
    snapshot!("watch_quiz", screen);
}

/// The screen without trailing spaces, which tmux pads with.
fn trim(screen: &str) -> String {
    screen
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[test]
fn classroom_json_and_the_step_output() {
    let ws = course();
    let out = tempfile::NamedTempFile::new().unwrap();
    let run = ws
        .run_with(
            &[
                "verify",
                "--format",
                "classroom",
                "--points",
                "5",
                "adds",
                "copies",
                "pick",
            ],
            &[("GITHUB_OUTPUT", out.path().as_os_str())],
        )
        .expect(1);
    snapshot!("classroom", run.stdout());
    // The step's `result` output is the same report, base64-encoded, as
    // the autograding reporter reads it.
    let written = std::fs::read_to_string(out.path()).unwrap();
    let encoded = written
        .trim()
        .strip_prefix("result=")
        .expect("a result= line");
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .unwrap();
    assert_eq!(
        String::from_utf8(decoded).unwrap().trim(),
        run.stdout().trim()
    );
    let per_topic = ws
        .run(&[
            "verify",
            "--format",
            "classroom",
            "--per-topic",
            "--points",
            "9",
        ])
        .expect(1)
        .json();
    assert_eq!(per_topic["max_score"], 9.0);
    // One of the topic's four exercises passes: a quarter of its points.
    assert_eq!(per_topic["tests"][0]["score"], 2.25, "{per_topic}");
}
