//! `memkata answer NAME LETTER`: exit 0 right, 1 wrong, 2 bad usage.

use std::process::ExitCode;

use anyhow::{Result, bail};
use console::style;

use super::{colour, workspace};
use crate::catalogue::letter;
use crate::cli::LimitArgs;
use crate::engine::{Cancel, Engine};
use crate::output::for_terminal;
use crate::quiz;
use crate::state::Store;

pub fn answer(name: &str, given: &str) -> Result<ExitCode> {
    let ws = workspace()?;
    let exercise = ws.catalogue.find(name)?;
    let Some(q) = &exercise.quiz else {
        bail!("{name} is a kata, not a quiz: `memkata run {name}` checks it");
    };
    let Some(chosen) = quiz::parse_letter(q, given) else {
        bail!(
            "'{given}' is not one of the choices of {name}: answer with a letter from a to {}",
            letter(q.choices.len() - 1)
        );
    };
    if !ws.file(exercise).is_file() {
        bail!(
            "{} is missing: `memkata reset {name}` restores it",
            exercise.path().display()
        );
    }
    let engine = Engine::new(&ws, LimitArgs { timeout: 10.0 }.limits()?)?;
    let run = engine.run_program(exercise, &Cancel::default())?;
    let store = Store::new(&ws);
    let answered = quiz::answer(&ws, &store, exercise, run, chosen)?;
    print!(
        "{}",
        for_terminal(&quiz::answer_text(q, &answered), colour())
    );
    if let Some(next) = answered.next {
        let next = &ws.catalogue.exercises[next];
        println!(
            "\nNext: {} ({})",
            style(&next.name).bold(),
            next.path().display()
        );
    }
    Ok(super::run::exit(answered.is_right()))
}
