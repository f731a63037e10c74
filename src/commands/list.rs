//! `memkata list`: every exercise with its topic and state.

use std::process::ExitCode;

use anyhow::Result;
use console::style;
use serde::Serialize;

use super::workspace;
use crate::cli::ListFormat;
use crate::state::Store;
use crate::workspace::unix_path;

#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    topic: &'a str,
    kind: &'static str,
    path: String,
    done: bool,
    /// The exercise's file is not there (`memkata reset` restores it).
    missing: bool,
    current: bool,
    attempts: u32,
    hints_shown: u32,
}

pub fn list(format: ListFormat) -> Result<ExitCode> {
    let ws = workspace()?;
    let state = Store::new(&ws).load(&ws)?;
    let current = state.current_index(&ws.catalogue);
    let rows: Vec<Row> = ws
        .catalogue
        .exercises
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let record = state.get(e);
            Row {
                name: &e.name,
                topic: e.dir.as_deref().unwrap_or(""),
                kind: e.kind().as_str(),
                path: unix_path(&e.path()),
                done: record.is_some_and(|r| r.done),
                missing: !ws.file(e).is_file(),
                current: i == current,
                attempts: record.map_or(0, |r| r.attempts),
                hints_shown: record.map_or(0, |r| r.hints_shown),
            }
        })
        .collect();
    if format == ListFormat::Json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(8);
    let topic_width = rows.iter().map(|r| r.topic.len()).max().unwrap_or(5).max(5);
    println!(
        "{}",
        style(format!(
            "  {:>3}  {:width$}  {:topic_width$}  {:4}  state",
            "#", "exercise", "topic", "kind"
        ))
        .bold()
    );
    for (i, r) in rows.iter().enumerate() {
        let state = if r.missing {
            style(format!("missing: `memkata reset {}` restores it", r.name)).red()
        } else if r.done {
            style("done".to_string()).green()
        } else if r.attempts > 0 {
            style(format!(
                "started ({})",
                crate::human::count(r.attempts, "attempt")
            ))
            .yellow()
        } else {
            style("pending".to_string()).dim()
        };
        let marker = if r.current {
            style("▶").cyan().bold()
        } else {
            style(" ")
        };
        println!(
            "{marker} {:>3}  {:width$}  {:topic_width$}  {:4}  {state}",
            i + 1,
            r.name,
            r.topic,
            r.kind
        );
    }
    let done = rows.iter().filter(|r| r.done).count();
    println!("\n{done} of {} done", rows.len());
    Ok(ExitCode::SUCCESS)
}
