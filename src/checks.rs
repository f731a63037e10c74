//! Checking exercises as a learner's work is judged: the learner's file
//! against the course's tests, the reference solution's figures beside it,
//! many at once in parallel with a progress bar (`verify`, and the watch
//! loop's "check all").

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::catalogue::{Exercise, Kind};
use crate::engine::{Attempt, Cancel, Cancelled, Engine, Role};
use crate::probe::Measurement;
use crate::state::State;
use crate::verdict::{Outcome, Verdict};
use crate::workspace::Workspace;

/// One exercise's result.
#[derive(Debug, Clone)]
pub struct Checked {
    pub exercise: Exercise,
    pub outcome: Outcome,
    /// The reference solution's measurements, for katas that measure.
    pub reference: Option<Vec<Measurement>>,
}

/// A quiz's verdict comes from the answers recorded, not from a build.
pub fn quiz_outcome(state: &State, exercise: &Exercise) -> Outcome {
    let verdict = match state.get(exercise) {
        Some(r) if r.done => Verdict::Passed,
        Some(r) if r.quiz.as_ref().is_some_and(|q| !q.answers.is_empty()) => Verdict::WrongAnswer,
        _ => Verdict::Unanswered,
    };
    Outcome::new(verdict, String::new())
}

/// Checks the learner's file of a kata against the course's tests.
/// With `reuse` false the file is built anew even if a verdict is cached.
pub fn check_kata(
    ws: &Workspace,
    engine: &Engine,
    exercise: &Exercise,
    cancel: &Cancel,
    reuse: bool,
) -> Result<Outcome> {
    let code = std::fs::read(ws.file(exercise))
        .with_context(|| format!("could not read {}", exercise.path().display()))?;
    let original = ws.original(exercise);
    let attempt = Attempt {
        role: Role::Learner,
        code: &code,
        original: original.as_deref(),
    };
    engine.check(exercise, &attempt, cancel, reuse)
}

/// The reference solution's measurements, built and measured once (cached);
/// None without building when the reference measures nothing.
pub fn reference_memory(
    ws: &Workspace,
    engine: &Engine,
    exercise: &Exercise,
    cancel: &Cancel,
) -> Option<Vec<Measurement>> {
    let code = ws.reference(exercise)?;
    if !crate::engine::uses_probe(&String::from_utf8_lossy(&code)) {
        return None;
    }
    let original = ws.original(exercise);
    let attempt = Attempt {
        role: Role::Reference,
        code: &code,
        original: original.as_deref(),
    };
    let outcome = engine.check(exercise, &attempt, cancel, true).ok()?;
    (!outcome.memory.is_empty()).then_some(outcome.memory)
}

/// One exercise: a quiz's recorded answer, or a kata's build and run (and
/// the reference's figures beside it, with `references`).
pub fn check_one(
    ws: &Workspace,
    engine: &Engine,
    state: &State,
    exercise: &Exercise,
    cancel: &Cancel,
    references: bool,
) -> Result<Checked> {
    if exercise.kind() == Kind::Quiz {
        return Ok(Checked {
            exercise: exercise.clone(),
            outcome: quiz_outcome(state, exercise),
            reference: None,
        });
    }
    // A kata that measures is shown beside its reference's figures,
    // measured at the same time.
    let (outcome, reference) = std::thread::scope(|scope| {
        let reference =
            references.then(|| scope.spawn(|| reference_memory(ws, engine, exercise, cancel)));
        let outcome = check_kata(ws, engine, exercise, cancel, true);
        let reference = reference.and_then(|r| r.join().ok()).flatten();
        (outcome, reference)
    });
    let outcome = outcome?;
    let reference = reference.filter(|_| !outcome.memory.is_empty());
    Ok(Checked {
        exercise: exercise.clone(),
        outcome,
        reference,
    })
}

/// How many exercises are checked at once, and what with.
pub struct Batch<'a> {
    pub ws: &'a Workspace,
    pub engine: &'a Engine,
    pub state: &'a State,
    /// Checks run at once.
    pub jobs: usize,
    /// Whether to draw a progress bar on a terminal.
    pub bar: bool,
    /// Whether to measure the reference solutions too, for figures shown
    /// beside the learner's (building them doubles the work of a kata
    /// that measures).
    pub references: bool,
    pub cancel: &'a Cancel,
}

/// Checks `exercises` as `batch` says. Results come back in the order
/// given; the first check that could not be done is the error.
pub fn check_all(
    batch: &Batch<'_>,
    exercises: &[Exercise],
    on_done: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<Checked>> {
    let (ws, engine, cancel) = (batch.ws, batch.engine, batch.cancel);
    let what = batch.bar.then_some("checking");
    let results = parallel_map(exercises, batch.jobs, what, cancel, on_done, |exercise| {
        check_one(ws, engine, batch.state, exercise, cancel, batch.references)
    });
    if cancel.is_cancelled() {
        return Err(Cancelled.into());
    }
    results
        .into_iter()
        .zip(exercises)
        .map(|(r, e)| r.unwrap_or_else(|| Err(anyhow::anyhow!("{} was never checked", e.name))))
        .collect()
}

/// Runs `f` on every exercise, `jobs` at a time, with a progress bar on a
/// terminal labelled `what` (none if None). A slot is None if `cancel`
/// stopped the run before it.
pub fn parallel_map<R: Send>(
    exercises: &[Exercise],
    jobs: usize,
    what: Option<&str>,
    cancel: &Cancel,
    on_done: &(dyn Fn(usize, usize) + Sync),
    f: impl Fn(&Exercise) -> R + Sync,
) -> Vec<Option<R>> {
    let bar = match what {
        Some(_) => ProgressBar::new(exercises.len() as u64),
        None => ProgressBar::hidden(),
    };
    let what = what.unwrap_or("");
    bar.set_style(
        ProgressStyle::with_template(&format!("{what} [{{bar:30}}] {{pos}}/{{len}} {{msg}}"))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..exercises.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1).min(exercises.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(exercise) = exercises.get(i) else {
                        break;
                    };
                    if cancel.is_cancelled() {
                        break;
                    }
                    let result = f(exercise);
                    bar.inc(1);
                    bar.set_message(exercise.name.clone());
                    let n = finished.fetch_add(1, Ordering::SeqCst) + 1;
                    on_done(n, exercises.len());
                    if let Ok(mut results) = results.lock() {
                        results[i] = Some(result);
                    }
                }
            });
        }
    });
    bar.finish_and_clear();
    results.into_inner().unwrap_or_default()
}

/// How many checks to run at once by default: one per CPU.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
