//! `memkata verify [NAME…]`: check many at once, for learners and graders.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::workspace;
use crate::checks::{self, default_jobs};
use crate::cli::{LimitArgs, VerifyFormat};
use crate::engine::Cancel;
use crate::output::classroom::Points;
use crate::output::{self, for_terminal};
use crate::state::Store;

pub fn verify(
    names: &[String],
    topics: &[String],
    format: VerifyFormat,
    points: Points,
    jobs: Option<usize>,
    limits: LimitArgs,
) -> Result<ExitCode> {
    let limits = limits.limits()?;
    let ws = workspace()?;
    let exercises = super::select(&ws, names, topics)?;
    if let Some(missing) = exercises.iter().find(|e| !ws.file(e).is_file()) {
        bail!(
            "info.toml:{}:1: the file of exercise '{}' is missing: {}; `memkata reset {}` restores it",
            missing.line,
            missing.name,
            missing.path().display(),
            missing.name
        );
    }
    ws.keep_originals();
    let engine = super::engine(&ws, limits)?;
    let store = Store::new(&ws);
    let state = store.load(&ws)?;
    let jobs = jobs.unwrap_or_else(default_jobs).max(1);
    let results = checks::check_all(
        &ws,
        &engine,
        &state,
        &exercises,
        jobs,
        true,
        &Cancel::default(),
        &|_, _| {},
    )?;

    store.record_checks(&ws, results.iter().map(|c| (&c.exercise, &c.outcome)))?;

    let text = match format {
        VerifyFormat::Text => for_terminal(&output::text::verify(&results), super::colour()),
        VerifyFormat::Json => output::json::verify(&results) + "\n",
        VerifyFormat::Junit => output::junit::verify(&results),
        VerifyFormat::Classroom => {
            let json = output::classroom::verify(&results, points);
            output::classroom::set_github_output(&json)
                .context("could not write the step's output to $GITHUB_OUTPUT")?;
            json + "\n"
        }
    };
    print!("{text}");
    let all_passed = results.iter().all(|c| c.outcome.verdict.is_pass());
    Ok(super::run::exit(all_passed))
}
