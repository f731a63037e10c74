//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::engine::Limits;

/// Learn Rust's memory model by doing: katas to fix, quizzes the compiler
/// answers, and the heap measured.
#[derive(Debug, Parser)]
#[command(name = "memkata", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// When to colour the output (`auto` follows NO_COLOR, CLICOLOR_FORCE
    /// and whether the output is a terminal)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Watch the current exercise and check it on every save (the default)
    Watch(WatchArgs),
    /// Build and check one exercise (the current one by default)
    Run {
        name: Option<String>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Show the next hint of an exercise (the current one by default)
    Hint {
        name: Option<String>,
        /// Show every hint at once
        #[arg(long)]
        all: bool,
    },
    /// List every exercise with its topic and state
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Restore an exercise's original file, keeping yours as a backup
    Reset { name: String },
    /// Answer a quiz from the shell: exit 0 if right, 1 if wrong
    Answer {
        name: String,
        letter: String,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Check many exercises at once, in parallel (all by default)
    Verify {
        names: Vec<String>,
        /// Only the exercises of this topic (repeatable)
        #[arg(long, value_name = "TOPIC")]
        topic: Vec<String>,
        #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
        format: VerifyFormat,
        /// With `--format classroom`: points for each exercise that passes
        /// (or for each topic, with `--per-topic`)
        #[arg(long, default_value_t = 1, value_name = "N")]
        points: u32,
        /// With `--format classroom`: one test per topic, its points shared
        /// among its exercises
        #[arg(long)]
        per_topic: bool,
        /// A pristine copy of this pack (for a grader): the tests of its
        /// exercise files judge the learner's, whatever is in the workspace
        #[arg(long, value_name = "DIR")]
        originals: Option<PathBuf>,
        /// Exercises checked at once (default: one per CPU)
        #[arg(long, short)]
        jobs: Option<usize>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Show your progress; `--format json` for an instructor
    Progress {
        #[arg(long, value_enum, default_value_t = ProgressFormat::Text)]
        format: ProgressFormat,
        /// The name to record (default: git's user.name, else the OS user)
        #[arg(long)]
        learner: Option<String>,
    },
    /// A class table from many learners' `progress --format json` files
    Report {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Write to this file instead of stdout
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Write the built-in course out as a fresh workspace
    Init {
        /// The folder to create (default: ./memkata)
        dir: Option<PathBuf>,
        /// Write every reference solution too (for instructors and pack
        /// authors; learners earn each one by passing its exercise)
        #[arg(long)]
        with_solutions: bool,
    },
    /// Bring this workspace to the course of this memkata, keeping your work
    Update {
        /// Show what would change, and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Tools for pack authors
    #[command(subcommand)]
    Dev(DevCommand),
    /// Print a shell completion script
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Check every exercise: fails unsolved, passes solved, clippy- and rustfmt-clean, quizzes unambiguous
    Check {
        /// Only these exercises (default: all)
        names: Vec<String>,
        /// Only the exercises of this topic (repeatable)
        #[arg(long, value_name = "TOPIC")]
        topic: Vec<String>,
        /// Exercises checked at once (default: one per CPU)
        #[arg(long, short)]
        jobs: Option<usize>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Scaffold a new exercise and its solution, and add it to info.toml
    New {
        name: String,
        /// The topic folder
        #[arg(long)]
        dir: Option<String>,
        /// Make a quiz rather than a kata
        #[arg(long)]
        quiz: bool,
        /// Check `main` rather than `#[test]`s
        #[arg(long)]
        no_test: bool,
    },
}

#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    /// Poll files for changes instead of relying on file events
    #[arg(long)]
    pub poll: bool,
    /// Stay on a passed exercise until `n` is pressed
    #[arg(long)]
    pub no_auto_advance: bool,
    /// Open each new exercise with this command (the path is appended)
    #[arg(long, value_name = "CMD")]
    pub edit_cmd: Option<String>,
    /// Seconds to show a pass before moving on by itself
    #[arg(long, value_name = "SECS", default_value_t = 2.0)]
    pub advance_after: f64,
    #[command(flatten)]
    pub limits: LimitArgs,
}

impl WatchArgs {
    /// How long a pass stays on screen before memkata moves on.
    pub fn advance_pause(&self) -> std::time::Duration {
        std::time::Duration::try_from_secs_f64(self.advance_after)
            .unwrap_or(std::time::Duration::from_secs(2))
    }
}

#[derive(Debug, Clone, Copy, Args)]
pub struct LimitArgs {
    /// Seconds a program may run before it is stopped
    #[arg(long, value_name = "SECS", default_value_t = Limits::DEFAULT_TIMEOUT.as_secs_f64())]
    pub timeout: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    Text,
    Json,
    Junit,
    /// What GitHub Classroom's autograding reporter reads
    Classroom,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Html,
}
