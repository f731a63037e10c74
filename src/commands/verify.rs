//! `memkata verify [NAME…]`: check many at once, for learners and graders.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::workspace;
use crate::checks::{self, default_jobs};
use crate::cli::{LimitArgs, VerifyFormat};
use crate::engine::Cancel;
use crate::output::classroom::Points;
use crate::output::{self, for_terminal};
use crate::state::Store;

/// How the results are to be handed over.
pub struct Grading {
    pub format: VerifyFormat,
    pub points: Points,
    /// A pristine copy of the pack, for a grader.
    pub originals: Option<PathBuf>,
}

pub fn verify(
    names: &[String],
    topics: &[String],
    grading: &Grading,
    jobs: Option<usize>,
    limits: LimitArgs,
) -> Result<ExitCode> {
    let limits = limits.limits()?;
    let mut ws = workspace()?;
    if let Some(dir) = &grading.originals {
        ws.originals_from(dir)?;
    }
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
    let batch = checks::Batch {
        ws: &ws,
        engine: &engine,
        state: &state,
        jobs,
        bar: true,
        // Only JSON carries the reference's figures.
        references: grading.format == VerifyFormat::Json,
        cancel: &Cancel::default(),
    };
    let results = checks::check_all(&batch, &exercises, &|_, _| {})?;

    store.record_checks(&ws, results.iter().map(|c| (&c.exercise, &c.outcome)))?;

    let text = match grading.format {
        VerifyFormat::Text => for_terminal(&output::text::verify(&results), super::colour()),
        VerifyFormat::Json => output::json::verify(&results) + "\n",
        VerifyFormat::Junit => output::junit::verify(&results),
        VerifyFormat::Classroom => {
            let json = output::classroom::verify(&results, grading.points);
            output::classroom::set_github_output(&json)
                .context("could not write the step's output to $GITHUB_OUTPUT")?;
            json + "\n"
        }
    };
    print!("{text}");
    let all_passed = results.iter().all(|c| c.outcome.verdict.is_pass());
    Ok(super::run::exit(all_passed))
}
