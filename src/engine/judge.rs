//! Drawing a verdict from how a program ended and what it printed.

use super::sandbox::{self, Ending, Finished, Limits};
use crate::catalogue::Exercise;
use crate::human;
use crate::verdict::Verdict;

/// What the program's run says, with more words for the learner.
pub struct Judged {
    pub verdict: Verdict,
    pub detail: Option<String>,
}

impl Judged {
    fn new(verdict: Verdict, detail: impl Into<String>) -> Judged {
        Judged {
            verdict,
            detail: Some(detail.into()),
        }
    }
}

/// The verdict of a run that was not cancelled. `expected_tests` is how
/// many of the course's tests must run and pass; `warnings`, clippy's count.
pub fn judge(
    exercise: &Exercise,
    finished: &Finished,
    expected_tests: usize,
    warnings: usize,
    limits: &Limits,
) -> Judged {
    let stderr = finished.stderr.text();
    match finished.ending {
        Ending::Exited(0) if exercise.test => {
            tests_passed(finished, expected_tests, warnings, exercise)
        }
        Ending::Exited(0) => clean(warnings, exercise),
        Ending::Exited(code) if exercise.test => Judged::new(
            Verdict::TestsFailed,
            failed_tests(&finished.stdout.text()).unwrap_or_else(|| format!("exit status {code}")),
        ),
        Ending::Exited(_) if stderr.contains("panicked at") => {
            Judged::new(Verdict::MainFailed, "main panicked")
        }
        Ending::Exited(code) => Judged::new(Verdict::MainFailed, format!("exit status {code}")),
        Ending::Signalled(signal) => {
            Judged::new(Verdict::Crashed, crash_detail(signal, &stderr, limits))
        }
        Ending::TimedOut | Ending::Cancelled => Judged::new(
            Verdict::TimedOut,
            format!("still running after {}", human::seconds(limits.timeout)),
        ),
    }
}

fn clean(warnings: usize, exercise: &Exercise) -> Judged {
    if exercise.strict_clippy && warnings > 0 {
        Judged::new(Verdict::Clippy, human::count(warnings as u64, "warning"))
    } else {
        Judged {
            verdict: Verdict::Passed,
            detail: None,
        }
    }
}

/// A test run that exited 0 passes only if the harness says that every
/// one of the course's tests ran and passed: a program that ends itself
/// early, or a file with its tests taken out, does not.
fn tests_passed(
    finished: &Finished,
    expected: usize,
    warnings: usize,
    exercise: &Exercise,
) -> Judged {
    let Some(summary) = summary(&finished.stdout.text()) else {
        return Judged::new(
            Verdict::TestsFailed,
            "the test run ended before the tests reported (does the code end the process, with std::process::exit?)",
        );
    };
    if summary.passed == 0 {
        return Judged::new(Verdict::TestsFailed, "no test ran");
    }
    if summary.passed < expected {
        return Judged::new(
            Verdict::TestsFailed,
            format!("only {} of {expected} tests ran", summary.passed),
        );
    }
    clean(warnings, exercise)
}

struct Summary {
    passed: usize,
}

/// The harness's last `test result:` line, read.
fn summary(stdout: &str) -> Option<Summary> {
    let line = result_line(stdout, "test result: ")?;
    Some(Summary {
        passed: count_before(&line, "passed;")? as usize,
    })
}

/// The last line of the harness's output that starts with `prefix`,
/// colours removed.
fn result_line(stdout: &str, prefix: &str) -> Option<String> {
    let plain = console::strip_ansi_codes(stdout);
    plain
        .lines()
        .rev()
        .find(|l| l.starts_with(prefix))
        .map(str::to_string)
}

/// The number just before `what` on a summary line: `2 passed;`.
fn count_before(line: &str, what: &str) -> Option<u64> {
    let before = line.split(&format!(" {what}")).next()?;
    before
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// `1 of 3 tests failed`, read from the test harness's summary line.
fn failed_tests(stdout: &str) -> Option<String> {
    let line = result_line(stdout, "test result: FAILED")?;
    let failed = count_before(&line, "failed;")?;
    let total = failed + count_before(&line, "passed;")?;
    Some(format!(
        "{failed} of {} failed",
        human::count(total, "test")
    ))
}

/// Names a crash the way a learner can act on it.
fn crash_detail(signal: i32, stderr: &str, limits: &Limits) -> String {
    let name = sandbox::crash_name(signal);
    if stderr.contains("has overflowed its stack") {
        format!("stack overflow ({name})")
    } else if stderr.contains("memory allocation of") {
        match limits.memory {
            Some(cap) => format!(
                "ran out of memory: the limit is {} ({name})",
                human::bytes(cap)
            ),
            None => format!("ran out of memory ({name})"),
        }
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_tests_are_counted() {
        let out = "running 3 tests\n\ntest result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n";
        assert_eq!(failed_tests(out).as_deref(), Some("1 of 3 tests failed"));
        assert_eq!(failed_tests("test result: ok. 1 passed; 0 failed;"), None);
    }

    #[test]
    fn the_summary_is_read() {
        let out = "test result: ok. 4 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out";
        assert_eq!(summary(out).map(|s| s.passed), Some(4));
        assert!(summary("running 1 test\n").is_none());
    }
}
