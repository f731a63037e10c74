//! What a check concluded, in the words of PRODUCT.md's contract.

use serde::{Deserialize, Serialize};

use crate::constraints::Violation;
use crate::probe::Measurement;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    CompileError,
    TestsFailed,
    MainFailed,
    TimedOut,
    Crashed,
    Clippy,
    Constraint,
    Unanswered,
    WrongAnswer,
}

impl Verdict {
    /// The machine name used in JSON and JUnit: `compile_error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::CompileError => "compile_error",
            Verdict::TestsFailed => "tests_failed",
            Verdict::MainFailed => "main_failed",
            Verdict::TimedOut => "timed_out",
            Verdict::Crashed => "crashed",
            Verdict::Clippy => "clippy",
            Verdict::Constraint => "constraint",
            Verdict::Unanswered => "unanswered",
            Verdict::WrongAnswer => "wrong_answer",
        }
    }

    /// The words a learner reads: `compile error`.
    pub fn human(self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::CompileError => "compile error",
            Verdict::TestsFailed => "tests failed",
            Verdict::MainFailed => "main failed",
            Verdict::TimedOut => "timed out",
            Verdict::Crashed => "crashed",
            Verdict::Clippy => "clippy warnings",
            Verdict::Constraint => "not allowed",
            Verdict::Unanswered => "unanswered",
            Verdict::WrongAnswer => "wrong answer",
        }
    }

    pub fn is_pass(self) -> bool {
        self == Verdict::Passed
    }
}

/// The result of building and running one exercise.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    pub verdict: Verdict,
    /// More about the verdict: `stack overflow (SIGABRT)`, `after 10 s`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What the compiler and the program printed, as the learner reads it
    /// (ANSI colours included; strip them for plain output).
    pub output: String,
    /// Error codes of the build's errors, first first.
    #[serde(default)]
    pub error_codes: Vec<String>,
    pub seconds: f64,
    /// What the program's `memkata_probe` measurements recorded.
    #[serde(default)]
    pub memory: Vec<Measurement>,
    /// Whether the program's output was cut at the output cap.
    #[serde(default)]
    pub output_cut: bool,
    /// Whether the learner's tests differed from the course's, which ran
    /// in their place.
    #[serde(default)]
    pub tests_modified: bool,
    /// Uses of what the exercise forbids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Violation>,
    /// Whether this came from the verdict cache rather than a build.
    #[serde(skip)]
    pub cached: bool,
}

impl Outcome {
    /// An outcome with nothing measured or noted yet.
    pub fn new(verdict: Verdict, output: String) -> Outcome {
        Outcome {
            verdict,
            detail: None,
            output,
            error_codes: Vec::new(),
            seconds: 0.0,
            memory: Vec::new(),
            output_cut: false,
            tests_modified: false,
            violations: Vec::new(),
            cached: false,
        }
    }

    /// `passed`, or `crashed: stack overflow (SIGABRT)`.
    pub fn summary(&self) -> String {
        match &self.detail {
            Some(d) => format!("{}: {d}", self.verdict.human()),
            None => self.verdict.human().to_string(),
        }
    }
}
