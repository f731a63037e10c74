//! `memkata run [NAME]`: build and check one exercise, print the verdict.

use std::process::ExitCode;

use anyhow::{Result, bail};
use console::style;

use super::{colour, engine, pick, workspace};
use crate::catalogue::{Exercise, Kind};
use crate::checks;
use crate::cli::LimitArgs;
use crate::engine::Cancel;
use crate::output;
use crate::quiz;
use crate::state::{State, Store};
use crate::workspace::Workspace;

pub fn run(name: Option<String>, limits: LimitArgs) -> Result<ExitCode> {
    let limits = limits.limits()?;
    let ws = workspace()?;
    let store = Store::new(&ws);
    let state = store.load(&ws)?;
    let exercise = pick(&ws, &state, name.as_deref())?;
    ws.keep_originals();
    if !ws.file(exercise).is_file() {
        bail!(
            "{} is missing: `memkata reset {}` restores the original",
            exercise.path().display(),
            exercise.name
        );
    }
    if exercise.quiz.is_some() {
        return show_quiz(&ws, &state, exercise);
    }

    let engine = engine(&ws, limits)?;
    let checked = checks::check_one(&ws, &engine, &state, exercise, &Cancel::default(), true)?;
    let outcome = &checked.outcome;
    print!(
        "{}",
        output::outcome_text(exercise, outcome, checked.reference.as_deref(), colour())
    );
    let step = store.record_check(&ws, exercise, outcome)?;
    if outcome.verdict.is_pass() {
        if let Some(solution) = ws.earn_solution(exercise) {
            let shown = output::link(&solution.display().to_string(), &ws.root.join(&solution));
            println!("  Compare with the reference solution: {shown}");
        }
        if let Some(next) = step.next {
            next_line(&ws, &ws.catalogue.exercises[next]);
        }
    } else if !exercise.hints.is_empty() {
        println!("  Stuck? `memkata hint {}`", exercise.name);
    }
    Ok(exit(outcome.verdict.is_pass()))
}

/// A quiz is shown, not run: it is answered with `memkata answer`.
fn show_quiz(ws: &Workspace, state: &State, exercise: &Exercise) -> Result<ExitCode> {
    let colour = colour();
    let q = exercise.quiz.as_ref().expect("a quiz");
    let program = quiz::program(ws, exercise)?;
    println!(
        "{} {}\n",
        style(format!("Quiz {}", exercise.name)).bold(),
        style(format!("({})", exercise.path().display())).dim()
    );
    print!(
        "{}",
        output::for_terminal(&quiz::render(q, &String::from_utf8_lossy(&program)), colour)
    );
    let outcome = checks::quiz_outcome(state, exercise);
    println!();
    if !outcome.verdict.is_pass() {
        println!(
            "Answer with `memkata answer {} LETTER`, or press the letter in `memkata watch`.",
            exercise.name
        );
    }
    println!(
        "{}",
        output::for_terminal(&output::status_line(exercise, &outcome), colour)
    );
    Ok(exit(outcome.verdict.is_pass()))
}

/// `  Next exercise: box2 (exercises/box/box2.rs)`
pub fn next_line(ws: &Workspace, next: &Exercise) {
    let what = if next.kind() == Kind::Quiz {
        "quiz"
    } else {
        "exercise"
    };
    let path = output::link(&next.path().display().to_string(), &ws.file(next));
    println!("  Next {what}: {} ({path})", style(&next.name).bold());
}

pub fn exit(passed: bool) -> ExitCode {
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
