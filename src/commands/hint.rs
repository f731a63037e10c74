//! `memkata hint [NAME] [--all]`: hints one at a time, gentlest first.

use std::process::ExitCode;

use anyhow::Result;
use console::style;

use super::{pick, workspace};
use crate::state::Store;

pub fn hint(name: Option<String>, all: bool) -> Result<ExitCode> {
    let ws = workspace()?;
    let store = Store::new(&ws);
    let state = store.load(&ws)?;
    let exercise = pick(&ws, &state, name.as_deref())?;
    let hints = &exercise.hints;
    if hints.is_empty() {
        println!(
            "{} has no hints. Its file opens with what to do: {}",
            exercise.name,
            exercise.path().display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let total = hints.len();
    let shown = store.update(&ws, |state| {
        let before = state.get(exercise).map_or(0, |r| r.hints_shown as usize);
        state.hints_seen(exercise, if all { total } else { before + 1 });
        before
    })?;
    if all {
        for (i, h) in hints.iter().enumerate() {
            println!(
                "{}\n{h}\n",
                style(format!("Hint {} of {total} for {}:", i + 1, exercise.name)).bold()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let i = shown.min(total - 1);
    println!(
        "{}\n{}",
        style(format!("Hint {} of {total} for {}:", i + 1, exercise.name)).bold(),
        hints[i]
    );
    if i + 1 < total {
        println!(
            "\n{}",
            style("Run `memkata hint` again for the next one.").dim()
        );
    } else if total > 1 {
        println!(
            "\n{}",
            style("That was the last hint; `memkata hint --all` shows them all.").dim()
        );
    }
    Ok(ExitCode::SUCCESS)
}
