//! `memkata reset NAME`: the original file back, the learner's kept.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::workspace;
use crate::catalogue::Exercise;
use crate::fsutil;
use crate::workspace::Workspace;

pub fn reset(name: &str) -> Result<ExitCode> {
    let ws = workspace()?;
    let exercise = ws.catalogue.find(name)?;
    match restore(&ws, exercise)? {
        Restored::Unchanged => println!(
            "{} is already as it was at the start.",
            exercise.path().display()
        ),
        Restored::Recreated => println!("Restored {}.", exercise.path().display()),
        Restored::BackedUp(backup) => println!(
            "Restored {}.\nYour version is kept at {}.",
            exercise.path().display(),
            backup.strip_prefix(&ws.root).unwrap_or(&backup).display()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

pub enum Restored {
    Unchanged,
    Recreated,
    BackedUp(std::path::PathBuf),
}

/// Puts the original file back; the learner's version is copied to a
/// backup first. Nothing is overwritten without a copy.
pub fn restore(ws: &Workspace, exercise: &Exercise) -> Result<Restored> {
    let original = ws.original(exercise).with_context(|| {
        format!(
            "memkata has no original copy of {} (it keeps one from the first time it sees an exercise)",
            exercise.path().display()
        )
    })?;
    let path = ws.file(exercise);
    let restored = match std::fs::read(&path) {
        Ok(current) if current == original => return Ok(Restored::Unchanged),
        Ok(current) => {
            let backup = ws.backup_path(exercise);
            fsutil::write_atomic(&backup, &current).with_context(|| {
                format!("could not back up {}; nothing was changed", path.display())
            })?;
            Restored::BackedUp(backup)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Restored::Recreated,
        Err(e) => bail!(
            "could not read {}: {e}; nothing was changed",
            path.display()
        ),
    };
    fsutil::write_atomic(&path, &original)?;
    Ok(restored)
}
