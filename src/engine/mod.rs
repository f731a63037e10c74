//! The build engine: `rustc` called directly on one file, the product run
//! within limits, the verdict drawn, and the verdict cached.
//!
//! Why not cargo: a save must be answered at compiler speed, and cargo's
//! start-up, locking and fingerprinting cost several times what compiling a
//! one-file exercise does. The engine adds what cargo would have given:
//! incremental compilation per exercise, std linked dynamically where the
//! memory probe does not need to see std's allocations, and the probe crate
//! built once per toolchain.

mod diagnostics;
pub mod sandbox;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::cache::{self, Cache};
use crate::catalogue::Exercise;
use crate::probe;
use crate::toolchain::Toolchain;
use crate::verdict::{Outcome, Verdict};
use crate::workspace::Workspace;
use diagnostics::Diagnostics;
pub use sandbox::{Cancel, Ending, Limits};

/// A check stopped by its [`Cancel`] before it concluded.
#[derive(Debug, thiserror::Error)]
#[error("the check was cancelled")]
pub struct Cancelled;

/// Which file of an exercise to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `exercises/…`: what the learner edits.
    Exercise,
    /// `solutions/…`: the reference solution.
    Solution,
}

impl Source {
    /// The file's path, relative to the workspace root.
    pub fn path(self, exercise: &Exercise) -> PathBuf {
        match self {
            Source::Exercise => exercise.path(),
            Source::Solution => exercise.solution_path(),
        }
    }
}

pub struct Engine {
    root: PathBuf,
    target: PathBuf,
    toolchain: Toolchain,
    dynamic_std: bool,
    limits: Limits,
    cache: Cache,
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

static UNIQUE: AtomicU64 = AtomicU64::new(0);

impl Engine {
    pub fn new(workspace: &Workspace, limits: Limits) -> Result<Engine> {
        let dot = workspace.dot_dir();
        let toolchain = Toolchain::detect(&workspace.root, &dot.join("toolchain.json"))?;
        let dynamic_std = toolchain.has_dynamic_std();
        Ok(Engine {
            root: workspace.root.clone(),
            target: dot.join("target"),
            cache: Cache::new(dot.join("cache"), &toolchain, &limits),
            toolchain,
            dynamic_std,
            limits,
        })
    }

    pub fn toolchain(&self) -> &Toolchain {
        &self.toolchain
    }

    /// Builds and runs an exercise's kata file, or answers from the cache.
    pub fn check(&self, exercise: &Exercise, source: Source, cancel: &Cancel) -> Result<Outcome> {
        self.check_with(exercise, source, cancel, true)
    }

    /// Like [`Engine::check`]; with `reuse` false the file is built anew
    /// even if a verdict is cached.
    pub fn check_with(
        &self,
        exercise: &Exercise,
        source: Source,
        cancel: &Cancel,
        reuse: bool,
    ) -> Result<Outcome> {
        let (path, code) = self.read(exercise, source)?;
        let key = self.cache.key(&code, exercise_mode(exercise));
        let slot = cache::slot(&exercise.name, source);
        if reuse && let Some(mut outcome) = self.cache.get::<Outcome>(&slot, &key) {
            outcome.cached = true;
            return Ok(outcome);
        }
        let outcome = self.check_uncached(exercise, &path, &code, source, cancel)?;
        if outcome.verdict != Verdict::TimedOut {
            self.cache.put(&slot, &key, &outcome);
        }
        Ok(outcome)
    }

    fn check_uncached(
        &self,
        exercise: &Exercise,
        path: &Path,
        code: &[u8],
        source: Source,
        cancel: &Cancel,
    ) -> Result<Outcome> {
        let start = Instant::now();
        let text = String::from_utf8_lossy(code);
        let _lock = self.lock(exercise, source)?;
        let build = self.build(exercise, path, &text, exercise.test, source, cancel)?;
        let mut output = build.diagnostics.rendered.clone();
        if !build.success {
            return Ok(Outcome {
                verdict: Verdict::CompileError,
                detail: None,
                output,
                error_codes: build.diagnostics.error_codes.clone(),
                seconds: start.elapsed().as_secs_f64(),
                memory: Vec::new(),
                output_cut: false,
                cached: false,
            });
        }

        let report = uses_probe(&text).then(|| build.binary.with_extension("probe"));
        let finished = self.run(
            &build.binary,
            exercise.test,
            &text,
            report.as_deref(),
            cancel,
        );
        let _ = std::fs::remove_file(&build.binary);
        let finished = finished?;
        let memory = report
            .as_deref()
            .map(|r| {
                let measured = std::fs::read_to_string(r).unwrap_or_default();
                let _ = std::fs::remove_file(r);
                probe::parse_report(&measured)
            })
            .unwrap_or_default();

        output.push_str(&finished.stdout.text());
        output.push_str(&finished.stderr.text());
        let stderr = finished.stderr.text();
        let (verdict, detail) = match finished.ending {
            Ending::Cancelled => return Err(Cancelled.into()),
            Ending::Exited(0) if exercise.strict_clippy && build.diagnostics.warnings > 0 => {
                let n = build.diagnostics.warnings;
                (Verdict::Clippy, Some(format!("{n} warning{}", plural(n))))
            }
            Ending::Exited(0) => (Verdict::Passed, None),
            Ending::Exited(code) if exercise.test => (
                Verdict::TestsFailed,
                Some(
                    failed_tests(&finished.stdout.text())
                        .unwrap_or_else(|| format!("exit status {code}")),
                ),
            ),
            Ending::Exited(_) if stderr.contains("panicked at") => {
                (Verdict::MainFailed, Some("main panicked".to_string()))
            }
            Ending::Exited(code) => (Verdict::MainFailed, Some(format!("exit status {code}"))),
            Ending::Signalled(signal) => (
                Verdict::Crashed,
                Some(crash_detail(signal, &stderr, &self.limits)),
            ),
            Ending::TimedOut => (
                Verdict::TimedOut,
                Some(format!(
                    "still running after {}",
                    crate::output::seconds(self.limits.timeout)
                )),
            ),
        };
        let output_cut = finished.stdout.was_cut() || finished.stderr.was_cut();
        Ok(Outcome {
            verdict,
            detail,
            output,
            error_codes: Vec::new(),
            seconds: start.elapsed().as_secs_f64(),
            memory,
            output_cut,
            cached: false,
        })
    }

    /// Builds a quiz's program and runs it, or answers from the cache.
    pub fn run_program(&self, exercise: &Exercise, cancel: &Cancel) -> Result<ProgramRun> {
        let (path, code) = self.read(exercise, Source::Exercise)?;
        let key = self.cache.key(&code, "program");
        let slot = cache::slot(&exercise.name, Source::Exercise);
        if let Some(run) = self.cache.get::<ProgramRun>(&slot, &key) {
            return Ok(run);
        }
        let text = String::from_utf8_lossy(&code);
        let _lock = self.lock(exercise, Source::Exercise)?;
        let build = self.build(exercise, &path, &text, false, Source::Exercise, cancel)?;
        let run = if !build.success {
            ProgramRun {
                compiled: false,
                error_codes: build.diagnostics.error_codes.clone(),
                ending: None,
                stdout: None,
                panicked: false,
                said: build.diagnostics.rendered.clone(),
            }
        } else {
            let finished = self.run(&build.binary, false, &text, None, cancel);
            let _ = std::fs::remove_file(&build.binary);
            let finished = finished?;
            let stderr = finished.stderr.text();
            let ending = match finished.ending {
                Ending::Cancelled => return Err(Cancelled.into()),
                Ending::Exited(c) => EndingRecord::Exited(c),
                Ending::Signalled(s) => EndingRecord::Signalled(s),
                Ending::TimedOut => EndingRecord::TimedOut,
            };
            ProgramRun {
                compiled: true,
                error_codes: Vec::new(),
                ending: Some(ending),
                stdout: finished.stdout.exact(),
                panicked: ending == EndingRecord::Exited(101) && stderr.contains("panicked at"),
                said: format!("{}{}", finished.stdout.text(), stderr),
            }
        };
        if run.ending != Some(EndingRecord::TimedOut) {
            self.cache.put(&slot, &key, &run);
        }
        Ok(run)
    }

    /// The reference solution's measurements, built and measured once.
    pub fn reference_memory(&self, exercise: &Exercise) -> Option<Vec<probe::Measurement>> {
        if !self.root.join(exercise.solution_path()).is_file() {
            return None;
        }
        let outcome = self
            .check(exercise, Source::Solution, &Cancel::default())
            .ok()?;
        (!outcome.memory.is_empty()).then_some(outcome.memory)
    }

    /// Clippy's warnings on a file, with `-D warnings` strictness: None when
    /// clean. Cached like verdicts.
    pub fn lint(
        &self,
        exercise: &Exercise,
        source: Source,
        cancel: &Cancel,
    ) -> Result<Option<String>> {
        let clippy = self
            .toolchain
            .clippy
            .as_ref()
            .context("clippy is not installed: run `rustup component add clippy`")?;
        let (path, code) = self.read(exercise, source)?;
        let key = self.cache.key(
            &code,
            if exercise.test {
                "clippy-test"
            } else {
                "clippy"
            },
        );
        let slot = format!("{}.clippy", cache::slot(&exercise.name, source));
        if let Some(result) = self.cache.get::<Option<String>>(&slot, &key) {
            return Ok(result);
        }
        let dir = self.target.join("clippy");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
        let out = dir.join(format!(
            "{}-{}-{}",
            exercise.name,
            std::process::id(),
            UNIQUE.fetch_add(1, Ordering::Relaxed)
        ));
        let text = String::from_utf8_lossy(&code);
        let mut cmd = self.compiler(clippy, exercise, &path, &text, exercise.test, &out, cancel)?;
        cmd.args(["-W", "clippy::all", "--emit=metadata"]);
        let limits = Limits::toolchain();
        let finished = sandbox::run(cmd, &limits, cancel).context("could not run clippy")?;
        let _ = std::fs::remove_file(&out);
        let diagnostics = Diagnostics::parse(&finished.stderr.text());
        let result = match finished.ending {
            Ending::Cancelled => return Err(Cancelled.into()),
            Ending::Exited(0) if diagnostics.warnings == 0 => None,
            _ => Some(diagnostics.rendered),
        };
        self.cache.put(&slot, &key, &result);
        Ok(result)
    }

    /// `rustfmt --check` on a file: None when it is formatted, else the diff.
    pub fn rustfmt_diff(&self, path: &Path) -> Result<Option<String>> {
        let rustfmt = self.toolchain.sysroot.join("bin").join("rustfmt");
        let rustfmt = if rustfmt.is_file() {
            rustfmt
        } else {
            PathBuf::from("rustfmt")
        };
        let mut cmd = Command::new(&rustfmt);
        cmd.args(["--edition", "2024", "--check"]).arg(path);
        let limits = Limits::toolchain();
        let finished = sandbox::run(cmd, &limits, &Cancel::default())
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

    /// An exercise file's path and bytes.
    fn read(&self, exercise: &Exercise, source: Source) -> Result<(PathBuf, Vec<u8>)> {
        let path = source.path(exercise);
        let code = std::fs::read(self.root.join(&path))
            .with_context(|| format!("could not read {}", path.display()))?;
        Ok((path, code))
    }

    /// `compiler` (rustc or clippy-driver) set up for one exercise file:
    /// edition, JSON diagnostics with their coloured rendering, the crate
    /// name, `--test`, and the probe crate if the file uses it.
    #[allow(clippy::too_many_arguments)]
    fn compiler(
        &self,
        compiler: &Path,
        exercise: &Exercise,
        path: &Path,
        text: &str,
        test: bool,
        output: &Path,
        cancel: &Cancel,
    ) -> Result<Command> {
        let mut cmd = Command::new(compiler);
        cmd.current_dir(&self.root)
            .args([
                "--edition=2024",
                "--error-format=json",
                "--json=diagnostic-rendered-ansi",
            ])
            .arg("--crate-name")
            .arg(crate_name(&exercise.name))
            .arg("-o")
            .arg(output)
            .arg(path);
        if test {
            cmd.arg("--test");
        }
        if uses_probe(text) {
            let rlib = self.probe_rlib(cancel)?;
            cmd.arg("--extern")
                .arg(format!("memkata_probe={}", rlib.display()));
        }
        Ok(cmd)
    }

    fn build(
        &self,
        exercise: &Exercise,
        path: &Path,
        text: &str,
        test: bool,
        source: Source,
        cancel: &Cancel,
    ) -> Result<Build> {
        let tag = build_tag(exercise, source);
        let bin_dir = self.target.join("bin");
        std::fs::create_dir_all(&bin_dir)
            .with_context(|| format!("could not create {}", bin_dir.display()))?;
        // The same output path every time: rustc's incremental cache is
        // only reused when the output is named as before.
        let binary = bin_dir.join(&tag);

        let compiler = if exercise.strict_clippy {
            self.toolchain.clippy.as_ref().with_context(|| {
                format!(
                    "{} is checked with clippy, which this toolchain lacks: run `rustup component add clippy`",
                    exercise.name
                )
            })?
        } else {
            &self.toolchain.rustc
        };
        let mut cmd = self.compiler(compiler, exercise, path, text, test, &binary, cancel)?;
        cmd.arg("-C").arg(format!(
            "incremental={}",
            self.target.join("incremental").join(&tag).display()
        ));
        // The probe's allocator must see std's allocations too, which it
        // can't when std is a shared library with its own allocator calls.
        let static_std = uses_probe(text) || text.contains("global_allocator");
        if self.dynamic_std && !static_std {
            cmd.arg("-C").arg("prefer-dynamic").arg("-C").arg(format!(
                "link-arg=-Wl,-rpath,{}",
                self.toolchain.libdir.display()
            ));
        }
        if exercise.strict_clippy {
            cmd.arg("-W").arg("clippy::all");
        }
        let limits = Limits::toolchain();
        let finished = sandbox::run(cmd, &limits, cancel)
            .with_context(|| format!("could not run {}", compiler.display()))?;
        let diagnostics = Diagnostics::parse(&finished.stderr.text());
        let success = match finished.ending {
            Ending::Cancelled => return Err(Cancelled.into()),
            Ending::Exited(0) => true,
            Ending::TimedOut => {
                let mut d = diagnostics;
                d.rendered.push_str(&format!(
                    "memkata: the compiler was stopped after {}\n",
                    crate::output::seconds(limits.timeout)
                ));
                return Ok(Build {
                    success: false,
                    diagnostics: d,
                    binary,
                });
            }
            _ => false,
        };
        Ok(Build {
            success,
            diagnostics,
            binary,
        })
    }

    fn run(
        &self,
        binary: &Path,
        test: bool,
        text: &str,
        report: Option<&Path>,
        cancel: &Cancel,
    ) -> Result<sandbox::Finished> {
        let mut cmd = Command::new(binary);
        cmd.current_dir(&self.root)
            .env("RUST_BACKTRACE", "0")
            .env_remove(probe::REPORT_ENV);
        if test {
            cmd.arg("--color=always");
            // `measure_all` counts every thread: give it the process alone.
            if text.contains("measure_all") {
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

    /// Serializes builds of one file across threads and processes (the
    /// watch loop and a `verify` in another terminal), since they share the
    /// output path and the incremental cache.
    fn lock(&self, exercise: &Exercise, source: Source) -> Result<std::fs::File> {
        let dir = self.target.join("locks");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
        let path = dir.join(build_tag(exercise, source));
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("could not open {}", path.display()))?;
        file.lock()
            .with_context(|| format!("could not lock {}", path.display()))?;
        Ok(file)
    }

    /// The probe crate compiled for this toolchain, built on first use.
    fn probe_rlib(&self, cancel: &Cancel) -> Result<PathBuf> {
        let source = probe::source();
        let key = cache::hash(&[source, self.toolchain.version.as_bytes()]);
        let dir = self.target.join("probe").join(&key[..16]);
        let rlib = dir.join("libmemkata_probe.rlib");
        if rlib.is_file() {
            return Ok(rlib);
        }
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
        let src = dir.join(format!("lib-{}.rs", std::process::id()));
        std::fs::write(&src, source)
            .with_context(|| format!("could not write {}", src.display()))?;
        let tmp = dir.join(format!(
            "build-{}-{}",
            std::process::id(),
            UNIQUE.fetch_add(1, Ordering::Relaxed)
        ));
        let mut cmd = Command::new(&self.toolchain.rustc);
        cmd.args([
            "--edition=2024",
            "--crate-type=rlib",
            "--crate-name=memkata_probe",
        ])
        .args(["-C", "opt-level=1", "-o"])
        .arg(&tmp)
        .arg(&src);
        let limits = Limits::toolchain();
        let finished =
            sandbox::run(cmd, &limits, cancel).context("could not build memkata_probe")?;
        let _ = std::fs::remove_file(&src);
        match finished.ending {
            Ending::Exited(0) => {}
            Ending::Cancelled => return Err(Cancelled.into()),
            _ => anyhow::bail!("building memkata_probe failed:\n{}", finished.stderr.text()),
        }
        std::fs::rename(&tmp, &rlib)
            .with_context(|| format!("could not write {}", rlib.display()))?;
        Ok(rlib)
    }
}

/// The name of an exercise file's build products.
fn build_tag(exercise: &Exercise, source: Source) -> String {
    match source {
        Source::Exercise => exercise.name.clone(),
        Source::Solution => format!("{}-solution", exercise.name),
    }
}

struct Build {
    success: bool,
    diagnostics: Diagnostics,
    binary: PathBuf,
}

/// Whether a file's code uses the memory probe.
pub fn uses_probe(text: &str) -> bool {
    text.contains("memkata_probe")
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

/// A crate name rustc accepts for an exercise name (`-` is not allowed).
fn crate_name(name: &str) -> String {
    let name = name.replace('-', "_");
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `1 of 3 tests failed`, read from the test harness's summary line.
fn failed_tests(stdout: &str) -> Option<String> {
    let plain = console::strip_ansi_codes(stdout);
    let line = plain
        .lines()
        .rev()
        .find(|l| l.starts_with("test result: FAILED"))?;
    let count = |what: &str| -> Option<u64> {
        let before = line.split(&format!(" {what}")).next()?;
        before
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    let failed = count("failed;")?;
    let total = failed + count("passed;")?;
    let plural = if total == 1 { "" } else { "s" };
    Some(format!("{failed} of {total} test{plural} failed"))
}

/// Names a crash the way a learner can act on it.
fn crash_detail(signal: i32, stderr: &str, limits: &Limits) -> String {
    let name = sandbox::signal_name(signal);
    if stderr.contains("has overflowed its stack") {
        format!("stack overflow ({name})")
    } else if stderr.contains("memory allocation of") {
        match limits.memory {
            Some(cap) => format!(
                "ran out of memory: the limit is {} ({name})",
                crate::output::bytes(cap)
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
}
