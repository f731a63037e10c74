//! Running a learner's program as the hostile input it may be.
//!
//! Every child gets a process group of its own (killed whole on timeout or
//! cancel), a wall-clock limit, a cap on the memory it may map, and its output
//! read into bounded buffers: the first part and the last part are kept, the
//! middle is counted and dropped, so memkata stays small whatever it prints.

use std::collections::VecDeque;
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

/// What a child may use.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
    /// Bytes of writable memory the child may map (`RLIMIT_DATA`).
    pub memory: Option<u64>,
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
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout: Self::DEFAULT_TIMEOUT,
            output_cap: Self::DEFAULT_OUTPUT_CAP,
            memory: Some(Self::DEFAULT_MEMORY),
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
    /// The process group currently running, if any.
    running: Mutex<Option<i32>>,
}

impl Cancel {
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        let running = self
            .0
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(pgid) = *running {
            kill_group(pgid);
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    fn set_running(&self, pgid: Option<i32>) {
        *self
            .0
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = pgid;
    }
}

/// How the child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    Signalled(i32),
    TimedOut,
    Cancelled,
}

/// One output stream, bounded.
#[derive(Debug, Default, Clone)]
pub struct Captured {
    head: Vec<u8>,
    tail: VecDeque<u8>,
    /// Bytes read but neither in `head` nor in `tail`.
    dropped: u64,
    head_cap: usize,
    tail_cap: usize,
}

impl Captured {
    fn new(cap: usize) -> Self {
        let tail_cap = (cap / 4).min(64 * 1024);
        Self {
            head_cap: cap - tail_cap,
            tail_cap,
            ..Self::default()
        }
    }

    fn push(&mut self, mut bytes: &[u8]) {
        if self.head.len() < self.head_cap {
            let take = bytes.len().min(self.head_cap - self.head.len());
            self.head.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
        }
        if bytes.is_empty() {
            return;
        }
        if bytes.len() >= self.tail_cap {
            self.dropped += (self.tail.len() + bytes.len() - self.tail_cap) as u64;
            self.tail.clear();
            self.tail.extend(&bytes[bytes.len() - self.tail_cap..]);
            return;
        }
        let overflow = (self.tail.len() + bytes.len()).saturating_sub(self.tail_cap);
        self.tail.drain(..overflow);
        self.dropped += overflow as u64;
        self.tail.extend(bytes);
    }

    /// Whether some of the output was dropped.
    pub fn was_cut(&self) -> bool {
        self.dropped > 0
    }

    /// The output as text, with a line saying what was cut, if anything.
    pub fn text(&self) -> String {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        if self.dropped > 0 {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!(
                "\n[… output cut: {} not shown (memkata keeps the first {} and the last {} of each stream) …]\n\n",
                crate::human::bytes(self.dropped),
                crate::human::bytes(self.head_cap as u64),
                crate::human::bytes(self.tail_cap as u64),
            ));
        }
        let (a, b) = self.tail.as_slices();
        let mut tail = a.to_vec();
        tail.extend_from_slice(b);
        text.push_str(&String::from_utf8_lossy(&tail));
        text
    }

    /// Everything kept, when nothing was cut (a quiz's stdout compared exactly).
    pub fn exact(&self) -> Option<String> {
        if self.dropped > 0 {
            return None;
        }
        let mut all = self.head.clone();
        all.extend(self.tail.iter());
        String::from_utf8(all).ok()
    }
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
    use std::os::unix::process::CommandExt;

    let start = Instant::now();
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let memory = limits.memory;
    // SAFETY: the closure only makes setrlimit system calls, which are
    // async-signal-safe, and allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            use rustix::process::{Resource, Rlimit, setrlimit};
            let none = Rlimit {
                current: Some(0),
                maximum: Some(0),
            };
            setrlimit(Resource::Core, none).map_err(std::io::Error::from)?;
            if let Some(bytes) = memory {
                let cap = Rlimit {
                    current: Some(bytes),
                    maximum: Some(bytes),
                };
                setrlimit(Resource::Data, cap).map_err(std::io::Error::from)?;
            }
            Ok(())
        });
    }
    if cancel.is_cancelled() {
        return Ok(Finished {
            ending: Ending::Cancelled,
            stdout: Captured::new(limits.output_cap),
            stderr: Captured::new(limits.output_cap),
        });
    }
    let mut child = cmd.spawn()?;
    let pgid = child.id() as i32;
    cancel.set_running(Some(pgid));
    // A cancel that landed between the check above and `set_running`.
    if cancel.is_cancelled() {
        kill_group(pgid);
    }

    let (tx, rx) = mpsc::channel();
    let readers = [
        spawn_reader(child.stdout.take(), limits.output_cap, 0, tx.clone()),
        spawn_reader(child.stderr.take(), limits.output_cap, 1, tx),
    ];
    let ending = wait(&mut child, start + limits.timeout, cancel)?;

    let mut stdout = Captured::new(limits.output_cap);
    let mut stderr = Captured::new(limits.output_cap);
    let grace = Instant::now() + Duration::from_secs(2);
    for _ in readers.iter().flatten() {
        let left = grace.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((0, captured)) => stdout = captured,
            Ok((_, captured)) => stderr = captured,
            Err(_) => break,
        }
    }
    Ok(Finished {
        ending,
        stdout,
        stderr,
    })
}

/// Waits for the child until `deadline`. The child is left unreaped until
/// its whole process group has been killed: while it is unreaped its id
/// can't be given to another process, so the kill reaches only its own.
fn wait(child: &mut Child, deadline: Instant, cancel: &Cancel) -> std::io::Result<Ending> {
    use std::os::unix::process::ExitStatusExt;
    let pid = child.id() as i32;
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("memkata-wait".into())
        .spawn(move || {
            let _ = tx.send(wait_exited(pid));
        })?;
    let left = deadline.saturating_duration_since(Instant::now());
    let exited = match rx.recv_timeout(left) {
        Ok(result) => result.map(|()| true),
        Err(mpsc::RecvTimeoutError::Timeout) => Ok(false),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(std::io::Error::other(
            "the thread waiting for the program ended unexpectedly",
        )),
    };
    // Whatever the child left running in its group goes too, so that the
    // pipes close and nothing outlives the check. A cancel from another
    // thread can't reach the group once it is no longer marked running.
    kill_group(pid);
    cancel.set_running(None);
    let status = child.wait()?;
    let exited = exited?;
    Ok(if cancel.is_cancelled() {
        Ending::Cancelled
    } else if !exited {
        Ending::TimedOut
    } else {
        match (status.code(), status.signal()) {
            (Some(code), _) => Ending::Exited(code),
            (None, Some(signal)) => Ending::Signalled(signal),
            (None, None) => Ending::Exited(-1),
        }
    })
}

/// Blocks until process `pid` has exited, without reaping it.
fn wait_exited(pid: i32) -> std::io::Result<()> {
    use rustix::process::{Pid, WaitId, WaitIdOptions, waitid};
    let pid = Pid::from_raw(pid).ok_or_else(|| std::io::Error::other("no process id"))?;
    loop {
        match waitid(
            WaitId::Pid(pid),
            WaitIdOptions::EXITED | WaitIdOptions::NOWAIT,
        ) {
            Ok(_) => return Ok(()),
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

type Sent = (u8, Captured);

fn spawn_reader(
    pipe: Option<impl Read + Send + 'static>,
    cap: usize,
    which: u8,
    tx: mpsc::Sender<Sent>,
) -> Option<std::thread::JoinHandle<()>> {
    let mut pipe = pipe?;
    std::thread::Builder::new()
        .name("memkata-output".into())
        .spawn(move || {
            let mut captured = Captured::new(cap);
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match pipe.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => captured.push(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
            let _ = tx.send((which, captured));
        })
        .ok()
}

fn kill_group(pgid: i32) {
    if let Some(pid) = rustix::process::Pid::from_raw(pgid) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

/// `SIGSEGV` for 11, and so on.
pub fn signal_name(signal: i32) -> String {
    let name = match signal {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        31 => "SIGSYS",
        _ => return format!("signal {signal}"),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captured_keeps_head_and_tail() {
        let mut c = Captured::new(16);
        c.push(b"0123456789abc");
        c.push(b"defghijklmnop");
        assert!(c.was_cut());
        let text = c.text();
        assert!(text.starts_with("0123456789ab"), "{text}");
        assert!(text.ends_with("mnop"), "{text}");
        assert_eq!(c.dropped, 26 - 16);
    }

    #[test]
    fn captured_small_output_is_exact() {
        let mut c = Captured::new(1024);
        c.push(b"hello\n");
        assert_eq!(c.exact().as_deref(), Some("hello\n"));
        assert_eq!(c.text(), "hello\n");
    }
}
