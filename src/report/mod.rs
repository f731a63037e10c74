//! The class report: many learners' progress records read into one picture
//! (who is where, which exercises hurt), rendered as a text table, CSV or a
//! self-contained HTML page.

pub mod csv;
pub mod html;
pub mod text;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::progress::{ExerciseProgress, Progress};

/// Attempts without a pass after which a learner counts as stuck.
pub const STUCK_ATTEMPTS: u32 = 5;

/// Where one learner stands on one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Done,
    InProgress,
    Stuck,
    NotStarted,
}

impl Cell {
    pub fn of(e: &ExerciseProgress) -> Cell {
        if e.done {
            Cell::Done
        } else if e.attempts >= STUCK_ATTEMPTS {
            Cell::Stuck
        } else if e.attempts > 0 || e.hints_shown > 0 {
            Cell::InProgress
        } else {
            Cell::NotStarted
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Cell::Done => "done",
            Cell::InProgress => "in progress",
            Cell::Stuck => "stuck",
            Cell::NotStarted => "not started",
        }
    }
}

/// One exercise across the class.
#[derive(Debug, Clone)]
pub struct ExerciseStats {
    pub name: String,
    pub topic: String,
    pub finished: usize,
    /// Learners who made at least one attempt.
    pub started: usize,
    pub stuck: usize,
    /// Median attempts of the learners who made any.
    pub median_attempts: Option<f64>,
}

/// A file that could not be used, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub file: PathBuf,
    pub why: String,
}

#[derive(Debug)]
pub struct Class {
    pub learners: Vec<Progress>,
    /// Every exercise seen, in course order.
    pub exercises: Vec<ExerciseStats>,
    pub skipped: Vec<Skipped>,
}

impl Class {
    /// Reads every file; the bad ones are listed in `skipped`, never fatal.
    pub fn read(files: &[PathBuf]) -> Class {
        let mut learners: Vec<Progress> = Vec::new();
        let mut from: HashMap<String, PathBuf> = HashMap::new();
        let mut skipped = Vec::new();
        for file in files {
            match read_one(file) {
                Err(why) => skipped.push(Skipped {
                    file: file.clone(),
                    why,
                }),
                Ok(progress) => {
                    if let Some(first) = from.get(&progress.learner) {
                        skipped.push(Skipped {
                            file: file.clone(),
                            why: format!(
                                "learner '{}' is already in {}",
                                progress.learner,
                                first.display()
                            ),
                        });
                        continue;
                    }
                    from.insert(progress.learner.clone(), file.clone());
                    learners.push(progress);
                }
            }
        }
        learners.sort_by_key(|l| l.learner.to_lowercase());
        let exercises = stats(&learners);
        Class {
            learners,
            exercises,
            skipped,
        }
    }

    /// The learner's record of `exercise`, if any.
    pub fn cell(&self, learner: &Progress, exercise: &str) -> Cell {
        learner
            .exercises
            .iter()
            .find(|e| e.name == exercise)
            .map_or(Cell::NotStarted, Cell::of)
    }

    /// Exercises from hardest to easiest: most stuck, lowest completion
    /// among those who started, most attempts.
    pub fn hardest(&self) -> Vec<&ExerciseStats> {
        let mut list: Vec<&ExerciseStats> =
            self.exercises.iter().filter(|e| e.started > 0).collect();
        list.sort_by(|a, b| {
            let rate = |e: &ExerciseStats| e.finished as f64 / e.started.max(1) as f64;
            b.stuck
                .cmp(&a.stuck)
                .then(rate(a).total_cmp(&rate(b)))
                .then(
                    b.median_attempts
                        .unwrap_or(0.0)
                        .total_cmp(&a.median_attempts.unwrap_or(0.0)),
                )
        });
        list
    }
}

/// Where a learner is: the first exercise not done they have tried, else
/// their current one.
pub fn whereabouts(learner: &Progress) -> Option<(&ExerciseProgress, Cell)> {
    let stuck = learner
        .exercises
        .iter()
        .find(|e| Cell::of(e) == Cell::Stuck);
    if let Some(e) = stuck {
        return Some((e, Cell::Stuck));
    }
    let current = learner.current.as_deref()?;
    learner
        .exercises
        .iter()
        .find(|e| e.name == current)
        .map(|e| (e, Cell::of(e)))
}

pub fn hints_used(learner: &Progress) -> u32 {
    learner.exercises.iter().map(|e| e.hints_shown).sum()
}

pub fn attempts(learner: &Progress) -> u32 {
    learner.exercises.iter().map(|e| e.attempts).sum()
}

fn read_one(file: &Path) -> Result<Progress, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("could not read it ({e})"))?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| format!("not JSON ({e})"))?;
    let version = value
        .get("memkata")
        .and_then(|v| v.as_str())
        .map(str::to_string);
    serde_json::from_value::<Progress>(value).map_err(|e| match version {
        Some(v) if v != env!("CARGO_PKG_VERSION") => format!(
            "written by memkata {v} in a shape this version ({}) does not read ({e})",
            env!("CARGO_PKG_VERSION")
        ),
        Some(_) => format!("not a complete progress record ({e})"),
        None => format!(
            "not a memkata progress record: make one with `memkata progress --format json` ({e})"
        ),
    })
}

fn stats(learners: &[Progress]) -> Vec<ExerciseStats> {
    let mut order: Vec<(String, String)> = Vec::new();
    for learner in learners {
        for e in &learner.exercises {
            if !order.iter().any(|(n, _)| *n == e.name) {
                order.push((e.name.clone(), e.topic.clone().unwrap_or_default()));
            }
        }
    }
    order
        .into_iter()
        .map(|(name, topic)| {
            let records: Vec<&ExerciseProgress> = learners
                .iter()
                .filter_map(|l| l.exercises.iter().find(|e| e.name == name))
                .collect();
            let mut tries: Vec<u32> = records
                .iter()
                .map(|e| e.attempts)
                .filter(|&a| a > 0)
                .collect();
            tries.sort_unstable();
            ExerciseStats {
                finished: records.iter().filter(|e| e.done).count(),
                started: records.iter().filter(|e| e.done || e.attempts > 0).count(),
                stuck: records
                    .iter()
                    .filter(|e| Cell::of(e) == Cell::Stuck)
                    .count(),
                median_attempts: median(&tries),
                name,
                topic,
            }
        })
        .collect()
}

fn median(sorted: &[u32]) -> Option<f64> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2] as f64),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// `3`, `2.5`, or `-`.
pub fn show_median(m: Option<f64>) -> String {
    match m {
        None => "-".into(),
        Some(m) if m.fract() == 0.0 => format!("{m:.0}"),
        Some(m) => format!("{m:.1}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3.0));
        assert_eq!(median(&[1, 4]), Some(2.5));
        assert_eq!(show_median(Some(2.5)), "2.5");
    }
}
