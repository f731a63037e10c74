//! The Rust toolchain exercises are built with.
//!
//! memkata calls the toolchain's own `rustc` rather than rustup's proxy on
//! `PATH` (the proxy costs a process start on every build), and remembers
//! what it found in `.memkata/toolchain.json`. The remembered answer is used
//! while everything that decides which toolchain the proxy would pick is
//! unchanged: the `rustc` on `PATH`, `RUSTUP_TOOLCHAIN`, rustup's settings and
//! any `rust-toolchain` file above the workspace.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::link::Frame;
use crate::fsutil;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Toolchain {
    pub sysroot: PathBuf,
    pub rustc: PathBuf,
    /// `clippy-driver`, if the clippy component is installed.
    pub clippy: Option<PathBuf>,
    /// Where the target's `libstd-*.so` lives, for dynamically linked builds.
    pub libdir: PathBuf,
    /// `rustc -vV`: names the compiler exactly, for the verdict cache.
    pub version: String,
    /// How to link without the C compiler driver, where that is known.
    #[serde(default)]
    pub link: Option<Frame>,
}

#[derive(Serialize, Deserialize)]
struct Remembered {
    fingerprint: Vec<String>,
    toolchain: Toolchain,
}

impl Toolchain {
    /// The toolchain for a workspace, from `cache` if still valid.
    pub fn detect(workspace: &Path, cache: &Path) -> Result<Toolchain> {
        let fingerprint = fingerprint(workspace);
        if let Ok(text) = std::fs::read_to_string(cache)
            && let Ok(remembered) = serde_json::from_str::<Remembered>(&text)
            && remembered.fingerprint == fingerprint
            && stamp(&remembered.toolchain.rustc).is_some()
        {
            return Ok(remembered.toolchain);
        }
        let toolchain = Self::probe()?;
        // Measure the fingerprint again: resolving the toolchain may have
        // installed it (rustup does so for a new rust-toolchain file).
        let remembered = Remembered {
            fingerprint: self::fingerprint(workspace),
            toolchain,
        };
        if let Ok(json) = serde_json::to_string_pretty(&remembered) {
            let _ = fsutil::write_atomic(cache, json.as_bytes());
        }
        Ok(remembered.toolchain)
    }

    /// Asks `rustc` where its toolchain is.
    fn probe() -> Result<Toolchain> {
        let proxy = rustc_on_path_or_rustup().unwrap_or_else(|| PathBuf::from("rustc"));
        let output = Command::new(proxy)
            .args(["--print", "sysroot"])
            .output()
            .map_err(|e| {
                anyhow::anyhow!(
                    "could not run `rustc` ({e}): memkata builds exercises with the Rust toolchain; install it from https://rustup.rs, then open a new terminal so that it is on PATH"
                )
            })?;
        if !output.status.success() {
            bail!(
                "`rustc --print sysroot` failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
        let exe = std::env::consts::EXE_SUFFIX;
        let mut rustc = sysroot.join("bin").join(format!("rustc{exe}"));
        if !rustc.exists() {
            rustc = PathBuf::from("rustc");
        }
        let clippy =
            Some(sysroot.join("bin").join(format!("clippy-driver{exe}"))).filter(|p| p.exists());
        let version = Command::new(&rustc)
            .arg("-vV")
            .output()
            .context("could not run `rustc -vV`")?;
        let version = String::from_utf8_lossy(&version.stdout).into_owned();
        let host = version
            .lines()
            .find_map(|l| l.strip_prefix("host: "))
            .unwrap_or("unknown")
            .trim()
            .to_string();
        let libdir = sysroot.join("lib").join("rustlib").join(&host).join("lib");
        let link = Frame::learn(&sysroot, &host);
        Ok(Toolchain {
            sysroot,
            rustc,
            clippy,
            libdir,
            version,
            link,
        })
    }

    /// Whether std can be linked dynamically (its shared library ships with
    /// the toolchain), which makes every build faster. Not on Windows, which
    /// finds a program's DLLs through `PATH` rather than a path recorded in
    /// the program: there std is linked in.
    pub fn has_dynamic_std(&self) -> bool {
        if cfg!(windows) {
            return false;
        }
        std::fs::read_dir(&self.libdir).is_ok_and(|entries| {
            entries.flatten().any(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with("libstd-") && (name.ends_with(".so") || name.ends_with(".dylib"))
            })
        })
    }
}

/// Everything that decides which toolchain `rustc` on PATH resolves to.
fn fingerprint(workspace: &Path) -> Vec<String> {
    // What memkata learns of a toolchain grows with its versions.
    let mut parts = vec![format!("memkata:{}", env!("CARGO_PKG_VERSION"))];
    let on_path = rustc_on_path_or_rustup();
    parts.push(format!(
        "path:{}:{}",
        on_path
            .as_deref()
            .map(Path::display)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        on_path.as_deref().and_then(stamp).unwrap_or_default()
    ));
    for var in ["RUSTUP_TOOLCHAIN", "RUSTUP_HOME", "CARGO_HOME"] {
        parts.push(format!("{var}={}", std::env::var(var).unwrap_or_default()));
    }
    if let Some(home) = rustup_home() {
        let settings = home.join("settings.toml");
        parts.push(format!("settings:{}", stamp(&settings).unwrap_or_default()));
    }
    for dir in workspace.ancestors() {
        for name in ["rust-toolchain", "rust-toolchain.toml"] {
            let file = dir.join(name);
            if let Some(s) = stamp(&file) {
                parts.push(format!("{}:{s}", file.display()));
            }
        }
    }
    parts
}

fn rustup_home() -> Option<PathBuf> {
    std::env::var_os("RUSTUP_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|h| h.join(".rustup")))
}

/// Where rustup puts `rustc` and the other proxies, on every platform:
/// `$CARGO_HOME/bin`, by default `~/.cargo/bin` (`%USERPROFILE%\.cargo\bin`).
fn cargo_bin() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|h| h.join(".cargo")))
        .map(|home| home.join("bin"))
}

/// rustup's proxy for `program`, where rustup installs it.
fn rustup_proxy(program: &str) -> Option<PathBuf> {
    let proxy = cargo_bin()?.join(format!("{program}{}", std::env::consts::EXE_SUFFIX));
    proxy.is_file().then_some(proxy)
}

/// The `rustc` that decides the toolchain: the one on `PATH`, else rustup's
/// proxy. A terminal opened before rustup's installer changed `PATH` (or an
/// app started without the shell's profile) does not have it on `PATH` yet.
fn rustc_on_path_or_rustup() -> Option<PathBuf> {
    find_on_path("rustc").or_else(|| rustup_proxy("rustc"))
}

/// Size and modification time of a file, or None if it is not there.
fn stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    Some(format!("{}-{mtime}", meta.len()))
}

pub fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(format!("{program}{}", std::env::consts::EXE_SUFFIX)))
        .find(|candidate| candidate.is_file())
}
