//! Work the loop hands to other threads, each ending in one event on the
//! loop's channel: checking the current exercise, building a quiz, the
//! reference solution's figures, checking everything, `rustc --explain`.
//!
//! A job that can't even be started says so: its caller gets the error, so
//! nothing waits forever for an event that will never come.

use std::sync::Arc;
use std::sync::mpsc::Sender;

use anyhow::{Context, Result};

use super::Event;
use crate::catalogue::Exercise;
use crate::checks;
use crate::engine::{Cancel, Engine};
use crate::quiz;
use crate::state::State;
use crate::workspace::Workspace;

#[derive(Clone)]
pub struct Jobs {
    pub ws: Arc<Workspace>,
    pub engine: Arc<Engine>,
    tx: Sender<Event>,
}

impl Jobs {
    pub fn new(ws: Arc<Workspace>, engine: Arc<Engine>, tx: Sender<Event>) -> Jobs {
        Jobs { ws, engine, tx }
    }

    /// Checks the learner's file of a kata (anew, unless `reuse`).
    pub fn check(&self, generation: u64, exercise: Exercise, reuse: bool) -> Result<Cancel> {
        let cancel = Cancel::default();
        let (jobs, job_cancel) = (self.clone(), cancel.clone());
        spawn("check", move || {
            let result = checks::check_kata(&jobs.ws, &jobs.engine, &exercise, &job_cancel, reuse);
            let _ = jobs.tx.send(Event::Checked { generation, result });
        })?;
        Ok(cancel)
    }

    /// Builds and runs a quiz (every choice, for a "which fix?" quiz).
    pub fn quiz(&self, generation: u64, exercise: Exercise, program: Vec<u8>) -> Result<Cancel> {
        let cancel = Cancel::default();
        let (jobs, job_cancel) = (self.clone(), cancel.clone());
        spawn("quiz", move || {
            let result = quiz::run(&jobs.engine, &exercise, &program, &job_cancel);
            let _ = jobs.tx.send(Event::Quiz { generation, result });
        })?;
        Ok(cancel)
    }

    /// The reference solution's figures, if it measures memory.
    pub fn reference(&self, exercise: Exercise) -> Result<()> {
        let jobs = self.clone();
        spawn("reference", move || {
            let memory =
                checks::reference_memory(&jobs.ws, &jobs.engine, &exercise, &Cancel::default());
            let _ = jobs.tx.send(Event::Reference {
                id: exercise.id,
                memory,
            });
        })
    }

    /// Warms the build cache of a kata with its reference solution, while
    /// the learner reads and edits (see [`Engine::prepare`]).
    pub fn prepare(&self, exercise: Exercise) -> Result<()> {
        let jobs = self.clone();
        spawn("prepare", move || {
            if let Some(reference) = jobs.ws.reference(&exercise) {
                let original = jobs.ws.original(&exercise);
                jobs.engine
                    .prepare(&exercise, &reference, original.as_deref());
            }
        })
    }

    /// Checks every exercise, reporting progress as it goes.
    pub fn check_all(&self, state: State) -> Result<Cancel> {
        let cancel = Cancel::default();
        let (jobs, job_cancel) = (self.clone(), cancel.clone());
        spawn("check-all", move || {
            let progress = jobs.tx.clone();
            let on_done = move |done: usize, total: usize| {
                let _ = progress.send(Event::CheckAllProgress(done, total));
            };
            let batch = checks::Batch {
                ws: &jobs.ws,
                engine: &jobs.engine,
                state: &state,
                jobs: checks::default_jobs(),
                bar: false,
                references: false,
                cancel: &job_cancel,
            };
            let result = checks::check_all(&batch, &jobs.ws.catalogue.exercises, &on_done);
            let _ = jobs.tx.send(Event::CheckAllDone(result));
        })?;
        Ok(cancel)
    }

    /// `rustc --explain CODE`.
    pub fn explain(&self, code: String) -> Result<()> {
        let jobs = self.clone();
        spawn("explain", move || {
            let result = jobs.engine.explain(&code);
            let _ = jobs.tx.send(Event::Explained { code, result });
        })
    }
}

fn spawn(what: &str, f: impl FnOnce() + Send + 'static) -> Result<()> {
    std::thread::Builder::new()
        .name(format!("memkata-{what}"))
        .spawn(f)
        .map(drop)
        .with_context(|| format!("could not start a thread for the {what} job"))
}
