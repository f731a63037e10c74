//! Turning one source file into a program: the staged source, the compiler
//! command, and the probe crate it may link against.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use anyhow::{Context, Result};

use super::diagnostics::Diagnostics;
use super::sandbox::{self, Cancel, Ending, Limits};
use super::{Cancelled, DirectLink, Engine, cache, link};
use crate::catalogue::Exercise;
use crate::probe;

static UNIQUE: AtomicU64 = AtomicU64::new(0);

/// A compiler's result.
pub struct Build {
    pub success: bool,
    pub diagnostics: Diagnostics,
    pub binary: PathBuf,
}

/// What to compile: the code, where the learner knows it from, and how.
#[derive(Clone)]
pub struct Unit<'a> {
    pub exercise: &'a Exercise,
    /// Names the build products (see [`cache::Role::tag`]).
    pub tag: String,
    pub code: &'a str,
    /// The path messages should name, relative to the workspace root.
    pub shown_as: PathBuf,
    pub test: bool,
}

impl Unit<'_> {
    pub fn uses_probe(&self) -> bool {
        uses_probe(self.code)
    }
}

/// What a unit's warm marker holds when its last build failed.
const FAILED: &[u8] = b"failed";

/// How a unit is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A whole build, from nothing.
    Plain,
    /// A whole build, reusing rustc's incremental cache.
    Incremental,
    /// Type- and borrow-checking of the code without its tests, for the
    /// errors in the learner's own code: the quickest way to them (a test
    /// harness costs a fifth of a check), and no answer about the tests.
    Check,
}

/// A [`Unit`] that owns what it names, for another thread.
#[derive(Clone)]
struct OwnedUnit {
    exercise: Exercise,
    tag: String,
    code: String,
    shown_as: PathBuf,
    test: bool,
}

impl OwnedUnit {
    fn from(unit: &Unit<'_>) -> OwnedUnit {
        OwnedUnit {
            exercise: unit.exercise.clone(),
            tag: unit.tag.clone(),
            code: unit.code.to_string(),
            shown_as: unit.shown_as.clone(),
            test: unit.test,
        }
    }

    fn unit(&self) -> Unit<'_> {
        Unit {
            exercise: &self.exercise,
            tag: self.tag.clone(),
            code: &self.code,
            shown_as: self.shown_as.clone(),
            test: self.test,
        }
    }
}

/// Whether code uses the memory probe.
pub fn uses_probe(code: &str) -> bool {
    code.contains("memkata_probe")
}

impl Engine {
    /// Writes the unit's code where rustc will read it: exactly the bytes
    /// that were judged, whatever the learner saves meanwhile. Returns the
    /// path to give rustc and the prefix that maps it back to `shown_as`.
    fn stage(&self, unit: &Unit<'_>) -> Result<(PathBuf, String)> {
        let base = Path::new(".memkata")
            .join("target")
            .join("src")
            .join(&unit.tag);
        let path = base.join(&unit.shown_as);
        let absolute = self.root.join(&path);
        if std::fs::read(&absolute).ok().as_deref() != Some(unit.code.as_bytes()) {
            if let Some(dir) = absolute.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("could not create {}", dir.display()))?;
            }
            std::fs::write(&absolute, unit.code)
                .with_context(|| format!("could not write {}", absolute.display()))?;
        }
        let prefix = format!("{}{}", base.display(), std::path::MAIN_SEPARATOR);
        Ok((path, prefix))
    }

    /// `compiler` (rustc or clippy-driver) set up for one unit: edition,
    /// JSON diagnostics with their coloured rendering, the crate name,
    /// `--test`, and the probe crate if the code uses it.
    pub(super) fn compiler(
        &self,
        compiler: &Path,
        unit: &Unit<'_>,
        output: &Path,
        cancel: &Cancel,
    ) -> Result<Command> {
        let (source, prefix) = self.stage(unit)?;
        let mut cmd = Command::new(compiler);
        cmd.current_dir(&self.root)
            .args([
                "--edition=2024",
                "--error-format=json",
                "--json=diagnostic-rendered-ansi",
            ])
            .arg(format!("--remap-path-prefix={prefix}="))
            .arg("--crate-name")
            .arg(crate_name(&unit.exercise.name))
            .arg("-o")
            .arg(output)
            .arg(source);
        if unit.test {
            cmd.arg("--test");
        }
        if unit.uses_probe() {
            let rlib = self.probe_rlib(cancel)?;
            cmd.arg("--extern")
                .arg(format!("memkata_probe={}", rlib.display()));
        }
        Ok(cmd)
    }

    /// Builds a unit into its program.
    ///
    /// A build is plain unless an incremental cache of this unit has been
    /// warmed: building rustc's incremental cache from nothing costs more
    /// than a plain build, and the learner's first green save comes after
    /// failed builds that leave nothing to reuse. After a plain build
    /// succeeds, with incremental builds on, the cache is warmed in the
    /// background, so that the saves after a pass are incremental.
    pub(super) fn build(&self, unit: &Unit<'_>, cancel: &Cancel) -> Result<Build> {
        let marker = self.warm_marker(&unit.tag);
        let warm = if self.incremental {
            std::fs::read(&marker).ok()
        } else {
            None
        };
        let Some(last) = warm else {
            let build = self.compile(unit, Mode::Plain, false, cancel)?;
            if build.success && self.incremental {
                self.warm_up(unit);
            }
            return Ok(build);
        };
        // After a failed build another is likely, and a plain check reports
        // errors sooner; after a success, the incremental build alone.
        let build = if last == FAILED {
            self.race(unit, cancel)?
        } else {
            let _lock = crate::fsutil::lock(&self.warm_lock(&unit.tag))?;
            self.compile(unit, Mode::Incremental, false, cancel)?
        };
        let _ = std::fs::write(&marker, if build.success { &b""[..] } else { FAILED });
        Ok(build)
    }

    /// Builds a unit incrementally while a plain check of its code runs
    /// beside: rustc's incremental session costs more than reporting an
    /// error, so the check's errors are shown as soon as it has them, and
    /// the build is stopped. Errors in the tests themselves come from the
    /// build, which stops at them as early. When the check finds nothing,
    /// the build's answer is awaited.
    fn race(&self, unit: &Unit<'_>, cancel: &Cancel) -> Result<Build> {
        let (tx, rx) = mpsc::channel();
        let owned = OwnedUnit::from(unit);
        let racers = [Mode::Check, Mode::Incremental].map(|mode| {
            let (engine, owned, tx) = (self.clone(), owned.clone(), tx.clone());
            let racer = cancel.child();
            let mine = racer.clone();
            let _ = std::thread::Builder::new()
                .name("memkata-build".into())
                .spawn(move || {
                    let unit = owned.unit();
                    let result = match mode {
                        Mode::Incremental => crate::fsutil::lock(&engine.warm_lock(&owned.tag))
                            .and_then(|_lock| engine.compile(&unit, mode, false, &mine)),
                        _ => engine.compile(&unit, mode, false, &mine),
                    };
                    let _ = tx.send((mode, result));
                });
            racer
        });
        drop(tx);
        for (mode, result) in rx {
            let conclusive = match (mode, &result) {
                (Mode::Check, Ok(build)) => !build.success && is_plain_error(build),
                (Mode::Check, Err(_)) => false,
                _ => true,
            };
            if conclusive {
                racers.iter().for_each(Cancel::cancel);
                return result;
            }
        }
        anyhow::bail!("the compiler could not be started: no thread to run it on")
    }

    /// Runs the compiler on a unit, linking through memkata where it can
    /// (see [`super::link`]); a build that fails to link that way is built
    /// again the usual way, and memkata stops linking for this session.
    /// `background` builds yield the processor to the rest.
    fn compile(
        &self,
        unit: &Unit<'_>,
        mode: Mode,
        background: bool,
        cancel: &Cancel,
    ) -> Result<Build> {
        let direct = self
            .direct_link
            .as_deref()
            .filter(|d| mode != Mode::Check && d.works.load(Ordering::Relaxed));
        let build = self.compile_with(unit, mode, direct, background, cancel)?;
        match direct {
            Some(d) if !build.success && link::failed_to_link(&build.diagnostics.rendered) => {
                d.works.store(false, Ordering::Relaxed);
                self.compile_with(unit, mode, None, background, cancel)
            }
            _ => Ok(build),
        }
    }

    fn compile_with(
        &self,
        unit: &Unit<'_>,
        mode: Mode,
        direct_link: Option<&DirectLink>,
        background: bool,
        cancel: &Cancel,
    ) -> Result<Build> {
        let tag = match mode {
            Mode::Plain => unit.tag.clone(),
            Mode::Incremental => format!("{}.inc", unit.tag),
            Mode::Check => format!("{}.check", unit.tag),
        };
        // A folder per build: rustc's temporary files are named after the
        // crate, which builds of one exercise share. The same output path
        // every time: the incremental cache is only reused when the output
        // is named as before.
        let bin_dir = self.target.join("bin").join(&tag);
        std::fs::create_dir_all(&bin_dir)
            .with_context(|| format!("could not create {}", bin_dir.display()))?;
        let binary = bin_dir.join(format!("program{}", std::env::consts::EXE_SUFFIX));
        let unit = Unit {
            tag: tag.clone(),
            test: unit.test && mode != Mode::Check,
            ..unit.clone()
        };
        let clippy = unit.exercise.strict_clippy;
        let compiler = if clippy {
            self.toolchain.clippy.as_ref().with_context(|| {
                format!(
                    "{} is checked with clippy, which this toolchain lacks: run `rustup component add clippy`",
                    unit.exercise.name
                )
            })?
        } else {
            &self.toolchain.rustc
        };
        let mut cmd = self.compiler(compiler, &unit, &binary, cancel)?;
        match mode {
            Mode::Incremental => {
                let dir = self.target.join("incremental").join(&unit.tag);
                cmd.arg("-C").arg(format!("incremental={}", dir.display()));
            }
            Mode::Check => {
                // A library: a program's `main` is not needed to check it.
                // What only the tests (or `main`) use is not dead code.
                cmd.args(["--emit=metadata", "--crate-type=lib", "-A", "dead_code"]);
            }
            Mode::Plain => {}
        }
        // The probe's allocator must see std's allocations too, which it
        // can't when std is a shared library with its own allocator calls.
        let static_std = unit.uses_probe() || unit.code.contains("global_allocator");
        if self.dynamic_std && !static_std {
            cmd.arg("-C").arg("prefer-dynamic").arg("-C").arg(format!(
                "link-arg=-Wl,-rpath,{}",
                self.toolchain.libdir.display()
            ));
        }
        if clippy {
            cmd.args(["-W", "clippy::all"]);
        }
        if let Some(d) = direct_link {
            d.frame.rustc_setup(&d.exe, &mut cmd);
        }
        let limits = if background {
            Limits::toolchain().in_background()
        } else {
            Limits::toolchain()
        };
        let finished = sandbox::run(cmd, &limits, cancel)
            .with_context(|| format!("could not run {}", compiler.display()))?;
        let mut diagnostics = Diagnostics::parse(&finished.stderr.text());
        let success = match finished.ending {
            Ending::Cancelled => return Err(Cancelled.into()),
            Ending::Exited(0) => true,
            Ending::TimedOut => {
                diagnostics.rendered.push_str(&format!(
                    "memkata: the compiler was stopped after {}\n",
                    crate::human::seconds(limits.timeout)
                ));
                false
            }
            _ => false,
        };
        Ok(Build {
            success,
            diagnostics,
            binary,
        })
    }

    /// Says that `tag` has a warm incremental cache.
    fn warm_marker(&self, tag: &str) -> PathBuf {
        self.target.join("incremental").join(format!("{tag}.warm"))
    }

    /// Held while a unit's incremental cache is written.
    fn warm_lock(&self, tag: &str) -> PathBuf {
        self.target.join("locks").join(format!("{tag}.inc"))
    }

    /// Builds the unit incrementally on another thread, to warm the cache
    /// for the saves to come; nothing waits for it.
    fn warm_up(&self, unit: &Unit<'_>) {
        let engine = self.clone();
        let owned = OwnedUnit::from(unit);
        let _ = std::thread::Builder::new()
            .name("memkata-warm".into())
            .spawn(move || engine.warm(&owned.unit(), false));
    }

    /// Builds a unit incrementally and marks its cache warm if it built;
    /// `failing` says the learner's file does not build yet.
    pub(super) fn warm(&self, unit: &Unit<'_>, failing: bool) {
        let Ok(_lock) = crate::fsutil::lock(&self.warm_lock(&unit.tag)) else {
            return;
        };
        if let Ok(build) = self.compile(unit, Mode::Incremental, true, &Cancel::default()) {
            let _ = std::fs::remove_file(&build.binary);
            if build.success {
                let mark = if failing { FAILED } else { b"" };
                let _ = std::fs::write(self.warm_marker(&unit.tag), mark);
            }
        }
    }

    /// Whether the unit of `tag` has a warm incremental cache.
    pub(super) fn is_warm(&self, tag: &str) -> bool {
        self.warm_marker(tag).is_file()
    }

    /// Clippy's warnings on a unit, with `-D warnings` strictness: None
    /// when clean.
    pub(super) fn clippy(&self, unit: &Unit<'_>, cancel: &Cancel) -> Result<Option<String>> {
        let clippy = self
            .toolchain
            .clippy
            .as_ref()
            .context("clippy is not installed: run `rustup component add clippy`")?;
        let dir = self.target.join("clippy");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
        let out = dir.join(format!(
            "{}-{}-{}",
            unit.tag,
            std::process::id(),
            UNIQUE.fetch_add(1, Ordering::Relaxed)
        ));
        let mut cmd = self.compiler(clippy, unit, &out, cancel)?;
        cmd.args(["-W", "clippy::all", "--emit=metadata"]);
        let finished =
            sandbox::run(cmd, &Limits::toolchain(), cancel).context("could not run clippy")?;
        let _ = std::fs::remove_file(&out);
        let diagnostics = Diagnostics::parse(&finished.stderr.text());
        Ok(match finished.ending {
            Ending::Cancelled => return Err(Cancelled.into()),
            Ending::Exited(0) if diagnostics.warnings == 0 => None,
            _ => Some(diagnostics.rendered),
        })
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
        let unique = format!(
            "{}-{}",
            std::process::id(),
            UNIQUE.fetch_add(1, Ordering::Relaxed)
        );
        let src = dir.join(format!("lib-{unique}.rs"));
        std::fs::write(&src, source)
            .with_context(|| format!("could not write {}", src.display()))?;
        let tmp = dir.join(format!("build-{unique}"));
        let mut cmd = Command::new(&self.toolchain.rustc);
        cmd.args([
            "--edition=2024",
            "--crate-type=rlib",
            "--crate-name=memkata_probe",
        ])
        .args(["-C", "opt-level=1", "-o"])
        .arg(&tmp)
        .arg(&src);
        let finished = sandbox::run(cmd, &Limits::toolchain(), cancel)
            .context("could not build memkata_probe")?;
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

/// Whether a failed check's errors are the compiler's own (E-codes, or
/// syntax), which the code has whatever is built with it; rather than lints
/// made errors, which may differ without the tests.
fn is_plain_error(build: &Build) -> bool {
    build
        .diagnostics
        .error_codes
        .iter()
        .all(|code| code.starts_with('E'))
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
