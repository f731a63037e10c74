//! `memkata report FILE…`: the class at a glance.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::ReportFormat;
use crate::report::{self, Class};

pub fn report(files: &[PathBuf], format: ReportFormat, output: Option<&Path>) -> Result<ExitCode> {
    let class = Class::read(files);
    for s in &class.skipped {
        eprintln!(
            "{} skipped {}: {}",
            console::style("warning:").yellow().bold(),
            s.file.display(),
            s.why
        );
    }
    if class.learners.is_empty() {
        bail!(
            "none of the {} file(s) given is a learner's progress record; make them with `memkata progress --format json`",
            files.len()
        );
    }
    let text = match format {
        ReportFormat::Text => report::text::render(&class),
        ReportFormat::Csv => report::csv::render(&class).context("could not write CSV")?,
        ReportFormat::Html => report::html::render(&class),
    };
    match output {
        Some(path) => {
            crate::fsutil::write_atomic(path, text.as_bytes())?;
            eprintln!(
                "wrote {} ({} learners)",
                path.display(),
                class.learners.len()
            );
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
