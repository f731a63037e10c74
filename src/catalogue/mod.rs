//! The catalogue: `info.toml` read into exercises, in the learner's order.
//!
//! The format is a superset of the rustlings community format
//! (`format_version = 1`). Every malformed input becomes a [`CatalogueError`]
//! naming the file, the line, the column and the key; nothing here panics on
//! what a pack author wrote.

mod choices;
mod parse;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::constraints::Forbid;

/// Every exercise of a workspace, in order.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub welcome_message: Option<String>,
    pub final_message: Option<String>,
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub name: String,
    /// A stable identity that survives renames: progress is kept under it.
    pub id: String,
    /// The topic folder under `exercises/`, if any.
    pub dir: Option<String>,
    /// Run the `#[test]`s (true) or `main` (false).
    pub test: bool,
    pub strict_clippy: bool,
    /// Progressive hints, gentlest first.
    pub hints: Vec<String>,
    pub skip_check_unsolved: bool,
    /// rustc error code → a hint offered when the build fails with it.
    pub error_hints: BTreeMap<String, String>,
    /// What a solution must not use.
    pub forbid: Vec<Forbid>,
    pub quiz: Option<Quiz>,
    /// Line of the entry's `name` in info.toml, for messages.
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Quiz {
    pub question: String,
    pub choices: Vec<Choice>,
    pub explanation: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub says: String,
    pub outcome: Expected,
}

/// What a quiz choice says will happen, or the change it proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// The build fails with this error code.
    Error(String),
    /// It builds, exits 0 and prints exactly this on stdout.
    Prints(String),
    /// It builds and panics.
    Panics,
    /// Replacing the program's marked region with this code makes it
    /// compile and pass (a "which fix?" quiz).
    Fix(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kata,
    Quiz,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Kata => "kata",
            Kind::Quiz => "quiz",
        }
    }
}

impl Quiz {
    /// Whether the choices are changes to the program ("which fix?")
    /// rather than outcomes of running it.
    pub fn is_fix(&self) -> bool {
        self.choices
            .iter()
            .any(|c| matches!(c.outcome, Expected::Fix(_)))
    }
}

impl Exercise {
    pub fn kind(&self) -> Kind {
        if self.quiz.is_some() {
            Kind::Quiz
        } else {
            Kind::Kata
        }
    }

    /// The topic shown to learners: the folder name, or `-` for a top-level file.
    pub fn topic(&self) -> &str {
        self.dir.as_deref().unwrap_or("-")
    }

    /// The file's path relative to the workspace root, under `top`
    /// (`exercises` or `solutions`).
    pub fn relative_path(&self, top: &str) -> PathBuf {
        let mut path = PathBuf::from(top);
        if let Some(dir) = &self.dir {
            path.push(dir);
        }
        path.push(format!("{}.rs", self.name));
        path
    }

    pub fn path(&self) -> PathBuf {
        self.relative_path("exercises")
    }

    pub fn solution_path(&self) -> PathBuf {
        self.relative_path("solutions")
    }
}

impl Catalogue {
    pub fn get(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }

    /// The exercise called `name`, or an error suggesting the closest name.
    pub fn find(&self, name: &str) -> Result<&Exercise, UnknownExercise> {
        self.get(name).ok_or_else(|| UnknownExercise {
            name: name.to_string(),
            suggestion: closest(name, self.exercises.iter().map(|e| e.name.as_str())),
        })
    }

    /// Parses and validates `text`, the contents of `file`.
    pub fn parse(text: &str, file: &Path) -> Result<Catalogue, CatalogueError> {
        parse::parse(text, file)
    }
}

/// A name that is not in the catalogue.
#[derive(Debug, thiserror::Error)]
pub struct UnknownExercise {
    pub name: String,
    pub suggestion: Option<String>,
}

impl fmt::Display for UnknownExercise {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "there is no exercise named '{}'", self.name)?;
        match &self.suggestion {
            Some(s) => write!(f, " (did you mean '{s}'?)"),
            None => write!(f, "; `memkata list` shows them all"),
        }
    }
}

/// A malformed `info.toml`: where, and what is wrong.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", file.display())]
pub struct CatalogueError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// The closest of `candidates` to `word`, if any is close enough to suggest.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

/// Whether `s` can be used as a file or folder name without reaching
/// anywhere else: letters, digits, `_` and `-`, not starting with `-`.
pub fn is_plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `a`, `b`, … for choice `i`.
pub fn letter(i: usize) -> char {
    (b'a' + (i % 26) as u8) as char
}

/// Whether `s` looks like `E0382`.
pub fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit())
}
