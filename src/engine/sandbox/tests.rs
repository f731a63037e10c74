//! The sandbox against a program that misbehaves on request: this test
//! binary itself, run again with the misbehaviour named in its environment
//! (see [`misbehave`]). So the same tests give the same verdicts on every
//! platform, Windows under Wine included, with no other program to build.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::*;

/// Names the misbehaviour in the copy of this test binary that plays it.
const MODE: &str = "MEMKATA_MISBEHAVE";
/// The file a heartbeat appends to.
const FILE: &str = "MEMKATA_MISBEHAVE_FILE";

/// Not a test of its own: the misbehaving program, when this test binary
/// is run again with [`MODE`] set (by [`misbehaving`]).
#[test]
fn misbehave() {
    let Ok(mode) = std::env::var(MODE) else {
        return;
    };
    let file = PathBuf::from(std::env::var_os(FILE).unwrap_or_default());
    match mode.as_str() {
        "hello" => println!("hello"),
        "exit 3" => std::process::exit(3),
        "loop" => spin(),
        "flood" => loop {
            println!("flooding the terminal");
        },
        "abort" => std::process::abort(),
        "segfault" => {
            let address = std::hint::black_box(0usize);
            // SAFETY: none; writing through a null pointer is the point.
            unsafe { (address as *mut u8).write_volatile(1) };
        }
        "overflow" => println!("{}", down(0)),
        "hog" => {
            let mut kept: Vec<Vec<u8>> = Vec::new();
            loop {
                kept.push(vec![0u8; 1 << 24]);
            }
        }
        "heartbeat" => heartbeat(&file),
        // Leaves a heartbeat behind and ends at once.
        "orphan" => drop(misbehaving("heartbeat").env(FILE, &file).spawn()),
        // Starts a heartbeat and runs on.
        "tree" => {
            drop(misbehaving("heartbeat").env(FILE, &file).spawn());
            spin();
        }
        other => panic!("no misbehaviour is called {other:?}"),
    }
}

/// This test binary, to play `mode`.
fn misbehaving(mode: &str) -> Command {
    let exe = std::env::current_exe().expect("the test binary's path");
    // The test's name as the harness knows it: its path without the crate.
    let path = module_path!();
    let path = path.split_once("::").map_or(path, |(_, rest)| rest);
    let mut cmd = Command::new(exe);
    cmd.args(["--exact", "--nocapture", "--test-threads=1"])
        .arg(format!("{path}::misbehave"))
        .env(MODE, mode);
    cmd
}

fn spin() -> ! {
    loop {
        std::hint::black_box(1);
    }
}

/// Recurses until the stack runs out, which is the point.
#[allow(unconditional_recursion)]
fn down(n: u64) -> u64 {
    let pad = [n; 64];
    std::hint::black_box(&pad);
    down(n + 1) + pad[0]
}

/// Appends a byte to `file` every few milliseconds, forever.
fn heartbeat(file: &Path) -> ! {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .expect("the heartbeat file opens");
    loop {
        let _ = file.write_all(b".");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn limits(timeout_ms: u64) -> Limits {
    Limits {
        timeout: Duration::from_millis(timeout_ms),
        output_cap: 64 * 1024,
        memory: Some(256 << 20),
        background: false,
    }
}

fn run_for(cmd: Command, timeout_ms: u64) -> Finished {
    run(cmd, &limits(timeout_ms), &Cancel::default()).expect("the program runs")
}

/// A file for a heartbeat, and whether it still grows.
struct Heartbeat {
    _dir: tempfile::TempDir,
    file: PathBuf,
}

impl Heartbeat {
    fn new() -> Heartbeat {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("beats");
        Heartbeat { _dir: dir, file }
    }

    /// `mode`, beating on this heartbeat's file.
    fn misbehaving(&self, mode: &str) -> Command {
        let mut cmd = misbehaving(mode);
        cmd.env(FILE, &self.file);
        cmd
    }

    fn size(&self) -> u64 {
        std::fs::metadata(&self.file).map_or(0, |m| m.len())
    }

    /// Whether the heartbeat's process is still alive: its file grows.
    fn beating(&self) -> bool {
        std::thread::sleep(Duration::from_millis(300));
        let before = self.size();
        std::thread::sleep(Duration::from_millis(500));
        self.size() > before
    }
}

#[test]
fn a_program_is_heard_and_its_exit_code_kept() {
    let hello = run_for(misbehaving("hello"), 30_000);
    assert_eq!(hello.ending, Ending::Exited(0));
    let said = hello.stdout.exact().unwrap_or_default();
    assert!(said.contains("hello\n"), "{said}");
    // On Windows, too, a small exit code is an exit, not a crash.
    let exit = run_for(misbehaving("exit 3"), 30_000);
    assert_eq!(exit.ending, Ending::Exited(3));
}

#[test]
fn the_time_limit_stops_a_loop() {
    let start = Instant::now();
    let finished = run_for(misbehaving("loop"), 500);
    assert_eq!(finished.ending, Ending::TimedOut);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_flood_of_output_is_cut() {
    let finished = run_for(misbehaving("flood"), 1_000);
    assert_eq!(finished.ending, Ending::TimedOut);
    assert!(finished.stdout.was_cut());
    let text = finished.stdout.text();
    assert!(text.len() < 80 * 1024, "kept {} bytes", text.len());
    assert!(text.contains("output cut"), "no cut notice");
}

#[test]
fn cancel_stops_a_running_program() {
    let cancel = Cancel::default();
    let canceller = cancel.clone();
    let stop = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        canceller.cancel();
    });
    let start = Instant::now();
    let finished = run(misbehaving("loop"), &limits(30_000), &cancel).expect("runs");
    stop.join().expect("the cancelling thread");
    assert_eq!(finished.ending, Ending::Cancelled);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn what_a_program_leaves_running_is_killed_when_it_exits() {
    let heartbeat = Heartbeat::new();
    let finished = run_for(heartbeat.misbehaving("orphan"), 30_000);
    assert_eq!(finished.ending, Ending::Exited(0));
    assert!(!heartbeat.beating(), "the orphan outlived the check");
}

#[test]
fn the_whole_tree_is_killed_on_timeout() {
    let heartbeat = Heartbeat::new();
    let finished = run_for(heartbeat.misbehaving("tree"), 1_500);
    assert_eq!(finished.ending, Ending::TimedOut);
    assert!(heartbeat.size() > 0, "the heartbeat never started");
    assert!(!heartbeat.beating(), "a child outlived the check");
}

/// Whether this run is under Wine (CI says so), and so should skip a test
/// of what Wine does not do as Windows does; a Windows runner checks it.
fn skipped_under_wine(what_wine_lacks: &str) -> bool {
    let wine = std::env::var_os("MEMKATA_TEST_UNDER_WINE").is_some();
    if wine {
        eprintln!("skipped under Wine, which {what_wine_lacks}");
    }
    wine
}

fn crash(mode: &str) -> (String, Finished) {
    let finished = run_for(misbehaving(mode), 30_000);
    match finished.ending {
        Ending::Signalled(code) => (crash_name(code), finished),
        other => panic!("{mode}: ended {other:?}, not by a crash"),
    }
}

#[test]
fn an_abort_is_named() {
    let (name, _) = crash("abort");
    let expected = if cfg!(windows) { "abort" } else { "SIGABRT" };
    assert_eq!(name, expected);
}

#[test]
fn a_bad_memory_access_is_named() {
    let (name, _) = crash("segfault");
    let expected: &[&str] = if cfg!(windows) {
        &["STATUS_ACCESS_VIOLATION"]
    } else {
        &["SIGSEGV", "SIGBUS"]
    };
    assert!(expected.contains(&name.as_str()), "{name}");
}

#[test]
fn a_stack_overflow_is_a_crash_that_says_so() {
    if skipped_under_wine("hangs on a stack overflow instead of ending the process") {
        return;
    }
    let (name, finished) = crash("overflow");
    let stderr = finished.stderr.text();
    assert!(
        stderr.contains("has overflowed its stack"),
        "{name}: {stderr}"
    );
    if cfg!(windows) {
        assert_eq!(name, "STATUS_STACK_OVERFLOW");
    }
}

#[test]
fn the_memory_cap_ends_a_hog() {
    if skipped_under_wine("does not enforce a job's process memory limit") {
        return;
    }
    let finished = run_for(misbehaving("hog"), 20_000);
    assert!(
        matches!(finished.ending, Ending::Signalled(_)),
        "{:?}",
        finished.ending
    );
    let stderr = finished.stderr.text();
    assert!(stderr.contains("memory allocation of"), "{stderr}");
}

#[test]
fn crash_names_are_the_platforms_own() {
    #[cfg(unix)]
    {
        assert_eq!(crash_name(libc::SIGBUS), "SIGBUS");
        assert_eq!(crash_name(libc::SIGSYS), "SIGSYS");
        assert_eq!(crash_name(64), "signal 64");
    }
    #[cfg(windows)]
    {
        assert_eq!(crash_name(0xC000_00FD_u32 as i32), "STATUS_STACK_OVERFLOW");
        assert_eq!(crash_name(0xC000_0409_u32 as i32), "abort");
        assert_eq!(crash_name(0xC000_0142_u32 as i32), "exception 0xC0000142");
    }
}

#[test]
fn a_child_cancel_follows_its_parent() {
    let parent = Cancel::default();
    let child = parent.child();
    let alone = parent.child();
    alone.cancel();
    assert!(!parent.is_cancelled(), "a child's cancel stays its own");
    assert!(!child.is_cancelled());
    parent.cancel();
    assert!(child.is_cancelled());
    assert!(
        parent.child().is_cancelled(),
        "born after the parent's cancel"
    );
}
