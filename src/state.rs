//! The learner's progress: `.memkata/state.json`, and the one set of rules
//! for what a verdict, an answer or a hint does to it.
//!
//! Every change is a read-modify-write under a lock, so `memkata hint` in one
//! terminal and the watch loop in another never overwrite each other; the
//! file is replaced atomically. A file that can't be read is set aside, never
//! deleted, and progress is rebuilt from what the verdict cache remembers.
//! Records are kept under each exercise's id, which survives renames.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, Exercise, Kind, letter};
use crate::engine::Cache;
use crate::fsutil;
use crate::verdict::{Outcome, Verdict};
use crate::workspace::Workspace;

const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// The id of the exercise the learner is on.
    #[serde(default)]
    pub current: Option<String>,
    /// Records by exercise id.
    #[serde(default)]
    pub exercises: BTreeMap<String, Record>,
}

/// One exercise's history.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    #[serde(default)]
    pub done: bool,
    /// Builds of a changed file (and answers, for a quiz).
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub hints_shown: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<QuizRecord>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizRecord {
    /// Every letter given, in order.
    pub answers: String,
    pub right_first_time: bool,
    /// Whether some answer was right.
    #[serde(default)]
    pub right: bool,
}

/// What a verdict or an answer did to the learner's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Step {
    /// The exercise was done for the first time.
    pub newly_done: bool,
    /// The exercise was the current one and is done: the current exercise
    /// moved on to this one (an index into the catalogue).
    pub next: Option<usize>,
}

impl Default for State {
    fn default() -> Self {
        State {
            version: VERSION,
            current: None,
            exercises: BTreeMap::new(),
        }
    }
}

impl State {
    /// The record of exercise `id`, created (first seen now) if there is none.
    pub fn record(&mut self, id: &str) -> &mut Record {
        let record = self.exercises.entry(id.to_string()).or_default();
        if record.first_seen.is_none() {
            record.first_seen = Some(fsutil::now_rfc3339());
        }
        record
    }

    pub fn get(&self, exercise: &Exercise) -> Option<&Record> {
        self.exercises.get(&exercise.id)
    }

    pub fn is_done(&self, exercise: &Exercise) -> bool {
        self.get(exercise).is_some_and(|r| r.done)
    }

    pub fn done_count(&self, catalogue: &Catalogue) -> usize {
        catalogue
            .exercises
            .iter()
            .filter(|e| self.is_done(e))
            .count()
    }

    /// Index of the current exercise: the one remembered if it still exists,
    /// else the first not done, else the last.
    pub fn current_index(&self, catalogue: &Catalogue) -> usize {
        self.current
            .as_deref()
            .and_then(|id| catalogue.exercises.iter().position(|e| e.id == id))
            .or_else(|| self.next_pending(catalogue, None))
            .unwrap_or(catalogue.exercises.len().saturating_sub(1))
    }

    /// The first exercise not done after `after` (wrapping round), or from
    /// the start when `after` is None.
    pub fn next_pending(&self, catalogue: &Catalogue, after: Option<usize>) -> Option<usize> {
        let n = catalogue.exercises.len();
        let start = after.map_or(0, |i| i + 1);
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| !self.is_done(&catalogue.exercises[i]))
    }

    /// The learner is now on `exercise`.
    pub fn enter(&mut self, exercise: &Exercise) {
        self.record(&exercise.id);
        self.current = Some(exercise.id.clone());
    }

    /// A kata was checked: its verdict remembered, an attempt counted if
    /// the file was built anew, and done if it passed.
    pub fn checked(
        &mut self,
        catalogue: &Catalogue,
        exercise: &Exercise,
        outcome: &Outcome,
    ) -> Step {
        let record = self.record(&exercise.id);
        if !outcome.cached {
            record.attempts += 1;
        }
        record.last_verdict = Some(outcome.verdict);
        if outcome.verdict.is_pass() {
            self.complete(catalogue, exercise)
        } else {
            Step::default()
        }
    }

    /// A quiz was answered with choice `chosen`; `right` is the right one.
    /// The first answer decides "right first time"; a right answer
    /// completes the quiz, and a wrong one never undoes that.
    pub fn answered(
        &mut self,
        catalogue: &Catalogue,
        exercise: &Exercise,
        chosen: usize,
        right: usize,
    ) -> Step {
        let record = self.record(&exercise.id);
        record.attempts += 1;
        let quiz = record.quiz.get_or_insert_with(QuizRecord::default);
        if quiz.answers.is_empty() {
            quiz.right_first_time = chosen == right;
        }
        quiz.answers.push(letter(chosen));
        quiz.right |= chosen == right;
        if chosen == right {
            record.last_verdict = Some(Verdict::Passed);
            self.complete(catalogue, exercise)
        } else {
            if !record.done {
                record.last_verdict = Some(Verdict::WrongAnswer);
            }
            Step::default()
        }
    }

    /// The learner has now seen the first `n` hints of `exercise` (never
    /// fewer than before, never more than there are).
    pub fn hints_seen(&mut self, exercise: &Exercise, n: usize) {
        let n = n.min(exercise.hints.len()) as u32;
        let record = self.record(&exercise.id);
        record.hints_shown = record.hints_shown.max(n);
    }

    /// Marks `exercise` done and, if it was the current one, moves the
    /// current exercise on to the next not done.
    fn complete(&mut self, catalogue: &Catalogue, exercise: &Exercise) -> Step {
        let Some(index) = catalogue.exercises.iter().position(|e| e.id == exercise.id) else {
            return Step::default();
        };
        let was_current = self.current_index(catalogue) == index;
        let record = self.record(&exercise.id);
        let newly_done = !record.done;
        if newly_done {
            record.done = true;
            record.done_at = Some(fsutil::now_rfc3339());
        }
        let next = was_current
            .then(|| self.next_pending(catalogue, Some(index)))
            .flatten();
        if let Some(next) = next {
            self.current = Some(catalogue.exercises[next].id.clone());
        }
        Step { newly_done, next }
    }
}

/// Where the state lives, and the lock that serializes changes to it.
pub struct Store {
    path: PathBuf,
    lock: PathBuf,
    cache_dir: PathBuf,
    /// Warnings kept for the caller rather than printed (the watch screen
    /// shows them itself).
    notices: Option<std::sync::Mutex<Vec<String>>>,
}

impl Store {
    pub fn new(workspace: &Workspace) -> Store {
        let dot = workspace.dot_dir();
        Store {
            path: dot.join("state.json"),
            lock: dot.join("state.lock"),
            cache_dir: dot.join("cache"),
            notices: None,
        }
    }

    /// A store whose warnings are collected for [`Store::take_notices`]
    /// instead of printed.
    pub fn quiet(workspace: &Workspace) -> Store {
        Store {
            notices: Some(std::sync::Mutex::default()),
            ..Store::new(workspace)
        }
    }

    /// The warnings collected so far.
    pub fn take_notices(&self) -> Vec<String> {
        self.notices
            .as_ref()
            .and_then(|n| n.lock().ok().map(|mut n| std::mem::take(&mut *n)))
            .unwrap_or_default()
    }

    /// The state as it is now.
    pub fn load(&self, workspace: &Workspace) -> Result<State> {
        let _lock = fsutil::lock(&self.lock)?;
        self.read(workspace)
    }

    /// Changes the state with `f` and saves it, under the lock. The
    /// editor's manifest follows the learner to where they now are.
    pub fn update<R>(&self, workspace: &Workspace, f: impl FnOnce(&mut State) -> R) -> Result<R> {
        let _lock = fsutil::lock(&self.lock)?;
        let mut state = self.read(workspace)?;
        let result = f(&mut state);
        let json = serde_json::to_vec_pretty(&state).context("could not encode the state")?;
        fsutil::write_atomic(&self.path, &json)
            .with_context(|| format!("could not save progress to {}", self.path.display()))?;
        let current = state.current_index(&workspace.catalogue);
        let on =
            |e: &Exercise| state.is_done(e) || workspace.catalogue.exercises[current].id == e.id;
        if let Err(e) = workspace.write_manifest(&on) {
            self.warn(format!(
                "could not update Cargo.toml for rust-analyzer: {e:#}"
            ));
        }
        Ok(result)
    }

    /// A warning, printed or kept for the caller.
    fn warn(&self, warning: String) {
        match &self.notices {
            Some(notices) => {
                if let Ok(mut n) = notices.lock() {
                    n.push(warning);
                }
            }
            None => eprintln!("{} {warning}", console::style("warning:").yellow().bold()),
        }
    }

    /// Records a kata's verdict (see [`State::checked`]); a kata of the
    /// built-in course passed for the first time earns its reference
    /// solution in `solutions/`.
    pub fn record_check(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        outcome: &Outcome,
    ) -> Result<Step> {
        let steps = self.record_checks(workspace, [(exercise, outcome)])?;
        Ok(steps.into_iter().next().unwrap_or_default())
    }

    /// [`Store::record_check`] for many katas at once, in one write.
    pub fn record_checks<'a>(
        &self,
        workspace: &Workspace,
        checked: impl IntoIterator<Item = (&'a Exercise, &'a Outcome)>,
    ) -> Result<Vec<Step>> {
        let checked: Vec<_> = checked
            .into_iter()
            .filter(|(e, _)| e.kind() == Kind::Kata)
            .collect();
        let steps = self.update(workspace, |state| {
            checked
                .iter()
                .map(|(e, o)| state.checked(&workspace.catalogue, e, o))
                .collect::<Vec<_>>()
        })?;
        for (exercise, outcome) in &checked {
            if outcome.verdict.is_pass() {
                workspace.earn_solution(exercise);
            }
        }
        Ok(steps)
    }

    /// Records a quiz's answer (see [`State::answered`]), and keeps a copy
    /// of the answers in the verdict cache.
    pub fn record_answer(
        &self,
        workspace: &Workspace,
        exercise: &Exercise,
        chosen: usize,
        right: usize,
    ) -> Result<Step> {
        let (step, record) = self.update(workspace, |state| {
            let step = state.answered(&workspace.catalogue, exercise, chosen, right);
            (step, state.exercises[&exercise.id].quiz.clone())
        })?;
        if let Some(record) = record {
            Cache::reader(self.cache_dir.clone()).remember_answers(&exercise.id, &record);
        }
        Ok(step)
    }

    fn read(&self, workspace: &Workspace) -> Result<State> {
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::default()),
            Err(e) => {
                return Err(e).with_context(|| format!("could not read {}", self.path.display()));
            }
        };
        match serde_json::from_slice::<State>(&bytes) {
            Ok(state) if state.version == VERSION => Ok(state),
            Ok(state) => self.set_aside(
                workspace,
                &format!(
                    "it was written by another version of memkata (format {})",
                    state.version
                ),
            ),
            Err(e) => self.set_aside(workspace, &e.to_string()),
        }
    }

    /// Moves an unreadable state file aside and rebuilds progress from the
    /// verdicts and answers memkata remembers.
    fn set_aside(&self, workspace: &Workspace, why: &str) -> Result<State> {
        let kept = self
            .path
            .with_file_name(format!("state.json.corrupt-{}", fsutil::file_stamp()));
        std::fs::rename(&self.path, &kept).with_context(|| {
            format!(
                "{} is unreadable ({why}) and could not be moved aside",
                self.path.display()
            )
        })?;
        let state = rebuild(&workspace.catalogue, &Cache::reader(self.cache_dir.clone()));
        let done = state.exercises.values().filter(|r| r.done).count();
        let warning = format!(
            "{} was unreadable ({why}). It was kept as {}; progress was rebuilt from the katas that last passed and the quizzes answered: {done} done.",
            self.path.display(),
            kept.display(),
        );
        self.warn(warning);
        Ok(state)
    }
}

/// Progress as the verdict cache knows it: katas whose last verdict was a
/// pass, and every quiz answer given.
fn rebuild(catalogue: &Catalogue, cache: &Cache) -> State {
    let mut state = State::default();
    for exercise in &catalogue.exercises {
        let record = match exercise.kind() {
            Kind::Kata => cache.last_outcome(&exercise.id).map(|o| Record {
                done: o.verdict.is_pass(),
                last_verdict: Some(o.verdict),
                ..Record::default()
            }),
            Kind::Quiz => cache.answers(&exercise.id).map(|q| Record {
                done: q.right,
                attempts: q.answers.len() as u32,
                last_verdict: Some(if q.right {
                    Verdict::Passed
                } else {
                    Verdict::WrongAnswer
                }),
                quiz: Some(q),
                ..Record::default()
            }),
        };
        if let Some(record) = record {
            state.exercises.insert(exercise.id.clone(), record);
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::parse(
            "[[exercises]]\nname = \"a\"\n\n[[exercises]]\nname = \"q\"\nkind = \"quiz\"\nquestion = \"?\"\nchoices = [{ says = \"x\", panics = true }, { says = \"y\", error = \"E0382\" }]\n\n[[exercises]]\nname = \"c\"\n",
            Path::new("info.toml"),
        )
        .unwrap()
    }

    fn outcome(verdict: Verdict, cached: bool) -> Outcome {
        let mut o = Outcome::new(verdict, String::new());
        o.cached = cached;
        o
    }

    #[test]
    fn a_pass_completes_the_current_exercise_and_moves_on() {
        let cat = catalogue();
        let mut state = State::default();
        let a = &cat.exercises[0];
        let step = state.checked(&cat, a, &outcome(Verdict::CompileError, false));
        assert_eq!(step, Step::default());
        let step = state.checked(&cat, a, &outcome(Verdict::Passed, false));
        assert_eq!(
            step,
            Step {
                newly_done: true,
                next: Some(1)
            }
        );
        assert_eq!(state.current_index(&cat), 1);
        assert_eq!(state.exercises["a"].attempts, 2);
        // Passing again changes nothing but the count of attempts.
        let step = state.checked(&cat, a, &outcome(Verdict::Passed, true));
        assert_eq!(step, Step::default());
        assert_eq!(state.exercises["a"].attempts, 2);
    }

    #[test]
    fn a_pass_elsewhere_leaves_the_current_exercise() {
        let cat = catalogue();
        let mut state = State::default();
        let step = state.checked(&cat, &cat.exercises[2], &outcome(Verdict::Passed, false));
        assert_eq!(
            step,
            Step {
                newly_done: true,
                next: None
            }
        );
        assert_eq!(state.current_index(&cat), 0);
    }

    #[test]
    fn answers_decide_right_first_time_and_never_undo_done() {
        let cat = catalogue();
        let q = &cat.exercises[1];
        let mut state = State::default();
        state.enter(q);
        assert_eq!(state.answered(&cat, q, 0, 1), Step::default());
        let step = state.answered(&cat, q, 1, 1);
        assert!(step.newly_done);
        state.answered(&cat, q, 0, 1);
        let record = &state.exercises["q"];
        assert!(record.done);
        assert_eq!(record.last_verdict, Some(Verdict::Passed));
        let quiz = record.quiz.as_ref().unwrap();
        assert_eq!(quiz.answers, "aba");
        assert!(!quiz.right_first_time);
    }

    #[test]
    fn hints_count_up_to_the_last() {
        let cat = Catalogue::parse(
            "[[exercises]]\nname = \"a\"\nhints = [\"1\", \"2\"]\n",
            Path::new("info.toml"),
        )
        .unwrap();
        let a = &cat.exercises[0];
        let mut state = State::default();
        state.hints_seen(a, 1);
        state.hints_seen(a, 5);
        assert_eq!(state.exercises["a"].hints_shown, 2);
        state.hints_seen(a, 1);
        assert_eq!(state.exercises["a"].hints_shown, 2);
    }
}
