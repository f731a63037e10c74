//! Checking many exercises at once, in parallel, with a progress bar: the
//! engine of `verify` and of the watch loop's "check all".

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use crate::catalogue::{Exercise, Kind};
use crate::engine::{Cancel, Engine, Source};
use crate::probe::Measurement;
use crate::state::State;
use crate::verdict::{Outcome, Verdict};

/// One exercise's result.
#[derive(Debug, Clone)]
pub struct Checked {
    pub exercise: Exercise,
    pub outcome: Outcome,
    /// The reference solution's measurements, for katas that measure.
    pub reference: Option<Vec<Measurement>>,
}

/// A quiz's verdict comes from the answers recorded, not from a build.
pub fn quiz_outcome(state: &State, name: &str) -> Outcome {
    let record = state.exercises.get(name);
    let verdict = match record {
        Some(r) if r.done => Verdict::Passed,
        Some(r) if r.quiz.as_ref().is_some_and(|q| !q.answers.is_empty()) => Verdict::WrongAnswer,
        _ => Verdict::Unanswered,
    };
    Outcome {
        verdict,
        detail: None,
        output: String::new(),
        error_codes: Vec::new(),
        seconds: 0.0,
        memory: Vec::new(),
        output_cut: false,
        cached: false,
    }
}

/// Checks `exercises` on `jobs` threads, drawing a bar on a terminal.
/// Results come back in the order given.
pub fn check_all(
    engine: &Engine,
    state: &State,
    exercises: &[Exercise],
    jobs: usize,
    bar: bool,
    cancel: &Cancel,
    on_done: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<Checked>> {
    let what = bar.then_some("checking");
    let results = parallel_map(exercises, jobs, what, cancel, on_done, |exercise| {
        check_one(engine, state, exercise, cancel)
    });
    if cancel.is_cancelled() {
        return Err(crate::engine::Cancelled.into());
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(crate::engine::Cancelled.into())))
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

/// One exercise: a quiz's recorded answer, or a kata's build and run.
pub fn check_one(
    engine: &Engine,
    state: &State,
    exercise: &Exercise,
    cancel: &Cancel,
) -> Result<Checked> {
    if exercise.kind() == Kind::Quiz {
        return Ok(Checked {
            exercise: exercise.clone(),
            outcome: quiz_outcome(state, &exercise.name),
            reference: None,
        });
    }
    let outcome = engine.check(exercise, Source::Exercise, cancel)?;
    let reference = if outcome.memory.is_empty() {
        None
    } else {
        engine.reference_memory(exercise)
    };
    Ok(Checked {
        exercise: exercise.clone(),
        outcome,
        reference,
    })
}

/// Remembers the katas' verdicts: the last verdict of each, and done for
/// those that passed. Quizzes are left alone: their verdicts come from the
/// answers recorded.
pub fn remember(state: &mut State, results: &[Checked]) {
    for c in results.iter().filter(|c| c.exercise.kind() == Kind::Kata) {
        let record = state.record(&c.exercise.name);
        record.last_verdict = Some(c.outcome.verdict);
        if c.outcome.verdict.is_pass() {
            state.mark_done(&c.exercise.name);
        }
    }
}

/// How many checks to run at once by default: one per CPU.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
