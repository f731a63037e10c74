//! `memkata progress`: where the learner is, for them or an instructor.

use std::process::ExitCode;

use anyhow::Result;
use console::style;

use super::workspace;
use crate::cli::ProgressFormat;
use crate::progress::{Progress, learner_name};
use crate::state::Store;

pub fn progress(format: ProgressFormat, learner: Option<String>) -> Result<ExitCode> {
    let ws = workspace()?;
    let state = Store::new(&ws).load(&ws)?;
    let progress = Progress::of(&ws, &state, learner_name(learner, &ws));
    if format == ProgressFormat::Json {
        println!("{}", serde_json::to_string_pretty(&progress)?);
        return Ok(ExitCode::SUCCESS);
    }
    let pct = progress.done * 100 / progress.total.max(1);
    println!(
        "{}: {} of {} done ({pct}%)\n",
        style(&progress.learner).bold(),
        progress.done,
        progress.total
    );
    let mut topics: Vec<(String, usize, usize)> = Vec::new();
    for e in &progress.exercises {
        let topic = e.topic.clone().unwrap_or_else(|| "-".into());
        match topics.iter_mut().find(|t| t.0 == topic) {
            Some(t) => {
                t.1 += usize::from(e.done);
                t.2 += 1;
            }
            None => topics.push((topic, usize::from(e.done), 1)),
        }
    }
    let width = topics.iter().map(|t| t.0.len()).max().unwrap_or(5);
    for (topic, done, total) in &topics {
        let filled = done * 20 / (*total).max(1);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled));
        let bar = if done == total {
            style(bar).green()
        } else {
            style(bar).cyan()
        };
        println!("  {topic:width$}  {bar}  {done}/{total}");
    }
    let hints: u32 = progress.exercises.iter().map(|e| e.hints_shown).sum();
    let attempts: u32 = progress.exercises.iter().map(|e| e.attempts).sum();
    println!("\n  attempts: {attempts}   hints shown: {hints}");
    if let Some(current) = &progress.current {
        println!("  current: {}", style(current).bold());
    }
    Ok(ExitCode::SUCCESS)
}
