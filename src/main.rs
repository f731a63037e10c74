//! memkata: learn Rust's memory model by doing.

mod catalogue;
mod checks;
mod cli;
mod commands;
mod constraints;
mod course;
mod engine;
mod fsutil;
mod human;
mod output;
mod probe;
mod progress;
mod quiz;
mod report;
mod state;
mod submission;
mod upgrade;
mod verdict;
mod watch;
mod workspace;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Some(code) = engine::link::act_as_linker() {
        return code;
    }
    // Output piped into `head` should end memkata quietly, as it does any
    // other command line tool, rather than fail on a broken pipe.
    // SAFETY: called first thing, before any other thread exists.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = cli::Cli::parse();
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{} {error:#}", console::style("error:").red().bold());
            ExitCode::from(2)
        }
    }
}
