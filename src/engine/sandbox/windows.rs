//! The sandbox on Windows: the child starts suspended, is put in a job object
//! of its own before it runs a single instruction (so everything it starts
//! is in the job too), and the job is what is killed, whole. The job also
//! caps each process's committed memory and turns an unhandled exception
//! into the process's end rather than an error-reporting dialog.

use std::os::windows::io::AsRawHandle;
use std::os::windows::process::CommandExt;
use std::process::{Child, Command, ExitStatus};
use std::time::Instant;

use windows_sys::Win32::Foundation::{
    CloseHandle, HANDLE, INVALID_HANDLE_VALUE, WAIT_OBJECT_0, WAIT_TIMEOUT,
};
use windows_sys::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, TH32CS_SNAPTHREAD, THREADENTRY32, Thread32First, Thread32Next,
};
use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION,
    JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE, JOB_OBJECT_LIMIT_PROCESS_MEMORY,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation,
    SetInformationJobObject, TerminateJobObject,
};
use windows_sys::Win32::System::Threading::{
    BELOW_NORMAL_PRIORITY_CLASS, CREATE_NEW_PROCESS_GROUP, CREATE_SUSPENDED, INFINITE, OpenThread,
    ResumeThread, THREAD_SUSPEND_RESUME, WaitForSingleObject,
};

use super::{Ending, Limits};

/// The exit code of the processes a kill ends. The ending is not read from
/// it: a killed child timed out or was cancelled, which `run` knows.
const KILLED: u32 = 1;

/// A child's job object. Closing it kills whatever is still in it.
pub struct Tree {
    job: Handle,
}

impl Tree {
    /// Kills every process in the job.
    pub fn kill(&self) {
        // SAFETY: the handle is a job object this Tree owns.
        unsafe {
            TerminateJobObject(self.job.0, KILLED);
        }
    }
}

/// A handle memkata owns and closes.
struct Handle(HANDLE);

// SAFETY: a kernel object's handle may be used and closed from any thread.
unsafe impl Send for Handle {}
// SAFETY: the functions called on it are safe to call concurrently.
unsafe impl Sync for Handle {}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle is open and owned by this value alone.
        unsafe {
            CloseHandle(self.0);
        }
    }
}

/// Starts the child suspended, to be put in its job first. In a process
/// group of its own, the child ignores the Ctrl-C the learner presses to
/// quit memkata, as a Unix child in its own group would.
pub fn prepare(cmd: &mut Command, limits: &Limits) {
    let priority = if limits.background {
        BELOW_NORMAL_PRIORITY_CLASS
    } else {
        0
    };
    cmd.creation_flags(CREATE_SUSPENDED | CREATE_NEW_PROCESS_GROUP | priority);
}

/// Puts the suspended `child` in a new job with `limits`, then lets it run.
pub fn adopt(child: &Child, limits: &Limits) -> std::io::Result<Tree> {
    let job = job(limits)?;
    let process = child.as_raw_handle() as HANDLE;
    // SAFETY: both handles are open; the process is the child's own.
    if unsafe { AssignProcessToJobObject(job.0, process) } == 0 {
        return Err(last_error("could not put the program in a job object"));
    }
    resume(child.id())?;
    Ok(Tree { job })
}

/// A job that kills its processes when closed, caps each one's memory, and
/// ends a process on an unhandled exception without a dialog.
fn job(limits: &Limits) -> std::io::Result<Handle> {
    // SAFETY: no security attributes and no name are valid arguments.
    let handle = unsafe { CreateJobObjectW(std::ptr::null(), std::ptr::null()) };
    if handle.is_null() {
        return Err(last_error("could not create a job object"));
    }
    let job = Handle(handle);
    // SAFETY: the structure is plain data, for which zero is "no limit".
    let mut info: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = unsafe { std::mem::zeroed() };
    info.BasicLimitInformation.LimitFlags =
        JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    if let Some(bytes) = limits.memory {
        info.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY;
        info.ProcessMemoryLimit = usize::try_from(bytes).unwrap_or(usize::MAX);
    }
    // SAFETY: `info` is the structure this information class names, and
    // its size is given.
    let set = unsafe {
        SetInformationJobObject(
            job.0,
            JobObjectExtendedLimitInformation,
            std::ptr::from_ref(&info).cast(),
            size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
        )
    };
    if set == 0 {
        return Err(last_error("could not set the job object's limits"));
    }
    Ok(job)
}

/// Resumes the threads of process `pid`: a process started suspended has
/// one, its main thread, which `std` does not hand out.
fn resume(pid: u32) -> std::io::Result<()> {
    // SAFETY: a snapshot of every thread in the system takes no pointers.
    let snapshot = unsafe { CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0) };
    if snapshot == INVALID_HANDLE_VALUE {
        return Err(last_error("could not list the program's threads"));
    }
    let snapshot = Handle(snapshot);
    // SAFETY: plain data; `dwSize` is set as the API requires.
    let mut entry: THREADENTRY32 = unsafe { std::mem::zeroed() };
    entry.dwSize = size_of::<THREADENTRY32>() as u32;
    let mut resumed = false;
    // SAFETY: `entry` is a THREADENTRY32 with its size set.
    let mut more = unsafe { Thread32First(snapshot.0, &mut entry) } != 0;
    while more {
        if entry.th32OwnerProcessID == pid {
            // SAFETY: opening a thread by id takes no pointers.
            let thread = unsafe { OpenThread(THREAD_SUSPEND_RESUME, 0, entry.th32ThreadID) };
            if !thread.is_null() {
                let thread = Handle(thread);
                // SAFETY: the handle is open with the right to resume.
                resumed |= unsafe { ResumeThread(thread.0) } != u32::MAX;
            }
        }
        // SAFETY: as for Thread32First.
        more = unsafe { Thread32Next(snapshot.0, &mut entry) } != 0;
    }
    if resumed {
        Ok(())
    } else {
        Err(last_error("could not start the program's main thread"))
    }
}

/// The last Windows error, with what memkata was doing.
fn last_error(doing: &str) -> std::io::Error {
    let error = std::io::Error::last_os_error();
    std::io::Error::new(error.kind(), format!("{doing}: {error}"))
}

/// Waits until `child` has exited or `deadline` has passed, whichever is
/// first, without reaping it: true if it exited.
pub fn wait_exited(child: &Child, deadline: Instant) -> std::io::Result<bool> {
    let process = child.as_raw_handle() as HANDLE;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let millis = u32::try_from(left.as_millis()).map_or(INFINITE - 1, |m| m.min(INFINITE - 1));
        // SAFETY: the process handle stays open while `child` lives.
        match unsafe { WaitForSingleObject(process, millis) } {
            WAIT_OBJECT_0 => return Ok(true),
            WAIT_TIMEOUT if Instant::now() >= deadline => return Ok(false),
            WAIT_TIMEOUT => continue,
            _ => return Err(last_error("could not wait for the program")),
        }
    }
}

/// How a child that ended by itself ended. A process that dies of an
/// exception exits with the exception's code, an NTSTATUS whose two top
/// bits say "error"; no program exits with such a code on purpose.
pub fn ending(status: ExitStatus) -> Ending {
    match status.code() {
        Some(code) if code as u32 >= 0xC000_0000 => Ending::Signalled(code),
        Some(code) => Ending::Exited(code),
        None => Ending::Exited(-1),
    }
}

/// The exception a process died of, by the name Windows documents for it.
/// Rust's `abort` (and so a failed allocation) is a fast fail, which Windows
/// reports as `STATUS_STACK_BUFFER_OVERRUN` whatever the cause: it is named
/// for what it is in a Rust program.
pub fn crash_name(code: i32) -> String {
    let name = match code as u32 {
        0xC000_0409 => "abort",
        0xC000_0005 => "STATUS_ACCESS_VIOLATION",
        0xC000_00FD => "STATUS_STACK_OVERFLOW",
        0xC000_001D => "STATUS_ILLEGAL_INSTRUCTION",
        0xC000_0094 => "STATUS_INTEGER_DIVIDE_BY_ZERO",
        0xC000_0096 => "STATUS_PRIVILEGED_INSTRUCTION",
        0xC000_0017 => "STATUS_NO_MEMORY",
        0xC000_0135 => "STATUS_DLL_NOT_FOUND",
        0xC000_0139 => "STATUS_ENTRYPOINT_NOT_FOUND",
        0xC000_013A => "STATUS_CONTROL_C_EXIT",
        0xC000_0374 => "STATUS_HEAP_CORRUPTION",
        other => return format!("exception {other:#010X}"),
    };
    name.to_string()
}
