//! `memkata watch` in a real terminal (tmux): saves the way editors make
//! them, the keys, and the terminal given back.

mod common;

use common::Workspace;
use common::tmux::Tmux;

// A kata's states share one test module, as a learner's edits do: the
// course's tests run whatever the file's tests become.
const FAIL: &str = "pub fn answer() -> u32 {\n    1\n}\nfn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn two() {\n        assert_eq!(super::answer(), 2, \"the answer is two\");\n    }\n}\n";
const PASS: &str = "pub fn answer() -> u32 {\n    2\n}\nfn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn two() {\n        assert_eq!(super::answer(), 2, \"the answer is two\");\n    }\n}\n";
const MOVED: &str = "pub fn answer() -> u32 {\n    let s = String::new();\n    let t = s;\n    println!(\"{s}{t}\");\n    2\n}\nfn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn two() {\n        assert_eq!(super::answer(), 2, \"the answer is two\");\n    }\n}\n";

/// A workspace of failing katas: `first`, `second`, `third`.
fn course() -> Workspace {
    Workspace::new()
        .kata("first", FAIL)
        .kata("second", MOVED)
        .kata("third", FAIL)
}

fn attempts(ws: &Workspace, name: &str) -> u64 {
    let state: serde_json::Value =
        serde_json::from_str(&ws.read(".memkata/state.json")).unwrap_or_default();
    state["exercises"][name]["attempts"].as_u64().unwrap_or(0)
}

/// Waits until the attempts recorded for `name` reach `n` (the verdict is
/// drawn before it is written down), and says if they go past it.
fn wait_attempts(ws: &Workspace, name: &str, n: u64) {
    let start = std::time::Instant::now();
    while attempts(ws, name) < n {
        assert!(
            start.elapsed() < common::tmux::DEADLINE,
            "waited for {n} attempts of {name}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(attempts(ws, name), n);
}

#[test]
fn a_fix_passes_and_moves_on() {
    let ws = course();
    // A short pause: this test waits for what comes after it, never
    // inside it (the one below holds the pause to read it).
    let tmux = Tmux::start(ws.path(), &["watch", "--advance-after", "0.2"]);
    tmux.wait("first: tests failed");
    ws.write("exercises/t/first.rs", PASS);
    tmux.wait("second: compile error");
    let state = ws.read(".memkata/state.json");
    assert!(state.contains("\"current\": \"second\""), "{state}");
}

#[test]
fn a_key_holds_the_pause_and_n_moves_on() {
    let ws = course();
    // A pause no test could outlast: the key is sure to land inside it.
    let tmux = Tmux::start(ws.path(), &["watch", "--advance-after", "3600"]);
    tmux.wait("first: tests failed");
    ws.write("exercises/t/first.rs", PASS);
    let screen = tmux.wait("moving on in a moment");
    assert!(screen.contains("first: passed"), "{screen}");
    assert!(screen.contains("solutions/t/first.rs"), "{screen}");
    assert!(screen.contains("Next: second"), "{screen}");
    tmux.keys(&["j"]);
    tmux.wait("Holding here");
    assert!(tmux.screen().contains("first: passed"));
    tmux.keys(&["n"]);
    tmux.wait("second: compile error");
}

#[test]
fn no_auto_advance_waits_for_n() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch", "--no-auto-advance"]);
    tmux.wait("first: tests failed");
    ws.write("exercises/t/first.rs", PASS);
    tmux.wait("press n to move on");
    tmux.keys(&["n"]);
    tmux.wait("second: compile error");
}

#[test]
fn a_save_by_rename_is_seen() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    // What vim and JetBrains' safe write do: a new file renamed over the old.
    let tmp = ws.path().join("exercises/t/.first.rs.new");
    std::fs::write(&tmp, MOVED).unwrap();
    std::fs::rename(&tmp, ws.path().join("exercises/t/first.rs")).unwrap();
    tmux.wait("first: compile error");
    // Delete, then create: some editors and tools do this.
    std::fs::remove_file(ws.path().join("exercises/t/first.rs")).unwrap();
    std::fs::write(ws.path().join("exercises/t/first.rs"), FAIL).unwrap();
    tmux.wait("first: tests failed");
}

#[test]
fn a_burst_of_saves_builds_once_and_unchanged_saves_build_nothing() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    wait_attempts(&ws, "first", 1);
    for i in 0..8 {
        ws.write("exercises/t/first.rs", &format!("{MOVED}// save {i}\n"));
    }
    tmux.wait("first: compile error");
    wait_attempts(&ws, "first", 2);
    // The same bytes again: no build, and the screen says why.
    ws.write("exercises/t/first.rs", &format!("{MOVED}// save 7\n"));
    tmux.wait("No change since the last check");
    assert_eq!(attempts(&ws, "first"), 2, "an unchanged save was built");
    // Then a real change, whose verdict shows the one before was skipped.
    ws.write("exercises/t/first.rs", FAIL);
    tmux.wait("first: tests failed");
    wait_attempts(&ws, "first", 3);
}

#[test]
fn a_save_during_a_slow_check_cancels_it() {
    let slow = &FAIL.replace(
        "    1\n",
        "    std::thread::sleep(std::time::Duration::from_secs(60));\n    1\n",
    );
    let ws = Workspace::new().kata("slow", slow).kata("other", FAIL);
    let tmux = Tmux::start(ws.path(), &["watch", "--timeout", "120"]);
    tmux.wait("slow: checking");
    ws.write("exercises/t/slow.rs", FAIL);
    // The slow run is killed and the new file's verdict shows, long before
    // the sleep would have ended.
    tmux.wait("slow: tests failed");
}

#[test]
fn hint_list_and_jump() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    tmux.keys(&["h"]);
    tmux.wait("Hint 1 of 2: look closer");
    tmux.keys(&["h"]);
    tmux.wait("Hint 2 of 2: closer still");
    tmux.keys(&["l"]);
    tmux.wait("3 exercises");
    tmux.keys(&["Down", "Down", "Enter"]);
    tmux.wait("third: tests failed");
    // Filter by name.
    tmux.keys(&["l", "/", "s", "e", "c", "Enter"]);
    tmux.wait("1 exercises");
    tmux.keys(&["Enter"]);
    tmux.wait("second: compile error");
}

#[test]
fn reset_asks_and_keeps_a_backup() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    ws.write("exercises/t/first.rs", MOVED);
    tmux.wait("first: compile error");
    tmux.keys(&["x"]);
    tmux.wait("Reset first to its original?");
    tmux.keys(&["y"]);
    tmux.wait("Your version is kept at");
    tmux.wait("first: tests failed");
    assert_eq!(ws.read("exercises/t/first.rs"), FAIL);
    let backups: Vec<_> = std::fs::read_dir(ws.path().join(".memkata/backups"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read_to_string(backups[0].path()).unwrap(), MOVED);
}

#[test]
fn a_deleted_exercise_can_be_restored() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    std::fs::remove_file(ws.path().join("exercises/t/first.rs")).unwrap();
    tmux.wait("first: file missing");
    tmux.keys(&["x"]);
    tmux.wait("Reset first");
    tmux.keys(&["y"]);
    tmux.wait("first: tests failed");
    assert_eq!(ws.read("exercises/t/first.rs"), FAIL);
}

#[test]
fn q_gives_the_terminal_back() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    assert!(tmux.alternate_screen());
    tmux.keys(&["q"]);
    tmux.wait_exit();
    tmux.wait("Progress is saved");
    assert!(!tmux.alternate_screen(), "still on the alternate screen");
}

#[test]
fn ctrl_c_gives_the_terminal_back() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    tmux.keys(&["C-c"]);
    tmux.wait_exit();
    assert!(!tmux.alternate_screen(), "still on the alternate screen");
}

#[test]
fn a_second_watcher_is_refused() {
    let ws = course();
    let first = Tmux::start(ws.path(), &["watch"]);
    first.wait("first: tests failed");
    let second = Tmux::start(ws.path(), &["watch"]);
    second.wait_exit();
    second.wait("already running");
}

#[test]
fn the_screen_fits_small_terminals_and_resizes() {
    let ws = course();
    let tmux = Tmux::start_sized(ws.path(), &["watch"], 80, 24);
    let screen = tmux.wait("first: tests failed");
    assert!(screen.lines().count() <= 24);
    assert!(screen.lines().all(|l| l.chars().count() <= 80), "{screen}");
    tmux.resize(120, 40);
    tmux.wait_for("a redraw at 120 columns", |s| {
        s.lines().any(|l| l.chars().count() > 100)
    });
    tmux.wait("first: tests failed");
}

#[test]
fn the_end_shows_the_final_message() {
    let ws = Workspace::new()
        .kata("only", FAIL)
        .info("format_version = 1\nfinal_message = \"You did it, all of it.\"\n[[exercises]]\nname = \"only\"\ndir = \"t\"\nhint = \"a\"\n");
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("only: tests failed");
    ws.write("exercises/t/only.rs", PASS);
    tmux.wait("only: passed");
    tmux.keys(&["n"]);
    tmux.wait("You did it, all of it.");
    tmux.wait("hints used: 0");
}

#[test]
fn e_explains_the_error_on_screen() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    tmux.keys(&["e"]);
    tmux.wait("no error code on screen");
    tmux.keys(&["l", "Down", "Enter"]);
    tmux.wait("second: compile error");
    tmux.keys(&["e"]);
    // The compiler's own output names `rustc --explain` too: wait for the
    // pager, whose footer is its own.
    let pager = tmux.wait("PgUp PgDn scroll");
    assert!(pager.contains("rustc --explain E0382"), "{pager}");
    tmux.keys(&["Escape"]);
    tmux.wait("error[E0382]: borrow of moved value");
}

#[test]
fn v_checks_every_exercise_and_remembers() {
    let ws = course();
    ws.write("exercises/t/third.rs", PASS);
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("first: tests failed");
    tmux.keys(&["v"]);
    tmux.wait("1 of 3 pass.");
    let screen = tmux.screen();
    assert!(
        screen.contains("second") && screen.contains("compile error"),
        "{screen}"
    );
    let state: serde_json::Value = serde_json::from_str(&ws.read(".memkata/state.json")).unwrap();
    assert_eq!(state["exercises"]["third"]["done"], true);
    tmux.keys(&["q"]);
    tmux.wait("first: tests failed");
}

#[test]
fn a_corrupt_state_file_is_said_on_screen_and_kept() {
    let ws = course();
    ws.write(".memkata/state.json", "\u{0}\u{0}garbage");
    let tmux = Tmux::start(ws.path(), &["watch"]);
    tmux.wait("was unreadable");
    tmux.wait("first: tests failed");
    let kept = std::fs::read_dir(ws.path().join(".memkata"))
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .count();
    assert_eq!(kept, 1);
}

#[test]
fn a_check_that_cannot_run_says_why() {
    let ws = course();
    // Where memkata stages the code to build, a file it can't replace.
    ws.write(".memkata/target/src", "in the way\n");
    let tmux = Tmux::start(ws.path(), &["watch"]);
    let screen = tmux.wait("first: not checked");
    assert!(
        screen.contains("memkata could not check this exercise"),
        "{screen}"
    );
    assert!(screen.contains(".memkata/target/src"), "{screen}");
}

/// A kata checked by running `main`, not by tests: its code is checked as
/// a library after a failure, and its errors still reach the screen.
#[test]
fn a_program_kata_s_errors_reach_the_screen() {
    const PANICS: &str =
        "fn main() {\n    let n: u32 = 1;\n    assert_eq!(n, 2, \"n is two\");\n}\n";
    let ws = Workspace::new().program("prog", PANICS);
    let tmux = Tmux::start(ws.path(), &["watch", "--no-auto-advance"]);
    tmux.wait("prog: ");
    wait_warm(&ws, "prog");
    ws.write(
        "exercises/t/prog.rs",
        &PANICS.replace("let n: u32 = 1", "let n: u32 = \"1\""),
    );
    let screen = tmux.wait("prog: compile error");
    assert!(screen.contains("E0308"), "{screen}");
    ws.write("exercises/t/prog.rs", &PANICS.replace("= 1", "= 2"));
    tmux.wait("prog: passed");
}

/// Waits until the first failure of `name` has warmed its incremental
/// cache: the builds after it race a check against the incremental build.
fn wait_warm(ws: &Workspace, name: &str) {
    let warm = ws
        .path()
        .join(format!(".memkata/target/incremental/{name}.warm"));
    let start = std::time::Instant::now();
    while !warm.exists() {
        assert!(start.elapsed() < common::tmux::DEADLINE, "never warmed");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// After a failure, errors come from a check of the learner's code alone
/// raced against the build: the check's errors are shown, and when the code
/// checks but the tests don't compile against it, the build's errors are.
#[test]
fn errors_in_the_code_and_in_the_tests_both_reach_the_screen() {
    let ws = course();
    let tmux = Tmux::start(ws.path(), &["watch", "--no-auto-advance"]);
    tmux.wait("first: tests failed");
    wait_warm(&ws, "first");
    let in_code = FAIL.replace("    1\n", "    \"one\"\n");
    ws.write("exercises/t/first.rs", &in_code);
    let screen = tmux.wait("first: compile error");
    assert!(screen.contains("E0308"), "{screen}");
    let in_tests = FAIL
        .replace("answer() -> u32", "answer(x: u32) -> u32")
        .replace("    1\n", "    x\n");
    ws.write("exercises/t/first.rs", &in_tests);
    tmux.wait("E0061");
    ws.write("exercises/t/first.rs", PASS);
    tmux.wait("press n to move on");
}
