//! The build engine: `rustc` called directly on one file, the product run
//! within limits, the verdict drawn, and the verdict cached.
//!
//! Why not cargo: a save must be answered at compiler speed, and cargo's
//! start-up, locking and fingerprinting cost several times what compiling a
//! one-file exercise does. The engine adds what cargo would have given:
//! incremental compilation per exercise, std linked dynamically where the
//! memory probe does not need to see std's allocations, and the probe crate
//! built once per toolchain.
//!
//! What is built is never trusted to the file as the learner left it: the
//! course's own tests are joined to the learner's code ([`crate::submission`])
//! and the exact bytes judged are the bytes compiled.

mod build;
pub mod cache;
mod diagnostics;
mod judge;
pub mod link;
pub mod sandbox;
pub mod toolchain;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::catalogue::Exercise;
use crate::probe;
use crate::submission::{self, Submission};
use crate::verdict::{Outcome, Verdict};
use build::Unit;
pub use build::uses_probe;
pub use cache::{Cache, Role};
pub use sandbox::{Cancel, Ending, Limits};
use toolchain::Toolchain;

/// A check stopped by its [`Cancel`] before it concluded.
#[derive(Debug, thiserror::Error)]
#[error("the check was cancelled")]
pub struct Cancelled;

#[derive(Clone)]
pub struct Engine {
    root: PathBuf,
    target: PathBuf,
    toolchain: Toolchain,
    dynamic_std: bool,
    /// memkata itself as the linker, while it links (see [`link`]).
    direct_link: Option<Arc<DirectLink>>,
    limits: Limits,
    cache: Cache,
    /// Whether builds that follow a success are incremental (the watch
    /// loop's re-saves); one-shot checks build plainly.
    incremental: bool,
}

/// Linking through memkata itself, and whether that still works.
struct DirectLink {
    exe: PathBuf,
    frame: link::Frame,
    works: AtomicBool,
}

/// One file of an exercise to check, and the course's copy whose tests
/// judge it.
#[derive(Debug, Clone, Copy)]
pub struct Attempt<'a> {
    pub role: Role,
    pub code: &'a [u8],
    /// The course's own copy of the exercise file, if known: its tests are
    /// the ones that run.
    pub original: Option<&'a [u8]>,
}

/// What running a quiz's program showed.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ProgramRun {
    pub compiled: bool,
    pub error_codes: Vec<String>,
    /// How the program ended, if it was built.
    pub ending: Option<EndingRecord>,
    /// Its exact stdout, if it was built and printed no more than the cap.
    pub stdout: Option<String>,
    pub panicked: bool,
    /// What the compiler or the program said, for the learner to read.
    pub said: String,
}

/// [`Ending`] in a form the cache can store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndingRecord {
    Exited(i32),
    Signalled(i32),
    TimedOut,
}

impl Engine {
    /// An engine building in `root`, keeping its products and caches in
    /// `dot` (`.memkata/`).
    pub fn new(root: &Path, dot: &Path, limits: Limits) -> Result<Engine> {
        let toolchain = Toolchain::detect(root, &dot.join("toolchain.json"))?;
        let dynamic_std = toolchain.has_dynamic_std();
        let direct_link = toolchain.link.clone().and_then(|frame| {
            let exe = std::env::current_exe().ok()?;
            Some(Arc::new(DirectLink {
                exe,
                frame,
                works: AtomicBool::new(true),
            }))
        });
        Ok(Engine {
            root: root.to_path_buf(),
            target: dot.join("target"),
            cache: Cache::new(dot.join("cache"), &toolchain, &limits),
            toolchain,
            dynamic_std,
            direct_link,
            limits,
            incremental: false,
        })
    }

    /// This engine, building incrementally after a first success: for a
    /// learner saving the same file again and again.
    pub fn incremental(self) -> Engine {
        Engine {
            incremental: true,
            ..self
        }
    }

    /// Builds and runs an attempt at a kata, or answers from the cache
    /// (unless `reuse` is false).
    pub fn check(
        &self,
        exercise: &Exercise,
        attempt: &Attempt<'_>,
        cancel: &Cancel,
        reuse: bool,
    ) -> Result<Outcome> {
        let original = attempt.original.unwrap_or_default();
        let rules = format!("{:?}", exercise.forbid);
        let key = self.cache.key(&[
            attempt.code,
            exercise_mode(exercise).as_bytes(),
            original,
            rules.as_bytes(),
        ]);
        let slot = attempt.role.tag(&exercise.id);
        if reuse && let Some(mut outcome) = self.cache.get::<Outcome>(&slot, &key) {
            outcome.cached = true;
            return Ok(outcome);
        }
        let outcome = self.check_uncached(exercise, attempt, cancel)?;
        if outcome.verdict != Verdict::TimedOut {
            self.cache.put(&slot, &key, &outcome);
        }
        Ok(outcome)
    }

    fn check_uncached(
        &self,
        exercise: &Exercise,
        attempt: &Attempt<'_>,
        cancel: &Cancel,
    ) -> Result<Outcome> {
        let start = Instant::now();
        let text = String::from_utf8_lossy(attempt.code);
        let original = attempt.original.map(String::from_utf8_lossy);
        let composed = submission::compose(&text, original.as_deref(), &exercise.forbid);
        let (submission, unreadable) = match composed {
            Ok(s) => (s, None),
            Err(e) => (as_written(&text), Some(e)),
        };
        let tag = attempt.role.tag(&exercise.id);
        let _lock = crate::fsutil::lock(&self.target.join("locks").join(&tag))?;
        let unit = Unit {
            exercise,
            tag,
            code: &submission.code,
            shown_as: shown_as(exercise, attempt.role),
            test: exercise.test,
        };
        let build = self.build(&unit, cancel)?;
        let mut outcome = Outcome::new(Verdict::CompileError, build.diagnostics.rendered.clone());
        outcome.tests_modified = submission.tests_modified;
        outcome.violations = submission.violations.clone();
        if build.success {
            self.run_and_judge(&unit, &build, &submission, &mut outcome, cancel)?;
        } else {
            outcome.error_codes = build.diagnostics.error_codes.clone();
        }
        if let Some(e) = unreadable
            && outcome.verdict.is_pass()
        {
            outcome.verdict = Verdict::CompileError;
            outcome.detail = Some(format!("memkata could not read its syntax: {e}"));
        }
        if let Some(first) = outcome.violations.first() {
            outcome.verdict = Verdict::Constraint;
            outcome.detail = Some(first.summary());
        }
        outcome.seconds = start.elapsed().as_secs_f64();
        Ok(outcome)
    }

    fn run_and_judge(
        &self,
        unit: &Unit<'_>,
        build: &build::Build,
        submission: &Submission,
        outcome: &mut Outcome,
        cancel: &Cancel,
    ) -> Result<()> {
        let report = unit
            .uses_probe()
            .then(|| build.binary.with_extension("probe"));
        let finished = self.run(&build.binary, unit, report.as_deref(), cancel);
        let _ = std::fs::remove_file(&build.binary);
        let finished = finished?;
        if finished.ending == Ending::Cancelled {
            return Err(Cancelled.into());
        }
        if let Some(report) = &report {
            let measured = std::fs::read_to_string(report).unwrap_or_default();
            let _ = std::fs::remove_file(report);
            outcome.memory = probe::parse_report(&measured);
        }
        outcome.output.push_str(&finished.stdout.text());
        outcome.output.push_str(&finished.stderr.text());
        outcome.output_cut = finished.stdout.was_cut() || finished.stderr.was_cut();
        let judged = judge::judge(
            unit.exercise,
            &finished,
            submission.expected_tests,
            build.diagnostics.warnings,
            &self.limits,
        );
        outcome.verdict = judged.verdict;
        outcome.detail = judged.detail;
        Ok(())
    }

    /// Warms the incremental cache of the learner's file of `exercise`
    /// with `code` (the reference solution, the shape the learner's file
    /// is heading for), so that the learner's first green save compiles
    /// mostly from cache. Blocks while it builds; does nothing if the cache
    /// is warm already or builds are not incremental.
    pub fn prepare(&self, exercise: &Exercise, code: &[u8], original: Option<&[u8]>) {
        let tag = Role::Learner.tag(&exercise.id);
        if !self.incremental || self.is_warm(&tag) {
            return;
        }
        let text = String::from_utf8_lossy(code);
        let original = original.map(String::from_utf8_lossy);
        let Ok(submission) = submission::compose(&text, original.as_deref(), &[]) else {
            return;
        };
        let unit = Unit {
            exercise,
            tag,
            code: &submission.code,
            shown_as: exercise.path(),
            test: exercise.test,
        };
        // Prepared for a learner whose file does not pass yet.
        self.warm(&unit, true);
    }

    /// Builds a quiz's program and runs it, or answers from the cache.
    pub fn run_program(
        &self,
        exercise: &Exercise,
        code: &[u8],
        cancel: &Cancel,
    ) -> Result<ProgramRun> {
        let key = self.cache.key(&[code, b"program"]);
        let tag = Role::Program.tag(&exercise.id);
        if let Some(run) = self.cache.get::<ProgramRun>(&tag, &key) {
            return Ok(run);
        }
        let text = String::from_utf8_lossy(code);
        let _lock = crate::fsutil::lock(&self.target.join("locks").join(&tag))?;
        let unit = Unit {
            exercise,
            tag: tag.clone(),
            code: &text,
            shown_as: exercise.path(),
            test: false,
        };
        let build = self.build(&unit, cancel)?;
        let run = if build.success {
            let finished = self.run(&build.binary, &unit, None, cancel);
            let _ = std::fs::remove_file(&build.binary);
            program_run(finished?)?
        } else {
            ProgramRun {
                compiled: false,
                error_codes: build.diagnostics.error_codes.clone(),
                ending: None,
                stdout: None,
                panicked: false,
                said: build.diagnostics.rendered.clone(),
            }
        };
        if run.ending != Some(EndingRecord::TimedOut) {
            self.cache.put(&tag, &key, &run);
        }
        Ok(run)
    }

    /// Clippy's warnings on an attempt: None when clean. Cached like verdicts.
    pub fn lint(
        &self,
        exercise: &Exercise,
        attempt: &Attempt<'_>,
        cancel: &Cancel,
    ) -> Result<Option<String>> {
        let mode = if exercise.test {
            "clippy-test"
        } else {
            "clippy"
        };
        let key = self.cache.key(&[attempt.code, mode.as_bytes()]);
        let tag = attempt.role.tag(&exercise.id);
        let slot = format!("{tag}.clippy");
        if let Some(result) = self.cache.get::<Option<String>>(&slot, &key) {
            return Ok(result);
        }
        let text = String::from_utf8_lossy(attempt.code);
        let unit = Unit {
            exercise,
            tag,
            code: &text,
            shown_as: shown_as(exercise, attempt.role),
            test: exercise.test,
        };
        let result = self.clippy(&unit, cancel)?;
        self.cache.put(&slot, &key, &result);
        Ok(result)
    }

    /// `rustfmt --check` on a file: None when it is formatted, else the diff.
    pub fn rustfmt_diff(&self, path: &Path) -> Result<Option<String>> {
        let rustfmt = self
            .toolchain
            .sysroot
            .join("bin")
            .join(format!("rustfmt{}", std::env::consts::EXE_SUFFIX));
        let rustfmt = if rustfmt.is_file() {
            rustfmt
        } else {
            PathBuf::from("rustfmt")
        };
        let mut cmd = Command::new(&rustfmt);
        cmd.args(["--edition", "2024", "--check"]).arg(path);
        let finished = sandbox::run(cmd, &Limits::toolchain(), &Cancel::default())
            .context("could not run rustfmt: run `rustup component add rustfmt`")?;
        Ok(match finished.ending {
            Ending::Exited(0) => None,
            _ => Some(format!(
                "{}{}",
                finished.stdout.text(),
                finished.stderr.text()
            )),
        })
    }

    /// `rustc --explain CODE`: what the compiler says about one of its errors.
    pub fn explain(&self, code: &str) -> Result<String> {
        let mut cmd = Command::new(&self.toolchain.rustc);
        cmd.args(["--explain", code]);
        let finished = sandbox::run(cmd, &Limits::toolchain(), &Cancel::default())
            .context("could not run rustc --explain")?;
        match finished.ending {
            Ending::Exited(0) => Ok(finished.stdout.text()),
            _ => anyhow::bail!("rustc could not explain {code}"),
        }
    }

    fn run(
        &self,
        binary: &Path,
        unit: &Unit<'_>,
        report: Option<&Path>,
        cancel: &Cancel,
    ) -> Result<sandbox::Finished> {
        let mut cmd = Command::new(binary);
        cmd.current_dir(&self.root)
            .env("RUST_BACKTRACE", "0")
            .env_remove(probe::REPORT_ENV);
        if unit.test {
            cmd.arg("--color=always");
            // `measure_all` counts every thread: give it the process alone.
            if unit.code.contains("measure_all") {
                cmd.arg("--test-threads=1");
            }
        }
        if let Some(report) = report {
            let _ = std::fs::remove_file(report);
            cmd.env(probe::REPORT_ENV, report);
        }
        sandbox::run(cmd, &self.limits, cancel)
            .with_context(|| format!("could not run {}", binary.display()))
    }
}

/// A file whose syntax could not be read: built as it is, tests and all.
fn as_written(text: &str) -> Submission {
    Submission {
        code: text.to_string(),
        tests_modified: false,
        expected_tests: 0,
        violations: Vec::new(),
    }
}

/// The path the compiler's messages name for an attempt.
fn shown_as(exercise: &Exercise, role: Role) -> PathBuf {
    match role {
        Role::Reference => exercise.solution_path(),
        Role::Learner | Role::Program | Role::Fix(_) => exercise.path(),
    }
}

fn program_run(finished: sandbox::Finished) -> Result<ProgramRun> {
    let stderr = finished.stderr.text();
    let ending = match finished.ending {
        Ending::Cancelled => return Err(Cancelled.into()),
        Ending::Exited(c) => EndingRecord::Exited(c),
        Ending::Signalled(s) => EndingRecord::Signalled(s),
        Ending::TimedOut => EndingRecord::TimedOut,
    };
    Ok(ProgramRun {
        compiled: true,
        error_codes: Vec::new(),
        ending: Some(ending),
        stdout: finished.stdout.exact(),
        panicked: ending == EndingRecord::Exited(101) && stderr.contains("panicked at"),
        said: format!("{}{}", finished.stdout.text(), stderr),
    })
}

/// The part of the cache key that depends on how an exercise is checked.
fn exercise_mode(exercise: &Exercise) -> &'static str {
    match (exercise.test, exercise.strict_clippy) {
        (true, false) => "test",
        (true, true) => "test+clippy",
        (false, false) => "main",
        (false, true) => "main+clippy",
    }
}
