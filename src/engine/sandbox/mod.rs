//! Running a learner's program as the hostile input it may be.
//!
//! Every child runs as a tree of processes that memkata can kill whole (a
//! process group on Unix, a job object on Windows), within a wall-clock
//! limit and a cap on the memory each of its processes may take, with its
//! output read into bounded buffers ([`Captured`]). What the platforms share
//! is here; how each makes and kills the tree, caps memory and names a crash
//! is in `unix.rs` and `windows.rs`, behind the same few functions.

mod captured;
#[cfg(test)]
mod tests;
#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

#[cfg(unix)]
use unix as platform;
#[cfg(windows)]
use windows as platform;

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

pub use captured::Captured;
use captured::{Stream, spawn_reader};
pub use platform::crash_name;

/// What a child may use.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
    /// Bytes of memory each process of the child may take: its writable
    /// mappings on Linux (`RLIMIT_DATA`), the growth of its address space on
    /// macOS (`RLIMIT_AS`), its committed memory on Windows (the job's
    /// process memory limit).
    pub memory: Option<u64>,
    /// Whether the child yields the processor to everything else: for work
    /// nobody waits for yet, which must not slow down work somebody does.
    pub background: bool,
}

impl Limits {
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
    pub const DEFAULT_OUTPUT_CAP: usize = 1 << 20;
    pub const DEFAULT_MEMORY: u64 = 1 << 30;
}

impl Limits {
    /// For the toolchain's own programs (rustc, clippy, rustfmt): no memory
    /// cap, a generous time limit that still stops a compiler gone wrong.
    pub fn toolchain() -> Limits {
        Limits {
            timeout: Duration::from_secs(120),
            output_cap: 4 << 20,
            memory: None,
            background: false,
        }
    }

    /// These limits, for work in the background.
    pub fn in_background(self) -> Limits {
        Limits {
            background: true,
            ..self
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout: Self::DEFAULT_TIMEOUT,
            output_cap: Self::DEFAULT_OUTPUT_CAP,
            memory: Some(Self::DEFAULT_MEMORY),
            background: false,
        }
    }
}

/// Stops a running check from another thread: the watch loop cancels a
/// build when a newer save arrives.
#[derive(Clone, Default)]
pub struct Cancel(Arc<CancelInner>);

#[derive(Default)]
struct CancelInner {
    cancelled: AtomicBool,
    /// The tree of processes currently running, if any.
    running: Mutex<Option<Arc<platform::Tree>>>,
    /// Cancels of work started on this one's behalf.
    children: Mutex<Vec<Cancel>>,
}

impl Cancel {
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        let running = self
            .0
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(tree) = running.as_ref() {
            tree.kill();
        }
        drop(running);
        let children = std::mem::take(
            &mut *self
                .0
                .children
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        );
        for child in children {
            child.cancel();
        }
    }

    /// A cancel of its own for work done on this one's behalf: cancelled
    /// with this one, or alone.
    pub fn child(&self) -> Cancel {
        let child = Cancel::default();
        self.0
            .children
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(child.clone());
        if self.is_cancelled() {
            child.cancel();
        }
        child
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    fn set_running(&self, tree: Option<Arc<platform::Tree>>) {
        *self
            .0
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = tree;
    }
}

/// How the child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    /// Killed by the system for what it did: the signal's number on Unix,
    /// the exception's code (an NTSTATUS such as `0xC00000FD`) on Windows.
    /// [`crash_name`] names it.
    Signalled(i32),
    TimedOut,
    Cancelled,
}

/// A finished child.
#[derive(Debug, Clone)]
pub struct Finished {
    pub ending: Ending,
    pub stdout: Captured,
    pub stderr: Captured,
}

/// Runs `cmd` within `limits`; `cancel` may stop it from another thread.
pub fn run(mut cmd: Command, limits: &Limits, cancel: &Cancel) -> std::io::Result<Finished> {
    let start = Instant::now();
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    platform::prepare(&mut cmd, limits);
    if cancel.is_cancelled() {
        return Ok(Finished {
            ending: Ending::Cancelled,
            stdout: Captured::new(limits.output_cap),
            stderr: Captured::new(limits.output_cap),
        });
    }
    let mut child = cmd.spawn()?;
    let tree = match platform::adopt(&child, limits) {
        Ok(tree) => Arc::new(tree),
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(e);
        }
    };
    cancel.set_running(Some(Arc::clone(&tree)));
    // A cancel that landed between the check above and `set_running`.
    if cancel.is_cancelled() {
        tree.kill();
    }

    let (tx, rx) = mpsc::channel();
    let readers = [
        spawn_reader(
            child.stdout.take(),
            limits.output_cap,
            Stream::Stdout,
            tx.clone(),
        ),
        spawn_reader(child.stderr.take(), limits.output_cap, Stream::Stderr, tx),
    ];
    let exited = platform::wait_exited(&child, start + limits.timeout);
    // Whatever the child left running goes too, so that the pipes close and
    // nothing outlives the check; and before the child is reaped, so that on
    // Unix its process id, and so its group's, can't have been given to
    // another process yet. A cancel from another thread can't reach the
    // tree once it is no longer marked running.
    tree.kill();
    cancel.set_running(None);
    let status = child.wait()?;
    let exited = exited?;
    let ending = if cancel.is_cancelled() {
        Ending::Cancelled
    } else if !exited {
        Ending::TimedOut
    } else {
        platform::ending(status)
    };

    let mut stdout = Captured::new(limits.output_cap);
    let mut stderr = Captured::new(limits.output_cap);
    let grace = Instant::now() + Duration::from_secs(2);
    for _ in readers.iter().flatten() {
        let left = grace.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((Stream::Stdout, captured)) => stdout = captured,
            Ok((Stream::Stderr, captured)) => stderr = captured,
            Err(_) => break,
        }
    }
    Ok(Finished {
        ending,
        stdout,
        stderr,
    })
}
