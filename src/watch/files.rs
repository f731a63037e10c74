//! Noticing saves, however an editor makes them: written in place, written
//! to a temporary file renamed over the original (vim, JetBrains' safe
//! write), or deleted and created again. Watching the folder rather than the
//! file sees all three. Where file events don't arrive (WSL's `/mnt/*`,
//! network mounts), the folder is polled instead.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{Config, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::Event;

/// How often a polled folder is looked at.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

pub struct Files {
    _watcher: Box<dyn Watcher + Send>,
    /// Why polling is used, when it is.
    pub polling: Option<String>,
}

/// Watches `dir` (recursively), sending [`Event::File`] for changes of
/// files that could be exercises.
pub fn watch(dir: &Path, force_poll: bool, tx: Sender<Event>) -> notify::Result<Files> {
    let why_poll = if force_poll {
        Some("--poll".to_string())
    } else {
        events_unreliable(dir)
    };
    if why_poll.is_none() {
        let events = tx.clone();
        let watcher = RecommendedWatcher::new(handler(events), Config::default())
            .and_then(|mut w| w.watch(dir, RecursiveMode::Recursive).map(|()| w));
        match watcher {
            Ok(w) => {
                return Ok(Files {
                    _watcher: Box::new(w),
                    polling: None,
                });
            }
            Err(e) => return poll(dir, tx, format!("file events are unavailable ({e})")),
        }
    }
    poll(dir, tx, why_poll.unwrap_or_default())
}

fn poll(dir: &Path, tx: Sender<Event>, why: String) -> notify::Result<Files> {
    let config = Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    let mut watcher = PollWatcher::new(handler(tx), config)?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    Ok(Files {
        _watcher: Box::new(watcher),
        polling: Some(why),
    })
}

fn handler(tx: Sender<Event>) -> impl notify::EventHandler {
    move |result: notify::Result<notify::Event>| {
        let Ok(event) = result else { return };
        let complete = is_complete(&event.kind);
        if event.kind.is_access() && !complete {
            return;
        }
        let paths: Vec<PathBuf> = event.paths.into_iter().filter(|p| relevant(p)).collect();
        if !paths.is_empty() {
            let _ = tx.send(Event::File { paths, complete });
        }
    }
}

/// Whether an event says a save is finished: the file was closed after
/// writing, or a whole new file was renamed into place. Other changes
/// (a write still going on) wait for saves to settle.
fn is_complete(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
    )
}

/// Whether a changed path could be an exercise: not an editor's swap,
/// backup or temporary file, not a build product.
fn relevant(path: &Path) -> bool {
    if path
        .components()
        .any(|c| matches!(c.as_os_str().to_str(), Some(".memkata" | "target" | ".git")))
    {
        return false;
    }
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let swap = name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".swx", ".tmp", ".bak"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name == "4913";
    !swap
}

/// Why file events would not arrive for `dir`, if they would not.
fn events_unreliable(dir: &Path) -> Option<String> {
    let path = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    #[cfg(target_os = "linux")]
    {
        let wsl = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .is_ok_and(|r| r.to_lowercase().contains("microsoft"));
        if wsl && path.starts_with("/mnt") {
            return Some("WSL does not report changes to Windows folders".into());
        }
    }
    network_mount(&path).map(|kind| format!("file events are unreliable on {kind} mounts"))
}

/// The kind of network or user-space file system `path` is on, if it is on
/// one: Linux tells by the file system's magic number.
#[cfg(target_os = "linux")]
fn network_mount(path: &Path) -> Option<&'static str> {
    let fs = rustix::fs::statfs(path).ok()?;
    match fs.f_type as u64 {
        0x6969 => Some("NFS"),
        0x517b | 0xff53_4d42 | 0xfe53_4d42 => Some("SMB"),
        0x0102_1997 => Some("9p"),
        0x6573_5546 => Some("FUSE"),
        _ => None,
    }
}

/// The kind of network or user-space file system `path` is on, if it is on
/// one: macOS tells by the file system's name.
#[cfg(target_os = "macos")]
fn network_mount(path: &Path) -> Option<&'static str> {
    let fs = rustix::fs::statfs(path).ok()?;
    let name: Vec<u8> = fs
        .f_fstypename
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    match name.as_slice() {
        b"nfs" => Some("NFS"),
        b"smbfs" => Some("SMB"),
        b"afpfs" => Some("AFP"),
        b"webdav" => Some("WebDAV"),
        b"macfuse" | b"osxfuse" => Some("FUSE"),
        _ => None,
    }
}

/// Elsewhere the platform's file events are trusted.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn network_mount(_path: &Path) -> Option<&'static str> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_leftovers_are_ignored() {
        for name in ["a.rs~", ".a.rs.swp", "4913", ".#a.rs", "#a.rs#", "a.rs.tmp"] {
            assert!(!relevant(Path::new(name)), "{name}");
        }
        assert!(relevant(Path::new("exercises/box/box1.rs")));
        assert!(relevant(Path::new("exercises/box/box1.rs___jb_tmp___")));
        assert!(!relevant(Path::new(".memkata/state.json")));
    }
}
