//! One function per command. Each returns the process's exit status:
//! 0 when everything asked for passed, 1 when something failed; an error is
//! bad usage or a bad workspace (status 2, printed by `main`).

mod answer;
mod dev;
mod hint;
mod init;
mod list;
mod progress;
mod report;
mod reset;
mod run;
mod verify;

use std::process::ExitCode;
use std::time::Duration;

pub use reset::{Restored, restore};

use anyhow::{Result, bail};

use crate::catalogue::Exercise;
use crate::cli::{Cli, Command, DevCommand, LimitArgs, WatchArgs};
use crate::engine::Limits;
use crate::state::{State, Store};
use crate::workspace::Workspace;

pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None => crate::watch::run(default_watch_args()),
        Some(Command::Watch(args)) => crate::watch::run(args),
        Some(Command::Run { name, limits }) => run::run(name, limits),
        Some(Command::Hint { name, all }) => hint::hint(name, all),
        Some(Command::List { format }) => list::list(format),
        Some(Command::Reset { name }) => reset::reset(&name),
        Some(Command::Answer { name, letter }) => answer::answer(&name, &letter),
        Some(Command::Verify {
            names,
            topic,
            format,
            jobs,
            limits,
        }) => verify::verify(&names, &topic, format, jobs, limits),
        Some(Command::Progress { format, learner }) => progress::progress(format, learner),
        Some(Command::Report {
            files,
            format,
            output,
        }) => report::report(&files, format, output.as_deref()),
        Some(Command::Init { dir }) => init::init(dir),
        Some(Command::Dev(DevCommand::Check { jobs, limits })) => dev::check(jobs, limits),
        Some(Command::Dev(DevCommand::New {
            name,
            dir,
            quiz,
            no_test,
        })) => dev::new(&name, dir.as_deref(), quiz, no_test),
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "memkata", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn default_watch_args() -> WatchArgs {
    WatchArgs {
        poll: false,
        no_auto_advance: false,
        edit_cmd: None,
        limits: LimitArgs { timeout: 10.0 },
    }
}

impl LimitArgs {
    /// The limits a learner's programs run under.
    pub fn limits(&self) -> Result<Limits> {
        if !self.timeout.is_finite() || self.timeout <= 0.0 || self.timeout > 86_400.0 {
            bail!(
                "--timeout {} is not a number of seconds between 0 and 86400",
                self.timeout
            );
        }
        Ok(Limits {
            timeout: Duration::from_secs_f64(self.timeout),
            ..Limits::default()
        })
    }
}

/// The workspace around the current folder.
pub fn workspace() -> Result<Workspace> {
    let cwd = std::env::current_dir()?;
    Workspace::find(&cwd)
}

/// The exercise called `name`, or the current one.
pub fn pick<'a>(
    workspace: &'a Workspace,
    state: &State,
    name: Option<&str>,
) -> Result<&'a Exercise> {
    let catalogue = &workspace.catalogue;
    match name {
        Some(name) => Ok(catalogue.find(name)?),
        None => Ok(&catalogue.exercises[state.current_index(catalogue)]),
    }
}

/// Records a verdict: an attempt if the file was built anew, and done (the
/// current exercise moving on) if it passed. Returns the next exercise's
/// index when the current one was just completed.
pub fn record_verdict(
    workspace: &Workspace,
    store: &Store,
    exercise: &Exercise,
    outcome: &crate::verdict::Outcome,
) -> Result<Option<usize>> {
    store.update(workspace, |state| {
        let record = state.record(&exercise.name);
        if !outcome.cached {
            record.attempts += 1;
        }
        record.last_verdict = Some(outcome.verdict);
        if outcome.verdict.is_pass() {
            complete(workspace, state, exercise)
        } else {
            None
        }
    })
}

/// Marks `exercise` done and, if it was the current one, moves the current
/// exercise on to the next not done, whose index is returned.
pub fn complete(workspace: &Workspace, state: &mut State, exercise: &Exercise) -> Option<usize> {
    let catalogue = &workspace.catalogue;
    let index = catalogue.index_of(&exercise.name)?;
    let was_current = state.current_index(catalogue) == index;
    state.mark_done(&exercise.name);
    if !was_current {
        return None;
    }
    let next = state.next_pending(catalogue, Some(index))?;
    state.current = Some(catalogue.exercises[next].name.clone());
    Some(next)
}

/// Whether stdout is a terminal that takes colour.
pub fn colour() -> bool {
    console::colors_enabled()
}
