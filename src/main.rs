//! memkata: learn Rust's memory model by doing.

mod cache;
mod catalogue;
mod checks;
mod cli;
mod commands;
mod embedded;
mod engine;
mod fsutil;
mod output;
mod probe;
mod progress;
mod quiz;
mod report;
mod state;
mod toolchain;
mod verdict;
mod watch;
mod workspace;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{} {error:#}", console::style("error:").red().bold());
            ExitCode::from(2)
        }
    }
}
