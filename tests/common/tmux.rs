//! Driving `memkata watch` in a real terminal: tmux, its keys sent and its
//! screen captured, polled against a deadline.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// How long anything on screen may take to appear, on a slow CI machine.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// A tmux server of its own running one command in an 100x30 pane.
pub struct Tmux {
    socket: String,
    _config: tempfile::NamedTempFile,
}

impl Tmux {
    /// Starts `args` (memkata's arguments) in `dir`.
    pub fn start(dir: &Path, args: &[&str]) -> Tmux {
        Self::start_sized(dir, args, 100, 30)
    }

    pub fn start_sized(dir: &Path, args: &[&str], width: u16, height: u16) -> Tmux {
        super::need("tmux");
        let socket = format!(
            "memkata-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let config = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(
            config.path(),
            "set -g remain-on-exit on\nset -g default-terminal xterm-256color\nset -g status off\n",
        )
        .unwrap();
        let mut command = vec![super::BIN.to_string()];
        command.extend(args.iter().map(|a| a.to_string()));
        let status = Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .arg("-f")
            .arg(config.path())
            .args(["new-session", "-d", "-s", "t", "-x"])
            .arg(width.to_string())
            .arg("-y")
            .arg(height.to_string())
            .arg("-c")
            .arg(dir)
            .args(command)
            .status()
            .expect("run tmux");
        assert!(status.success(), "tmux did not start");
        Tmux {
            socket,
            _config: config,
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-J", "-S", "-", "-t", "t"])
    }

    /// Sends keys by tmux's names (`q`, `Enter`, `Down`, `C-c`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend(keys);
        self.tmux(&args);
    }

    pub fn resize(&self, width: u16, height: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            "t",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// Waits until `test` holds for the screen; panics with the screen if it
    /// does not before the deadline.
    pub fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if test(&screen) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!("waited {DEADLINE:?} for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Whether memkata's process has ended.
    pub fn exited(&self) -> bool {
        self.tmux(&["display-message", "-p", "-t", "t", "#{pane_dead}"])
            .trim()
            == "1"
    }

    /// Whether the pane shows the alternate screen.
    pub fn alternate_screen(&self) -> bool {
        self.tmux(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim()
            == "1"
    }

    pub fn wait_exit(&self) {
        let start = Instant::now();
        while !self.exited() {
            if start.elapsed() > DEADLINE {
                panic!("memkata did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .status();
    }
}
