//! Everything the loop knows about the exercise on screen. Entering an
//! exercise starts from `Focus::default()`: nothing of the last one lingers,
//! and a check still running for it is cancelled when its [`Job`] drops.

use std::time::Instant;

use crate::engine::Cancel;
use crate::probe::Measurement;
use crate::quiz::{Answered, QuizRun};
use crate::verdict::Outcome;

#[derive(Default)]
pub struct Focus {
    /// The check or quiz build in flight, if any.
    pub job: Option<Job>,
    /// What the last check of a kata concluded.
    pub latest: Latest,
    pub quiz: QuizFocus,
    /// Hash of the file's bytes when last checked.
    pub checked_hash: Option<String>,
    /// When the last save arrived, while waiting for saves to settle.
    pub settle_from: Option<Instant>,
    pub file: FileState,
    /// The reference solution's figures, for a kata that measures.
    pub reference: Option<Vec<Measurement>>,
    pub hints_visible: usize,
    pub scroll: usize,
    pub passed: Passed,
    /// Whether the build cache was asked to warm for this exercise.
    pub prepared: bool,
    /// Whether the latest outcome is on screen but not yet recorded.
    pub unrecorded: bool,
}

/// Work in flight for the exercise on screen; dropping it cancels it.
pub struct Job {
    pub generation: u64,
    cancel: Cancel,
}

impl Job {
    pub fn new(generation: u64, cancel: Cancel) -> Job {
        Job { generation, cancel }
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

/// The last conclusion about a kata.
#[derive(Default)]
pub enum Latest {
    #[default]
    Nothing,
    Outcome(Outcome),
    /// The check could not be done, and why.
    Failed(String),
}

impl Latest {
    pub fn outcome(&self) -> Option<&Outcome> {
        match self {
            Latest::Outcome(o) => Some(o),
            _ => None,
        }
    }
}

/// A quiz on screen.
#[derive(Default)]
pub struct QuizFocus {
    /// The program the quiz asks about (the course's copy).
    pub program: String,
    /// What the compiler said, once it has.
    pub run: Option<Result<QuizRun, String>>,
    /// A letter pressed before the compiler had answered.
    pub queued: Option<usize>,
    pub answered: Option<Answered>,
}

/// Whether the exercise's file is there.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    #[default]
    Present,
    /// Gone since then: editors that delete and recreate leave a gap.
    GoneSince(Instant),
    /// Gone for longer than such a gap.
    Missing,
}

/// After a pass.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    #[default]
    No,
    /// Moving on by itself at this moment, unless a key holds it.
    Advancing(Instant),
    /// Staying until `n`.
    Waiting,
}

impl Focus {
    /// Whether a check or quiz build is running.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }
}
