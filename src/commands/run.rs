//! `memkata run [NAME]`: build and check one exercise, print the verdict.

use std::process::ExitCode;

use anyhow::{Result, bail};
use console::style;

use super::{colour, pick, record_verdict, workspace};
use crate::catalogue::Kind;
use crate::checks;
use crate::cli::LimitArgs;
use crate::engine::{Cancel, Engine};
use crate::output;
use crate::state::Store;

pub fn run(name: Option<String>, limits: LimitArgs) -> Result<ExitCode> {
    let limits = limits.limits()?;
    let ws = workspace()?;
    let store = Store::new(&ws);
    let state = store.load(&ws)?;
    let exercise = pick(&ws, &state, name.as_deref())?;
    ws.keep_originals();
    let path = ws.file(exercise);
    if !path.is_file() {
        bail!(
            "{} is missing: `memkata reset {}` restores the original",
            exercise.path().display(),
            exercise.name
        );
    }
    let colour = colour();

    if let Some(quiz) = &exercise.quiz {
        let program = std::fs::read_to_string(&path)?;
        println!(
            "{} {}\n",
            style(format!("Quiz {}", exercise.name)).bold(),
            style(format!("({})", exercise.path().display())).dim()
        );
        print!(
            "{}",
            output::for_terminal(&crate::quiz::render(quiz, &program), colour)
        );
        let outcome = checks::quiz_outcome(&state, &exercise.name);
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
        return Ok(exit(outcome.verdict.is_pass()));
    }

    let engine = Engine::new(&ws, limits)?;
    let checked = checks::check_one(&engine, &state, exercise, &Cancel::default())?;
    let outcome = &checked.outcome;
    print!(
        "{}",
        output::outcome_text(exercise, outcome, checked.reference.as_deref(), colour)
    );
    let next = record_verdict(&ws, &store, exercise, outcome)?;
    if outcome.verdict.is_pass() {
        let solution = ws.solution_file(exercise);
        if solution.is_file() {
            println!(
                "  Compare with the reference solution: {}",
                exercise.solution_path().display()
            );
        }
        if let Some(next) = next {
            let next = &ws.catalogue.exercises[next];
            let what = if next.kind() == Kind::Quiz {
                "quiz"
            } else {
                "exercise"
            };
            println!(
                "  Next {what}: {} ({})",
                style(&next.name).bold(),
                next.path().display()
            );
        }
    } else if !exercise.hints.is_empty() {
        println!("  Stuck? `memkata hint {}`", exercise.name);
    }
    Ok(exit(outcome.verdict.is_pass()))
}

pub fn exit(passed: bool) -> ExitCode {
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
