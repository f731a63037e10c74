//! The sandbox on Unix: the child leads a process group of its own, which is
//! killed whole; its memory is capped with a resource limit set between fork
//! and exec, and it leaves no core dump.

use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus};
use std::sync::mpsc;
use std::time::Instant;

use rustix::process::{Pid, Resource, Rlimit, Signal, WaitId, WaitIdOptions, setrlimit, waitid};

use super::{Ending, Limits};

/// A child's process group.
pub struct Tree {
    pgid: i32,
}

impl Tree {
    /// Kills every process in the group.
    pub fn kill(&self) {
        if let Some(pid) = Pid::from_raw(self.pgid) {
            let _ = rustix::process::kill_process_group(pid, Signal::KILL);
        }
    }
}

/// Makes the child a group leader, with its limits set before it execs.
pub fn prepare(cmd: &mut Command, limits: &Limits) {
    cmd.process_group(0);
    let memory = limits.memory;
    let background = limits.background;
    // SAFETY: the closure makes only system calls that are async-signal-safe
    // (setrlimit, setpriority, and proc_pidinfo on macOS), and allocates
    // nothing.
    unsafe {
        cmd.pre_exec(move || {
            setrlimit(Resource::Core, exactly(0)).map_err(std::io::Error::from)?;
            if background {
                // A lower priority is a courtesy: nothing depends on it.
                let _ = rustix::process::setpriority_process(None, BACKGROUND_NICENESS);
            }
            if let Some(bytes) = memory {
                cap_memory(bytes)?;
            }
            Ok(())
        });
    }
}

/// How much a background child defers to the rest (0 is normal, 19 the
/// least demanding).
const BACKGROUND_NICENESS: i32 = 10;

/// The group `child` leads: `prepare` made it leader of its own.
pub fn adopt(child: &Child, _limits: &Limits) -> std::io::Result<Tree> {
    Ok(Tree {
        pgid: child.id() as i32,
    })
}

fn exactly(bytes: u64) -> Rlimit {
    Rlimit {
        current: Some(bytes),
        maximum: Some(bytes),
    }
}

/// Linux counts every writable private mapping against `RLIMIT_DATA`, the
/// heap and `mmap`ed memory alike, and leaves the rest of the address space
/// (code, shared libraries) alone.
#[cfg(not(target_os = "macos"))]
fn cap_memory(bytes: u64) -> std::io::Result<()> {
    setrlimit(Resource::Data, exactly(bytes)).map_err(std::io::Error::from)
}

/// macOS counts its whole address space against both `RLIMIT_DATA` and
/// `RLIMIT_AS`: the shared cache and the allocator's reservations, gigabytes
/// before `main`, are in it, and a limit below what is mapped already is
/// refused. So the cap is the address space this process has now, plus
/// `bytes`: the limit outlives exec, and the program's fresh address space
/// starts no larger than memkata's, so it may grow by at least `bytes`. A
/// kernel that won't take the limit (macOS 11 and older ignore it) leaves
/// the program uncapped rather than unrun.
#[cfg(target_os = "macos")]
fn cap_memory(bytes: u64) -> std::io::Result<()> {
    if let Some(mapped) = mapped_bytes() {
        let _ = setrlimit(Resource::As, exactly(mapped.saturating_add(bytes)));
    }
    Ok(())
}

/// The size of this process's address space, as the kernel compares it
/// with `RLIMIT_AS`.
#[cfg(target_os = "macos")]
fn mapped_bytes() -> Option<u64> {
    let mut info = std::mem::MaybeUninit::<libc::proc_taskinfo>::zeroed();
    let size = size_of::<libc::proc_taskinfo>() as libc::c_int;
    // SAFETY: `info` has room for the `size` bytes this flavour writes.
    let written = unsafe {
        libc::proc_pidinfo(
            libc::getpid(),
            libc::PROC_PIDTASKINFO,
            0,
            info.as_mut_ptr().cast(),
            size,
        )
    };
    // SAFETY: the kernel filled `info` when it wrote all of it.
    (written == size).then(|| unsafe { info.assume_init() }.pti_virtual_size)
}

/// Waits until `child` has exited or `deadline` has passed, whichever is
/// first, without reaping it: true if it exited.
pub fn wait_exited(child: &Child, deadline: Instant) -> std::io::Result<bool> {
    let pid = child.id() as i32;
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("memkata-wait".into())
        .spawn(move || {
            let _ = tx.send(block_until_exited(pid));
        })?;
    let left = deadline.saturating_duration_since(Instant::now());
    match rx.recv_timeout(left) {
        Ok(result) => result.map(|()| true),
        Err(mpsc::RecvTimeoutError::Timeout) => Ok(false),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(std::io::Error::other(
            "the thread waiting for the program ended unexpectedly",
        )),
    }
}

/// Blocks until process `pid` has exited, without reaping it.
fn block_until_exited(pid: i32) -> std::io::Result<()> {
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

/// How a child that ended by itself ended.
pub fn ending(status: ExitStatus) -> Ending {
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(signal)) => Ending::Signalled(signal),
        (None, None) => Ending::Exited(-1),
    }
}

/// `SIGSEGV` for 11, and so on: the platform's own numbers, which differ
/// between Linux and macOS (`SIGBUS` is 7 on one, 10 on the other).
pub fn crash_name(signal: i32) -> String {
    let name = match signal {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGSYS => "SIGSYS",
        _ => return format!("signal {signal}"),
    };
    name.to_string()
}
