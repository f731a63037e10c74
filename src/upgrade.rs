//! Bringing a workspace of the built-in course to the course of the running
//! memkata, without losing a line the learner wrote or a verdict they earned.
//!
//! Exercises are matched by id, so a renamed exercise keeps its file and its
//! progress. A file the learner never touched is replaced by its new
//! version; an edited one is kept, with the new version written beside it.
//! Exercises the new course dropped are moved aside, never deleted.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::catalogue::{Catalogue, Exercise, Kind};
use crate::course::{self, Stamp};
use crate::engine::cache::hash;
use crate::fsutil;
use crate::workspace::unix_path;

/// One thing `update` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A new exercise's file is written.
    Add { path: PathBuf },
    /// An untouched file is replaced by its new version (at a new path, if
    /// the exercise was renamed).
    Replace { from: PathBuf, to: PathBuf },
    /// A renamed exercise's file, edited by the learner, moves to its new
    /// name as it is.
    Move { from: PathBuf, to: PathBuf },
    /// An edited file is kept; the course's new version is written beside it.
    Beside { path: PathBuf, new: PathBuf },
    /// An earned reference solution is replaced by the new one.
    Solution { from: PathBuf, to: PathBuf },
    /// An exercise the course no longer has is moved aside.
    Aside { from: PathBuf, to: PathBuf },
}

impl Step {
    /// What the learner reads about this step.
    pub fn describe(&self) -> String {
        let show = |p: &Path| unix_path(p);
        match self {
            Step::Add { path } => format!("new        {}", show(path)),
            Step::Replace { from, to } if from == to => format!("updated    {}", show(to)),
            Step::Replace { from, to } => {
                format!("updated    {} (was {})", show(to), show(from))
            }
            Step::Move { from, to } => {
                format!(
                    "renamed    {} → {} (your work, as it is)",
                    show(from),
                    show(to)
                )
            }
            Step::Beside { path, new } => format!(
                "kept       {} (yours); the new version is beside it: {}",
                show(path),
                show(new)
            ),
            Step::Solution { from, to } => format!("solution   {} (was {})", show(to), show(from)),
            Step::Aside { from, to } => format!(
                "set aside  {} → {} (no longer in the course)",
                show(from),
                show(to)
            ),
        }
    }
}

/// The old course as the workspace holds it.
pub struct Old<'a> {
    pub catalogue: &'a Catalogue,
    pub stamp: &'a Stamp,
    /// The workspace's root.
    pub root: &'a Path,
    /// Whether the learner has passed the exercise of this id (and so
    /// earned its solution).
    pub done: &'a dyn Fn(&str) -> bool,
}

impl Old<'_> {
    /// Whether the learner never touched the file of `exercise`: it is as
    /// memkata wrote it (by the stamp's hash, or the copy kept at first sight).
    fn untouched(&self, exercise: &Exercise, bytes: &[u8]) -> bool {
        if let Some(recorded) = self.stamp.files.get(&exercise.id) {
            return *recorded == hash(&[bytes]);
        }
        let kept = self.root.join(".memkata/originals").join(exercise.path());
        std::fs::read(kept).is_ok_and(|original| original == bytes)
    }
}

/// What bringing the workspace to `new` takes.
pub fn plan(old: &Old<'_>, new: &Catalogue) -> Vec<Step> {
    let mut steps = Vec::new();
    for exercise in &new.exercises {
        let previous = old.catalogue.exercises.iter().find(|e| e.id == exercise.id);
        let Some(bytes) = course::exercise_file(exercise) else {
            continue;
        };
        match previous {
            None => {
                if !old.root.join(exercise.path()).exists() {
                    steps.push(Step::Add {
                        path: exercise.path(),
                    });
                }
            }
            Some(previous) => steps.extend(carry(old, previous, exercise, bytes)),
        }
    }
    for exercise in &old.catalogue.exercises {
        let gone = !new.exercises.iter().any(|e| e.id == exercise.id);
        if gone && old.root.join(exercise.path()).is_file() {
            steps.push(Step::Aside {
                from: exercise.path(),
                to: Path::new("removed").join(exercise.path()),
            });
        }
    }
    steps
}

/// The steps for an exercise both courses have.
fn carry(old: &Old<'_>, previous: &Exercise, exercise: &Exercise, new: &[u8]) -> Vec<Step> {
    let mut steps = Vec::new();
    let (from, to) = (previous.path(), exercise.path());
    match std::fs::read(old.root.join(&from)) {
        Err(_) => steps.push(Step::Add { path: to.clone() }),
        Ok(mine) if old.untouched(previous, &mine) => {
            if mine != new || from != to {
                steps.push(Step::Replace {
                    from: from.clone(),
                    to: to.clone(),
                });
            }
        }
        Ok(mine) => {
            if from != to {
                steps.push(Step::Move {
                    from: from.clone(),
                    to: to.clone(),
                });
            }
            if mine != new && exercise.kind() == Kind::Kata {
                steps.push(Step::Beside {
                    path: to.clone(),
                    new: beside(&to),
                });
            }
        }
    }
    let (sol_from, sol_to) = (previous.solution_path(), exercise.solution_path());
    // Only a solution the learner earned is brought up to date: update
    // never writes one for an exercise they have not passed.
    let earned = (old.done)(&exercise.id) && old.root.join(&sol_from).is_file();
    if earned && course::solution_file(exercise).is_some() {
        steps.push(Step::Solution {
            from: sol_from,
            to: sol_to,
        });
    }
    steps
}

/// Where the new version of an edited exercise goes: `name.new.rs`.
fn beside(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.new.rs"))
}

/// Carries out `steps` in `root` for the course `new`.
pub fn apply(root: &Path, new: &Catalogue, steps: &[Step]) -> Result<()> {
    let embedded = |path: &Path| -> Result<&'static [u8]> {
        course::file(&unix_path(path))
            .with_context(|| format!("the course has no {}", unix_path(path)))
    };
    let exercise_at = |path: &Path| new.exercises.iter().find(|e| e.path() == path);
    for step in steps {
        match step {
            Step::Add { path } | Step::Replace { to: path, .. } => {
                if let Step::Replace { from, to } = step
                    && from != to
                {
                    remove(root, from)?;
                }
                fsutil::write_atomic(&root.join(path), embedded(path)?)?;
            }
            Step::Move { from, to } | Step::Aside { from, to } => rename(root, from, to)?,
            Step::Beside { path, new } => {
                fsutil::write_atomic(&root.join(new), embedded(path)?)?;
            }
            Step::Solution { from, to } => {
                let exercise = exercise_at(&to_exercise_path(to));
                let bytes = exercise
                    .and_then(course::solution_file)
                    .with_context(|| format!("the course has no {}", unix_path(to)))?;
                if from != to {
                    remove(root, from)?;
                }
                fsutil::write_atomic(&root.join(to), bytes)?;
            }
        }
    }
    Ok(())
}

/// `solutions/x/y.rs` → `exercises/x/y.rs`.
fn to_exercise_path(solution: &Path) -> PathBuf {
    let mut parts = solution.components();
    parts.next();
    Path::new("exercises").join(parts.as_path())
}

fn rename(root: &Path, from: &Path, to: &Path) -> Result<()> {
    let target = root.join(to);
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create {}", dir.display()))?;
    }
    std::fs::rename(root.join(from), &target)
        .with_context(|| format!("could not move {} to {}", unix_path(from), unix_path(to)))
}

fn remove(root: &Path, path: &Path) -> Result<()> {
    match std::fs::remove_file(root.join(path)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("could not remove {}", unix_path(path)))
        }
        _ => Ok(()),
    }
}
