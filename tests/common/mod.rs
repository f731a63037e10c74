//! A temporary workspace and the real memkata binary run in it.
#![allow(dead_code)]

pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_memkata");

/// A workspace in a temporary folder, built up exercise by exercise.
pub struct Workspace {
    dir: tempfile::TempDir,
    info: String,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::Builder::new()
                .prefix("memkata-test")
                .tempdir()
                .expect("temp dir"),
            info: "format_version = 1\n".to_string(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Adds a test kata `name` in topic `t` with this source (and the same
    /// file as its solution).
    pub fn kata(self, name: &str, source: &str) -> Workspace {
        self.entry(
            name,
            source,
            "hints = [\"look closer\", \"closer still\"]\n",
        )
    }

    /// Adds a kata checked by running `main`.
    pub fn program(self, name: &str, source: &str) -> Workspace {
        self.entry(name, source, "test = false\nhints = [\"look closer\"]\n")
    }

    /// Adds an exercise with extra info.toml lines.
    pub fn entry(mut self, name: &str, source: &str, extra: &str) -> Workspace {
        self.info.push_str(&format!(
            "\n[[exercises]]\nname = \"{name}\"\ndir = \"t\"\n{extra}"
        ));
        self.write(&format!("exercises/t/{name}.rs"), source);
        self.write(&format!("solutions/t/{name}.rs"), source);
        self.write("info.toml", &self.info.clone());
        self
    }

    /// Replaces info.toml.
    pub fn info(self, text: &str) -> Workspace {
        self.write("info.toml", text);
        self
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args)
    }

    /// Runs memkata with these environment variables set.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Run {
        let output = command(self.path(), args)
            .envs(env.iter().copied())
            .output()
            .expect("run memkata");
        Run { output }
    }
}

/// A finished memkata run.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.output.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout(), self.stderr()))
    }

    /// Asserts the exit status, showing the output if it differs.
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = command(dir, args).output().expect("run memkata");
    Run { output }
}

/// memkata in `dir`, without colour.
fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    command
}

/// Makes sure `program` is installed, installing it from the distribution's
/// packages the way CI does (`.ci/install-deps`) if it is not.
pub fn need(program: &str) {
    static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let found = |p: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {p}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if found(program) {
        return;
    }
    let status = Command::new("bash")
        .arg(repo().join(".ci/install-deps"))
        .arg(program)
        .status()
        .expect("run .ci/install-deps");
    assert!(
        status.success() && found(program),
        "{program} is needed for this test and could not be installed: install it (apt-get install {program})"
    );
}

/// The repository root (the built-in catalogue lives here).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
