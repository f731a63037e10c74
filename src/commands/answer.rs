//! `memkata answer NAME LETTER`: exit 0 right, 1 wrong, 2 bad usage.

use std::process::ExitCode;

use anyhow::{Result, bail};

use super::{colour, engine, workspace};
use crate::catalogue::letter;
use crate::cli::LimitArgs;
use crate::engine::Cancel;
use crate::output::for_terminal;
use crate::quiz::{self, Answered};
use crate::state::Store;

pub fn answer(name: &str, given: &str, limits: LimitArgs) -> Result<ExitCode> {
    let limits = limits.limits()?;
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
    ws.keep_originals();
    let engine = engine(&ws, limits)?;
    let program = quiz::program(&ws, exercise)?;
    let run = quiz::run(&engine, exercise, &program, &Cancel::default())?;
    let answered = Answered::new(exercise, run, chosen)?;
    let step = Store::new(&ws).record_answer(&ws, exercise, chosen, answered.right)?;
    print!(
        "{}",
        for_terminal(&quiz::answer_text(q, &answered), colour())
    );
    if let Some(next) = step.next {
        println!();
        super::run::next_line(&ws, &ws.catalogue.exercises[next]);
    }
    Ok(super::run::exit(answered.is_right()))
}
