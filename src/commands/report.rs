//! `memkata report FILE…`: the class at a glance.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::cli::ReportFormat;

pub fn report(files: &[PathBuf], format: ReportFormat, output: Option<&Path>) -> Result<ExitCode> {
    let _ = (files, format, output);
    bail!("report: not built yet")
}
