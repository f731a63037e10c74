//! The learner's progress: `.memkata/state.json`.
//!
//! Every change is a read-modify-write under a lock, so `memkata hint` in one
//! terminal and the watch loop in another never overwrite each other; the
//! file is replaced atomically. A file that can't be read is set aside, never
//! deleted, and progress is rebuilt from the verdict cache.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::fsutil;
use crate::verdict::Verdict;
use crate::workspace::Workspace;

const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// The exercise the learner is on.
    #[serde(default)]
    pub current: Option<String>,
    #[serde(default)]
    pub exercises: BTreeMap<String, Record>,
}

/// One exercise's history.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    #[serde(default)]
    pub done: bool,
    /// Builds of a changed file (and answers, for a quiz).
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub hints_shown: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<QuizRecord>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct QuizRecord {
    /// Every letter given, in order.
    pub answers: String,
    pub right_first_time: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            version: VERSION,
            current: None,
            exercises: BTreeMap::new(),
        }
    }
}

impl State {
    /// The record of `name`, created (first seen now) if there is none.
    pub fn record(&mut self, name: &str) -> &mut Record {
        let record = self.exercises.entry(name.to_string()).or_default();
        if record.first_seen.is_none() {
            record.first_seen = Some(fsutil::now_rfc3339());
        }
        record
    }

    pub fn is_done(&self, name: &str) -> bool {
        self.exercises.get(name).is_some_and(|r| r.done)
    }

    /// Marks an exercise done; the first time is the one remembered.
    pub fn mark_done(&mut self, name: &str) {
        let record = self.record(name);
        if !record.done {
            record.done = true;
            record.done_at = Some(fsutil::now_rfc3339());
        }
    }

    pub fn done_count(&self, catalogue: &Catalogue) -> usize {
        catalogue
            .exercises
            .iter()
            .filter(|e| self.is_done(&e.name))
            .count()
    }

    /// Index of the current exercise: the one remembered if it still exists,
    /// else the first not done, else the last.
    pub fn current_index(&self, catalogue: &Catalogue) -> usize {
        self.current
            .as_deref()
            .and_then(|name| catalogue.index_of(name))
            .or_else(|| self.next_pending(catalogue, None))
            .unwrap_or(catalogue.exercises.len().saturating_sub(1))
    }

    /// The first exercise not done after `after` (wrapping round), or from
    /// the start when `after` is None.
    pub fn next_pending(&self, catalogue: &Catalogue, after: Option<usize>) -> Option<usize> {
        let n = catalogue.exercises.len();
        let start = after.map_or(0, |i| i + 1);
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| !self.is_done(&catalogue.exercises[i].name))
    }
}

/// Where the state lives, and the lock that serializes changes to it.
pub struct Store {
    path: PathBuf,
    lock: PathBuf,
    /// Warnings kept for the caller rather than printed (the watch screen
    /// shows them itself).
    notices: Option<std::sync::Mutex<Vec<String>>>,
}

impl Store {
    pub fn new(workspace: &Workspace) -> Store {
        let dot = workspace.dot_dir();
        Store {
            path: dot.join("state.json"),
            lock: dot.join("state.lock"),
            notices: None,
        }
    }

    /// A store whose warnings are collected for [`Store::take_notices`]
    /// instead of printed.
    pub fn quiet(workspace: &Workspace) -> Store {
        Store {
            notices: Some(std::sync::Mutex::default()),
            ..Store::new(workspace)
        }
    }

    /// The warnings collected so far.
    pub fn take_notices(&self) -> Vec<String> {
        self.notices
            .as_ref()
            .and_then(|n| n.lock().ok().map(|mut n| std::mem::take(&mut *n)))
            .unwrap_or_default()
    }

    /// The state as it is now.
    pub fn load(&self, workspace: &Workspace) -> Result<State> {
        let _lock = self.lock()?;
        self.read(workspace)
    }

    /// Changes the state with `f` and saves it, under the lock.
    pub fn update<R>(&self, workspace: &Workspace, f: impl FnOnce(&mut State) -> R) -> Result<R> {
        let _lock = self.lock()?;
        let mut state = self.read(workspace)?;
        let result = f(&mut state);
        let json = serde_json::to_vec_pretty(&state).context("could not encode the state")?;
        fsutil::write_atomic(&self.path, &json)
            .with_context(|| format!("could not save progress to {}", self.path.display()))?;
        Ok(result)
    }

    fn lock(&self) -> Result<File> {
        if let Some(dir) = self.lock.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("could not create {}", dir.display()))?;
        }
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock)
            .with_context(|| format!("could not open {}", self.lock.display()))?;
        file.lock()
            .with_context(|| format!("could not lock {}", self.lock.display()))?;
        Ok(file)
    }

    fn read(&self, workspace: &Workspace) -> Result<State> {
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::default()),
            Err(e) => {
                return Err(e).with_context(|| format!("could not read {}", self.path.display()));
            }
        };
        match serde_json::from_slice::<State>(&bytes) {
            Ok(state) if state.version == VERSION => Ok(state),
            Ok(state) => self.set_aside(
                workspace,
                &format!(
                    "it was written by another version of memkata (format {})",
                    state.version
                ),
            ),
            Err(e) => self.set_aside(workspace, &e.to_string()),
        }
    }

    /// Moves an unreadable state file aside and rebuilds progress from the
    /// verdicts memkata remembers.
    fn set_aside(&self, workspace: &Workspace, why: &str) -> Result<State> {
        let kept = self
            .path
            .with_file_name(format!("state.json.corrupt-{}", fsutil::file_stamp()));
        std::fs::rename(&self.path, &kept).with_context(|| {
            format!(
                "{} is unreadable ({why}) and could not be moved aside",
                self.path.display()
            )
        })?;
        let state = rebuild(workspace);
        let done = state.exercises.values().filter(|r| r.done).count();
        let warning = format!(
            "{} was unreadable ({why}). It was kept as {}; progress was rebuilt from the exercises that last passed: {done} done.",
            self.path.display(),
            kept.display(),
        );
        match &self.notices {
            Some(notices) => {
                if let Ok(mut n) = notices.lock() {
                    n.push(warning);
                }
            }
            None => eprintln!("{} {warning}", console::style("warning:").yellow().bold()),
        }
        Ok(state)
    }
}

/// Progress as the verdict cache knows it: the exercises whose last verdict
/// was a pass.
fn rebuild(workspace: &Workspace) -> State {
    let mut state = State::default();
    let cache = workspace.dot_dir().join("cache");
    for exercise in &workspace.catalogue.exercises {
        let Ok(bytes) = std::fs::read(cache.join(format!("{}.json", exercise.name))) else {
            continue;
        };
        let passed = serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|v| v["value"]["verdict"].as_str().map(|s| s == "passed"))
            .unwrap_or(false);
        if passed {
            let record = Record {
                done: true,
                last_verdict: Some(Verdict::Passed),
                ..Record::default()
            };
            state.exercises.insert(exercise.name.clone(), record);
        }
    }
    state
}
