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
mod update;
mod verify;

use std::process::ExitCode;
use std::time::Duration;

pub use reset::{Restored, restore};

use anyhow::{Result, bail};
use clap::Parser;

use crate::catalogue::Exercise;
use crate::cli::{Cli, Command, DevCommand, LimitArgs, WatchArgs};
use crate::engine::{Engine, Limits};
use crate::output::classroom::Points;
use crate::state::State;
use crate::workspace::Workspace;

pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    crate::output::choose_colour(cli.color);
    match cli.command {
        None => crate::watch::run(default_watch_args()),
        Some(Command::Watch(args)) => crate::watch::run(args),
        Some(Command::Run { name, limits }) => run::run(name, limits),
        Some(Command::Hint { name, all }) => hint::hint(name, all),
        Some(Command::List { format }) => list::list(format),
        Some(Command::Reset { name }) => reset::reset(&name),
        Some(Command::Answer {
            name,
            letter,
            limits,
        }) => answer::answer(&name, &letter, limits),
        Some(Command::Verify {
            names,
            topic,
            format,
            points,
            per_topic,
            originals,
            jobs,
            limits,
        }) => {
            let points = if per_topic {
                Points::PerTopic(points)
            } else {
                Points::PerExercise(points)
            };
            let grading = verify::Grading {
                format,
                points,
                originals,
            };
            verify::verify(&names, &topic, &grading, jobs, limits)
        }
        Some(Command::Progress { format, learner }) => progress::progress(format, learner),
        Some(Command::Report {
            files,
            format,
            output,
        }) => report::report(&files, format, output.as_deref()),
        Some(Command::Init {
            dir,
            with_solutions,
        }) => init::init(dir, with_solutions),
        Some(Command::Update { dry_run }) => update::update(dry_run),
        Some(Command::Dev(DevCommand::Check {
            names,
            topic,
            jobs,
            limits,
        })) => dev::check(&names, &topic, jobs, limits),
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
    match Cli::parse_from(["memkata", "watch"]).command {
        Some(Command::Watch(args)) => args,
        _ => unreachable!("`memkata watch` parses as the watch command"),
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

/// The workspace around the current folder; what it has to say is said
/// on stderr.
pub fn workspace() -> Result<Workspace> {
    let cwd = std::env::current_dir()?;
    let ws = Workspace::find(&cwd)?;
    for notice in &ws.notices {
        eprintln!("{} {notice}", console::style("note:").yellow().bold());
    }
    Ok(ws)
}

/// The build engine of a workspace.
pub fn engine(ws: &Workspace, limits: Limits) -> Result<Engine> {
    Engine::new(&ws.root, &ws.dot_dir(), limits)
}

/// The exercises named, else all; only those of `topics` if any are given.
pub fn select(ws: &Workspace, names: &[String], topics: &[String]) -> Result<Vec<Exercise>> {
    let catalogue = &ws.catalogue;
    let mut exercises: Vec<Exercise> = if names.is_empty() {
        catalogue.exercises.clone()
    } else {
        names
            .iter()
            .map(|n| catalogue.find(n).cloned())
            .collect::<Result<_, _>>()?
    };
    for topic in topics {
        if !catalogue.exercises.iter().any(|e| e.topic() == topic) {
            let known = catalogue.exercises.iter().map(|e| e.topic());
            let hint = crate::catalogue::closest(topic, known)
                .map(|t| format!(" (did you mean '{t}'?)"))
                .unwrap_or_default();
            bail!("there is no topic '{topic}'{hint}");
        }
    }
    if !topics.is_empty() {
        exercises.retain(|e| topics.iter().any(|t| t == e.topic()));
    }
    Ok(exercises)
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

/// Whether stdout is a terminal that takes colour.
pub fn colour() -> bool {
    console::colors_enabled()
}
