//! The catalogue: `info.toml` read into exercises, in the learner's order.
//!
//! The format is a superset of the rustlings community format
//! (`format_version = 1`). Every malformed input becomes a [`CatalogueError`]
//! naming the file, the line, the column and the key; nothing here panics on
//! what a pack author wrote.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Keys a `[[exercises]]` entry may have.
const EXERCISE_KEYS: &[&str] = &[
    "name",
    "dir",
    "test",
    "strict_clippy",
    "hint",
    "hints",
    "skip_check_unsolved",
    "kind",
    "question",
    "choices",
    "explanation",
    "error_hints",
];
const TOP_KEYS: &[&str] = &[
    "format_version",
    "welcome_message",
    "final_message",
    "exercises",
];
const CHOICE_KEYS: &[&str] = &["says", "error", "prints", "panics"];
const QUIZ_ONLY_KEYS: &[&str] = &["question", "choices", "explanation"];

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

/// What a quiz choice says will happen when the program is built and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// The build fails with this error code.
    Error(String),
    /// It builds, exits 0 and prints exactly this on stdout.
    Prints(String),
    /// It builds and panics.
    Panics,
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

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.exercises.iter().position(|e| e.name == name)
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
        Parser {
            text,
            file,
            lines: LineIndex::new(text),
        }
        .parse()
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

struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        (line, column)
    }
}

struct Parser<'a> {
    text: &'a str,
    file: &'a Path,
    lines: LineIndex,
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

impl Parser<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>) -> CatalogueError {
        let (line, column) = self.lines.locate(self.text, span.start);
        CatalogueError {
            file: self.file.to_path_buf(),
            line,
            column,
            message: message.into(),
        }
    }

    fn parse(&self) -> Result<Catalogue, CatalogueError> {
        let root = DeTable::parse(self.text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().trim_end_matches('.').to_string();
            self.error(span, format!("invalid TOML: {message}"))
        })?;
        let root = root.get_ref();
        self.reject_unknown(root, TOP_KEYS, "at the top level")?;

        if let Some(v) = root.get("format_version") {
            let ok = matches!(v.get_ref(), DeValue::Integer(i) if i.as_str() == "1");
            if !ok {
                return Err(self.error(
                    v.span(),
                    "'format_version' must be 1, the only format memkata knows",
                ));
            }
        }
        let welcome_message = self.opt_string(root, "welcome_message", "at the top level")?;
        let final_message = self.opt_string(root, "final_message", "at the top level")?;

        let mut exercises = Vec::new();
        match root.get("exercises") {
            None => {
                return Err(self.error(
                    0..0,
                    "no [[exercises]]: a workspace needs at least one exercise",
                ));
            }
            Some(v) => {
                let DeValue::Array(items) = v.get_ref() else {
                    return Err(self.error(
                        v.span(),
                        "'exercises' must be an array of tables: write each as [[exercises]]",
                    ));
                };
                let mut seen: HashMap<String, usize> = HashMap::new();
                for item in items.iter() {
                    let exercise = self.exercise(item)?;
                    if let Some(first) = seen.insert(exercise.name.clone(), exercise.line) {
                        let span = self.name_span(item);
                        return Err(self.error(
                            span,
                            format!(
                                "duplicate exercise name '{}' (first used on line {first})",
                                exercise.name
                            ),
                        ));
                    }
                    exercises.push(exercise);
                }
            }
        }
        if exercises.is_empty() {
            return Err(self.error(
                0..0,
                "no [[exercises]]: a workspace needs at least one exercise",
            ));
        }
        Ok(Catalogue {
            welcome_message,
            final_message,
            exercises,
        })
    }

    fn name_span(&self, item: &Value<'_>) -> Range<usize> {
        match item.get_ref() {
            DeValue::Table(t) => t.get("name").map_or(item.span(), |v| v.span()),
            _ => item.span(),
        }
    }

    fn reject_unknown(
        &self,
        table: &Table<'_>,
        allowed: &[&str],
        place: &str,
    ) -> Result<(), CatalogueError> {
        for (key, _) in table.iter() {
            let k: &str = key.get_ref();
            if !allowed.contains(&k) {
                let mut message = format!("unknown key '{k}' {place}");
                if let Some(s) = closest(k, allowed.iter().copied()) {
                    message.push_str(&format!(" (did you mean '{s}'?)"));
                } else {
                    message.push_str(&format!("; allowed: {}", allowed.join(", ")));
                }
                return Err(self.error(key.span(), message));
            }
        }
        Ok(())
    }

    fn wrong_type(
        &self,
        key: &str,
        value: &Value<'_>,
        expected: &str,
        place: &str,
    ) -> CatalogueError {
        self.error(
            value.span(),
            format!(
                "'{key}' {place} must be {expected}, not {}",
                value.get_ref().type_str()
            ),
        )
    }

    fn opt_string(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
    ) -> Result<Option<String>, CatalogueError> {
        match table.get(key) {
            None => Ok(None),
            Some(v) => match v.get_ref() {
                DeValue::String(s) => Ok(Some(s.to_string())),
                _ => Err(self.wrong_type(key, v, "a string", place)),
            },
        }
    }

    fn opt_bool(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
    ) -> Result<Option<bool>, CatalogueError> {
        match table.get(key) {
            None => Ok(None),
            Some(v) => match v.get_ref() {
                DeValue::Boolean(b) => Ok(Some(*b)),
                _ => Err(self.wrong_type(key, v, "true or false", place)),
            },
        }
    }

    fn string_list(
        &self,
        value: &Value<'_>,
        key: &str,
        place: &str,
    ) -> Result<Vec<String>, CatalogueError> {
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.wrong_type(key, value, "an array of strings", place));
        };
        items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(s) => Ok(s.to_string()),
                _ => Err(self.wrong_type(key, item, "an array of strings", place)),
            })
            .collect()
    }

    fn exercise(&self, item: &Value<'_>) -> Result<Exercise, CatalogueError> {
        let DeValue::Table(table) = item.get_ref() else {
            return Err(self.error(
                item.span(),
                "each entry of 'exercises' must be a table: write it as [[exercises]]",
            ));
        };
        let name = match table.get("name") {
            None => {
                return Err(self.error(
                    item.span(),
                    "an [[exercises]] entry has no 'name' (it names the file exercises/<dir>/<name>.rs)",
                ));
            }
            Some(v) => match v.get_ref() {
                DeValue::String(s) => s.to_string(),
                _ => return Err(self.wrong_type("name", v, "a string", "in [[exercises]]")),
            },
        };
        let name_span = table.get("name").map_or(item.span(), |v| v.span());
        let line = self.lines.locate(self.text, name_span.start).0;
        if !is_plain_name(&name) {
            return Err(self.error(
                name_span,
                format!(
                    "'name' = {name:?} is not a plain file name: use letters, digits, '_' and '-' only"
                ),
            ));
        }
        let place = format!("in [[exercises]] \"{name}\"");
        self.reject_unknown(table, EXERCISE_KEYS, &place)?;

        let dir = self.opt_string(table, "dir", &place)?;
        if let Some(d) = &dir
            && !is_plain_name(d)
        {
            let span = table.get("dir").map_or(item.span(), |v| v.span());
            return Err(self.error(
                span,
                format!(
                    "'dir' = {d:?} {place} is not a single plain folder name: use letters, digits, '_' and '-' only (no '/', '..' or absolute paths)"
                ),
            ));
        }

        let mut hints = Vec::new();
        if let Some(h) = self.opt_string(table, "hint", &place)?
            && !h.trim().is_empty()
        {
            hints.push(h);
        }
        if let Some(v) = table.get("hints") {
            hints.extend(self.string_list(v, "hints", &place)?);
        }

        let mut error_hints = BTreeMap::new();
        if let Some(v) = table.get("error_hints") {
            let DeValue::Table(t) = v.get_ref() else {
                return Err(self.wrong_type(
                    "error_hints",
                    v,
                    "a table of error codes to hints, like { E0382 = \"…\" }",
                    &place,
                ));
            };
            for (code, hint) in t.iter() {
                let code_str: &str = code.get_ref();
                if !is_error_code(code_str) {
                    return Err(self.error(
                        code.span(),
                        format!(
                            "'{code_str}' in 'error_hints' {place} is not a rustc error code like E0382"
                        ),
                    ));
                }
                let DeValue::String(h) = hint.get_ref() else {
                    return Err(self.wrong_type(code_str, hint, "a string", &place));
                };
                error_hints.insert(code_str.to_string(), h.to_string());
            }
        }

        let kind = match self.opt_string(table, "kind", &place)?.as_deref() {
            None | Some("kata") => Kind::Kata,
            Some("quiz") => Kind::Quiz,
            Some(other) => {
                let span = table.get("kind").map_or(item.span(), |v| v.span());
                return Err(self.error(
                    span,
                    format!("'kind' {place} must be \"kata\" or \"quiz\", not {other:?}"),
                ));
            }
        };

        let quiz = match kind {
            Kind::Kata => {
                if let Some((key, _)) = table
                    .iter()
                    .find(|(k, _)| QUIZ_ONLY_KEYS.contains(&k.get_ref().as_ref()))
                {
                    let k: &str = key.get_ref();
                    return Err(self.error(
                        key.span(),
                        format!("'{k}' {place} is only for quizzes: add kind = \"quiz\""),
                    ));
                }
                None
            }
            Kind::Quiz => Some(self.quiz(table, item, &place)?),
        };

        Ok(Exercise {
            test: self
                .opt_bool(table, "test", &place)?
                .unwrap_or(quiz.is_none()),
            strict_clippy: self
                .opt_bool(table, "strict_clippy", &place)?
                .unwrap_or(false),
            skip_check_unsolved: self
                .opt_bool(table, "skip_check_unsolved", &place)?
                .unwrap_or(false),
            name,
            dir,
            hints,
            error_hints,
            quiz,
            line,
        })
    }

    fn quiz(
        &self,
        table: &Table<'_>,
        item: &Value<'_>,
        place: &str,
    ) -> Result<Quiz, CatalogueError> {
        let question = self.opt_string(table, "question", place)?.ok_or_else(|| {
            self.error(item.span(), format!("the quiz {place} has no 'question'"))
        })?;
        let explanation = self.opt_string(table, "explanation", place)?;
        let Some(v) = table.get("choices") else {
            return Err(self.error(item.span(), format!("the quiz {place} has no 'choices'")));
        };
        let DeValue::Array(items) = v.get_ref() else {
            return Err(self.wrong_type("choices", v, "an array of tables", place));
        };
        if items.len() < 2 || items.len() > 26 {
            return Err(self.error(
                v.span(),
                format!(
                    "the quiz {place} needs between 2 and 26 'choices', not {}",
                    items.len()
                ),
            ));
        }
        let mut choices = Vec::new();
        for (i, choice) in items.iter().enumerate() {
            let letter = letter(i);
            let cplace = format!("in choice {letter} of {place}");
            let DeValue::Table(t) = choice.get_ref() else {
                return Err(self.wrong_type("choices", choice, "an array of tables", place));
            };
            self.reject_unknown(t, CHOICE_KEYS, &cplace)?;
            let says = self.opt_string(t, "says", &cplace)?.ok_or_else(|| {
                self.error(
                    choice.span(),
                    format!("choice {letter} of {place} has no 'says' (what the learner reads)"),
                )
            })?;
            let mut outcomes = Vec::new();
            if let Some(code) = self.opt_string(t, "error", &cplace)? {
                if !is_error_code(&code) {
                    let span = t.get("error").map_or(choice.span(), |v| v.span());
                    return Err(self.error(
                        span,
                        format!("'error' {cplace} must be a rustc error code like \"E0382\", not {code:?}"),
                    ));
                }
                outcomes.push(Expected::Error(code));
            }
            if let Some(text) = self.opt_string(t, "prints", &cplace)? {
                outcomes.push(Expected::Prints(text));
            }
            match self.opt_bool(t, "panics", &cplace)? {
                Some(true) => outcomes.push(Expected::Panics),
                Some(false) => {
                    let span = t.get("panics").map_or(choice.span(), |v| v.span());
                    return Err(self.error(
                        span,
                        format!("'panics' {cplace} can only be true; describe the other outcomes with 'prints' or 'error'"),
                    ));
                }
                None => {}
            }
            if outcomes.len() != 1 {
                return Err(self.error(
                    choice.span(),
                    format!(
                        "choice {letter} of {place} must describe exactly one outcome: error = \"E…\", prints = \"…\" or panics = true"
                    ),
                ));
            }
            choices.push(Choice {
                says,
                outcome: outcomes.remove(0),
            });
        }
        Ok(Quiz {
            question,
            choices,
            explanation,
        })
    }
}

/// `a`, `b`, … for choice `i`.
pub fn letter(i: usize) -> char {
    (b'a' + (i % 26) as u8) as char
}

/// Whether `s` looks like `E0382`.
pub fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        Catalogue::parse(text, Path::new("info.toml"))
    }

    #[test]
    fn reads_a_rustlings_entry() {
        let c = parse(
            "format_version = 1\n[[exercises]]\nname = \"intro1\"\ndir = \"00_intro\"\ntest = false\nhint = \"look\"\n",
        )
        .unwrap();
        let e = &c.exercises[0];
        assert_eq!(e.path(), PathBuf::from("exercises/00_intro/intro1.rs"));
        assert!(!e.test);
        assert_eq!(e.hints, ["look"]);
    }

    #[test]
    fn unknown_key_is_located_and_suggested() {
        let err = parse("[[exercises]]\nname = \"box2\"\nhnit = \"x\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, 1));
        assert!(err.message.contains("unknown key 'hnit'"), "{err}");
        assert!(err.message.contains("did you mean 'hint'"), "{err}");
        assert!(err.message.contains("\"box2\""), "{err}");
    }

    #[test]
    fn hostile_dirs_are_rejected() {
        for dir in ["..", "../x", "/etc", "a/b", ".", ""] {
            let text = format!("[[exercises]]\nname = \"a\"\ndir = {dir:?}\n");
            let err = parse(&text).unwrap_err();
            assert!(err.message.contains("'dir'"), "{dir}: {err}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let idx = LineIndex::new("é\nab");
        assert_eq!(idx.locate("é\nab", 4), (2, 2));
    }
}
