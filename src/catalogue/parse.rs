//! Reading `info.toml`: toml's spanned tables walked by hand, so that every
//! error can name the line, the column and the key.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Catalogue, CatalogueError, Exercise, Kind, closest, is_error_code, is_plain_name};
use crate::constraints::{Forbid, Pattern};

/// Keys a `[[exercises]]` entry may have.
const EXERCISE_KEYS: &[&str] = &[
    "name",
    "id",
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
    "forbid",
];
const TOP_KEYS: &[&str] = &[
    "format_version",
    "welcome_message",
    "final_message",
    "exercises",
];
const FORBID_KEYS: &[&str] = &["use", "why"];
const QUIZ_ONLY_KEYS: &[&str] = &["question", "choices", "explanation"];

pub fn parse(text: &str, file: &Path) -> Result<Catalogue, CatalogueError> {
    Parser {
        text,
        file,
        lines: LineIndex::new(text),
    }
    .parse()
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

pub(super) struct Parser<'a> {
    text: &'a str,
    file: &'a Path,
    lines: LineIndex,
}

pub(super) type Table<'i> = DeTable<'i>;
pub(super) type Value<'i> = Spanned<DeValue<'i>>;

impl Parser<'_> {
    pub(super) fn error(&self, span: Range<usize>, message: impl Into<String>) -> CatalogueError {
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
        Ok(Catalogue {
            welcome_message: self.opt_string(root, "welcome_message", "at the top level")?,
            final_message: self.opt_string(root, "final_message", "at the top level")?,
            exercises: self.exercises(root)?,
        })
    }

    fn exercises(&self, root: &Table<'_>) -> Result<Vec<Exercise>, CatalogueError> {
        let none = || {
            self.error(
                0..0,
                "no [[exercises]]: a workspace needs at least one exercise",
            )
        };
        let v = root.get("exercises").ok_or_else(none)?;
        let DeValue::Array(items) = v.get_ref() else {
            return Err(self.error(
                v.span(),
                "'exercises' must be an array of tables: write each as [[exercises]]",
            ));
        };
        let mut exercises = Vec::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        for item in items.iter() {
            let exercise = self.exercise(item)?;
            let span = self.key_span(item, "name");
            if let Some(first) = names.insert(exercise.name.clone(), exercise.line) {
                return Err(self.error(
                    span,
                    format!(
                        "duplicate exercise name '{}' (first used on line {first})",
                        exercise.name
                    ),
                ));
            }
            if let Some(first) = ids.insert(exercise.id.clone(), exercise.line) {
                return Err(self.error(
                    self.key_span(item, "id"),
                    format!(
                        "duplicate exercise id '{}' (the exercise on line {first} has it too)",
                        exercise.id
                    ),
                ));
            }
            exercises.push(exercise);
        }
        if exercises.is_empty() {
            return Err(none());
        }
        Ok(exercises)
    }

    fn key_span(&self, item: &Value<'_>, key: &str) -> Range<usize> {
        match item.get_ref() {
            DeValue::Table(t) => t.get(key).map_or(item.span(), |v| v.span()),
            _ => item.span(),
        }
    }

    pub(super) fn reject_unknown(
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

    pub(super) fn wrong_type(
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

    /// The value under `key`, if there is one, as `read` takes it; else
    /// an error saying it should be `expected`.
    fn opt<T>(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
        expected: &str,
        read: impl FnOnce(&DeValue<'_>) -> Option<T>,
    ) -> Result<Option<T>, CatalogueError> {
        match table.get(key) {
            None => Ok(None),
            Some(v) => read(v.get_ref())
                .map(Some)
                .ok_or_else(|| self.wrong_type(key, v, expected, place)),
        }
    }

    pub(super) fn opt_string(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
    ) -> Result<Option<String>, CatalogueError> {
        self.opt(table, key, place, "a string", |v| match v {
            DeValue::String(s) => Some(s.to_string()),
            _ => None,
        })
    }

    pub(super) fn opt_bool(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
    ) -> Result<Option<bool>, CatalogueError> {
        self.opt(table, key, place, "true or false", |v| match v {
            DeValue::Boolean(b) => Some(*b),
            _ => None,
        })
    }

    /// A plain name (letters, digits, `_`, `-`) under `key`, if given.
    fn opt_plain_name(
        &self,
        table: &Table<'_>,
        key: &str,
        place: &str,
        what: &str,
    ) -> Result<Option<String>, CatalogueError> {
        let Some(value) = self.opt_string(table, key, place)? else {
            return Ok(None);
        };
        if !is_plain_name(&value) {
            let span = table.get(key).map_or(0..0, |v| v.span());
            return Err(self.error(
                span,
                format!("'{key}' = {value:?} {place} is not {what}: use letters, digits, '_' and '-' only (no '/', '..' or absolute paths)"),
            ));
        }
        Ok(Some(value))
    }

    pub(super) fn tables<'t>(
        &self,
        value: &'t Value<'t>,
        key: &str,
        place: &str,
    ) -> Result<Vec<&'t Value<'t>>, CatalogueError> {
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.wrong_type(key, value, "an array of tables", place));
        };
        for item in items.iter() {
            if !matches!(item.get_ref(), DeValue::Table(_)) {
                return Err(self.wrong_type(key, item, "an array of tables", place));
            }
        }
        Ok(items.iter().collect())
    }

    fn exercise(&self, item: &Value<'_>) -> Result<Exercise, CatalogueError> {
        let DeValue::Table(table) = item.get_ref() else {
            return Err(self.error(
                item.span(),
                "each entry of 'exercises' must be a table: write it as [[exercises]]",
            ));
        };
        let name = self
            .opt_plain_name(table, "name", "in [[exercises]]", "a plain file name")?
            .ok_or_else(|| {
                self.error(
                    item.span(),
                    "an [[exercises]] entry has no 'name' (it names the file exercises/<dir>/<name>.rs)",
                )
            })?;
        let line = self
            .lines
            .locate(self.text, self.key_span(item, "name").start)
            .0;
        let place = format!("in [[exercises]] \"{name}\"");
        self.reject_unknown(table, EXERCISE_KEYS, &place)?;
        let id = self.opt_plain_name(table, "id", &place, "a plain name")?;
        let dir = self.opt_plain_name(table, "dir", &place, "a single plain folder name")?;
        let quiz = match self.kind(table, item, &place)? {
            Kind::Kata => {
                self.reject_quiz_keys(table, &place)?;
                None
            }
            Kind::Quiz => Some(self.quiz(table, item, &place)?),
        };
        let flag = |key| self.opt_bool(table, key, &place);
        Ok(Exercise {
            test: flag("test")?.unwrap_or(quiz.is_none()),
            strict_clippy: flag("strict_clippy")?.unwrap_or(false),
            skip_check_unsolved: flag("skip_check_unsolved")?.unwrap_or(false),
            hints: self.hints(table, &place)?,
            error_hints: self.error_hints(table, &place)?,
            forbid: self.forbid(table, &place)?,
            id: id.unwrap_or_else(|| name.clone()),
            name,
            dir,
            quiz,
            line,
        })
    }

    fn kind(
        &self,
        table: &Table<'_>,
        item: &Value<'_>,
        place: &str,
    ) -> Result<Kind, CatalogueError> {
        match self.opt_string(table, "kind", place)?.as_deref() {
            None | Some("kata") => Ok(Kind::Kata),
            Some("quiz") => Ok(Kind::Quiz),
            Some(other) => Err(self.error(
                table.get("kind").map_or(item.span(), |v| v.span()),
                format!("'kind' {place} must be \"kata\" or \"quiz\", not {other:?}"),
            )),
        }
    }

    fn reject_quiz_keys(&self, table: &Table<'_>, place: &str) -> Result<(), CatalogueError> {
        match table
            .iter()
            .find(|(k, _)| QUIZ_ONLY_KEYS.contains(&k.get_ref().as_ref()))
        {
            Some((key, _)) => {
                let k: &str = key.get_ref();
                Err(self.error(
                    key.span(),
                    format!("'{k}' {place} is only for quizzes: add kind = \"quiz\""),
                ))
            }
            None => Ok(()),
        }
    }

    fn hints(&self, table: &Table<'_>, place: &str) -> Result<Vec<String>, CatalogueError> {
        let mut hints = Vec::new();
        if let Some(h) = self.opt_string(table, "hint", place)?
            && !h.trim().is_empty()
        {
            hints.push(h);
        }
        if let Some(value) = table.get("hints") {
            let DeValue::Array(items) = value.get_ref() else {
                return Err(self.wrong_type("hints", value, "an array of strings", place));
            };
            for item in items.iter() {
                match item.get_ref() {
                    DeValue::String(s) => hints.push(s.to_string()),
                    _ => return Err(self.wrong_type("hints", item, "an array of strings", place)),
                }
            }
        }
        Ok(hints)
    }

    fn error_hints(
        &self,
        table: &Table<'_>,
        place: &str,
    ) -> Result<BTreeMap<String, String>, CatalogueError> {
        let mut error_hints = BTreeMap::new();
        let Some(v) = table.get("error_hints") else {
            return Ok(error_hints);
        };
        let DeValue::Table(t) = v.get_ref() else {
            return Err(self.wrong_type(
                "error_hints",
                v,
                "a table of error codes to hints, like { E0382 = \"…\" }",
                place,
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
                return Err(self.wrong_type(code_str, hint, "a string", place));
            };
            error_hints.insert(code_str.to_string(), h.to_string());
        }
        Ok(error_hints)
    }

    fn forbid(&self, table: &Table<'_>, place: &str) -> Result<Vec<Forbid>, CatalogueError> {
        let Some(value) = table.get("forbid") else {
            return Ok(Vec::new());
        };
        let mut rules = Vec::new();
        for (i, entry) in self.tables(value, "forbid", place)?.into_iter().enumerate() {
            let DeValue::Table(t) = entry.get_ref() else {
                continue;
            };
            let fplace = format!("in 'forbid' entry {} of {place}", i + 1);
            self.reject_unknown(t, FORBID_KEYS, &fplace)?;
            let missing = |key: &str| {
                self.error(
                    entry.span(),
                    format!("'forbid' entry {} of {place} has no '{key}'", i + 1),
                )
            };
            let used = self
                .opt_string(t, "use", &fplace)?
                .ok_or_else(|| missing("use"))?;
            let why = self
                .opt_string(t, "why", &fplace)?
                .filter(|w| !w.trim().is_empty())
                .ok_or_else(|| missing("why (the reason the learner reads)"))?;
            let pattern = Pattern::parse(&used)
                .map_err(|e| self.error(t.get("use").map_or(entry.span(), |v| v.span()), e))?;
            rules.push(Forbid { pattern, why });
        }
        Ok(rules)
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

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
        assert_eq!(e.id, "intro1");
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
    fn hostile_dirs_and_ids_are_rejected() {
        for dir in ["..", "../x", "/etc", "a/b", ".", ""] {
            let text = format!("[[exercises]]\nname = \"a\"\ndir = {dir:?}\n");
            let err = parse(&text).unwrap_err();
            assert!(err.message.contains("'dir'"), "{dir}: {err}");
            let text = format!("[[exercises]]\nname = \"a\"\nid = {dir:?}\n");
            let err = parse(&text).unwrap_err();
            assert!(err.message.contains("'id'"), "{dir}: {err}");
        }
    }

    #[test]
    fn ids_are_unique() {
        let err = parse("[[exercises]]\nname = \"a\"\n[[exercises]]\nname = \"b\"\nid = \"a\"\n")
            .unwrap_err();
        assert_eq!(err.line, 5, "{err}");
        assert!(err.message.contains("duplicate exercise id 'a'"), "{err}");
    }

    #[test]
    fn forbid_entries_are_read_and_checked() {
        let c = parse("[[exercises]]\nname = \"a\"\nforbid = [{ use = \"clone\", why = \"borrow it\" }, { use = \"Box::leak\", why = \"no leaks\" }]\n").unwrap();
        assert_eq!(c.exercises[0].forbid.len(), 2);
        let err =
            parse("[[exercises]]\nname = \"a\"\nforbid = [{ use = \"x.clone()\", why = \"w\" }]\n")
                .unwrap_err();
        assert!(
            err.message.contains("not something memkata can look for"),
            "{err}"
        );
        let err =
            parse("[[exercises]]\nname = \"a\"\nforbid = [{ use = \"clone\" }]\n").unwrap_err();
        assert!(err.message.contains("has no 'why"), "{err}");
        let err = parse(
            "[[exercises]]\nname = \"a\"\nforbid = [{ use = \"clone\", why = \"w\", hwy = 1 }]\n",
        )
        .unwrap_err();
        assert!(err.message.contains("unknown key 'hwy'"), "{err}");
    }

    #[test]
    fn quizzes_have_two_to_four_choices_of_one_kind() {
        let quiz = |choices: &str| {
            parse(&format!(
                "[[exercises]]\nname = \"q\"\nkind = \"quiz\"\nquestion = \"?\"\nchoices = [{choices}]\n"
            ))
        };
        let five = (0..5)
            .map(|i| format!("{{ says = \"{i}\", prints = \"{i}\" }}"))
            .collect::<Vec<_>>()
            .join(", ");
        assert!(quiz(&five).unwrap_err().message.contains("between 2 and 4"));
        let mixed = "{ says = \"a\", fix = \"x\" }, { says = \"b\", panics = true }";
        assert!(
            quiz(mixed)
                .unwrap_err()
                .message
                .contains("mix code changes")
        );
        let fixes = quiz("{ says = \"a\", fix = \"x\" }, { says = \"b\", fix = \"y\" }").unwrap();
        assert!(fixes.exercises[0].quiz.as_ref().unwrap().is_fix());
    }

    #[test]
    fn line_and_column_count_characters() {
        let idx = LineIndex::new("é\nab");
        assert_eq!(idx.locate("é\nab", 4), (2, 2));
    }
}
