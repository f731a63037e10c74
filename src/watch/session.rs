//! The learner's session in the watch loop: where they are in the course,
//! what is on screen, and how each event changes that.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::focus::{FileState, Focus, Job, Latest, Passed};
use super::jobs::Jobs;
use super::keys::{self, Screen};
use super::list::ListView;
use super::{Event, editor};
use crate::catalogue::{Exercise, Kind};
use crate::checks;
use crate::cli::WatchArgs;
use crate::engine::Cancel;
use crate::engine::cache::hash;
use crate::quiz::{self, Answered, QuizRun};
use crate::state::{State, Store};
use crate::verdict::Outcome;
use crate::workspace::Workspace;

/// Saves closer together than this are one save.
const SETTLE: Duration = Duration::from_millis(20);
/// How long a file may be missing before memkata says so (editors that
/// delete and recreate leave a short gap).
const MISSING_GRACE: Duration = Duration::from_millis(400);

/// What fills the screen between the header and the status line.
pub enum View {
    /// The current exercise (kata or quiz).
    Exercise,
    Welcome,
    List(ListView),
    Pager {
        title: String,
        lines: Vec<String>,
        scroll: usize,
    },
    ConfirmReset,
    /// Every exercise is done.
    Finished,
}

/// What asking for a check did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    Started,
    /// The file is as it was at the last check.
    Unchanged,
    /// The file is not there.
    Missing,
}

/// "Check all" in progress.
pub struct CheckAll {
    pub done: usize,
    pub total: usize,
    _cancel: CancelOnDrop,
}

struct CancelOnDrop(Cancel);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

pub struct Session {
    pub ws: Arc<Workspace>,
    pub store: Store,
    pub state: State,
    pub jobs: Jobs,
    pub args: WatchArgs,
    /// Index of the exercise on screen.
    pub current: usize,
    pub view: View,
    pub focus: Focus,
    generation: u64,
    /// A line for the learner, until the next key.
    pub message: Option<String>,
    /// A standing note (polling, for instance).
    pub notice: Option<String>,
    pub check_all: Option<CheckAll>,
    pub quit: bool,
}

impl Session {
    pub fn new(
        ws: Arc<Workspace>,
        store: Store,
        state: State,
        jobs: Jobs,
        args: WatchArgs,
    ) -> Session {
        let current = state.current_index(&ws.catalogue);
        Session {
            ws,
            store,
            state,
            jobs,
            args,
            current,
            view: View::Exercise,
            focus: Focus::default(),
            generation: 0,
            message: None,
            notice: None,
            check_all: None,
            quit: false,
        }
    }

    pub fn exercise(&self) -> &Exercise {
        &self.ws.catalogue.exercises[self.current]
    }

    pub fn all_done(&self) -> bool {
        self.state.done_count(&self.ws.catalogue) == self.ws.catalogue.exercises.len()
    }

    /// Whether the exercise on screen has been passed in this visit.
    pub fn is_passed(&self) -> bool {
        match self.exercise().kind() {
            Kind::Quiz => self
                .focus
                .quiz
                .answered
                .as_ref()
                .is_some_and(Answered::is_right),
            Kind::Kata => {
                !self.focus.busy()
                    && self
                        .focus
                        .latest
                        .outcome()
                        .is_some_and(|o| o.verdict.is_pass())
            }
        }
    }

    /// The screen, as far as keys are concerned.
    pub fn screen(&self) -> Screen {
        match &self.view {
            View::Welcome => Screen::Welcome,
            View::List(_) => Screen::List,
            View::Pager { .. } => Screen::Pager,
            View::ConfirmReset => Screen::ConfirmReset,
            View::Finished => Screen::Finished,
            View::Exercise => Screen::Exercise {
                choices: self.exercise().quiz.as_ref().map(|q| q.choices.len()),
                done: self.is_passed() || self.state.is_done(self.exercise()),
                hints: !self.exercise().hints.is_empty(),
            },
        }
    }

    pub fn footer(&self) -> String {
        keys::footer(self.screen())
    }

    /// The earliest moment something is due.
    pub fn next_deadline(&self) -> Option<Instant> {
        let missing = match self.focus.file {
            FileState::GoneSince(t) => Some(t + MISSING_GRACE),
            _ => None,
        };
        let advance = match self.focus.passed {
            Passed::Advancing(t) => Some(t),
            _ => None,
        };
        [self.focus.settle_from.map(|t| t + SETTLE), missing, advance]
            .into_iter()
            .flatten()
            .min()
    }

    /// Acts on the deadlines that have passed.
    pub fn on_time(&mut self) {
        let now = Instant::now();
        if self.focus.settle_from.is_some_and(|t| now >= t + SETTLE) {
            self.focus.settle_from = None;
            // Unchanged while its check still runs: the same save, seen
            // twice (a save by rename makes several events).
            let echo = self.focus.job.is_some();
            if self.check(false) == Checked::Unchanged && self.message.is_none() && !echo {
                self.message =
                    Some("No change since the last check (press r to run it again).".into());
            }
        }
        if let FileState::GoneSince(t) = self.focus.file
            && now >= t + MISSING_GRACE
            && !self.ws.file(self.exercise()).is_file()
        {
            self.focus.file = FileState::Missing;
        }
        if let Passed::Advancing(t) = self.focus.passed
            && now >= t
        {
            self.advance();
        }
    }

    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Key(key) => self.on_key(key),
            Event::File { paths, complete } => {
                if paths.contains(&self.ws.file(self.exercise())) {
                    // A finished save is checked at once; other changes
                    // wait for the writes to settle.
                    let now = Instant::now();
                    self.focus.settle_from = Some(if complete {
                        now.checked_sub(SETTLE).unwrap_or(now)
                    } else {
                        now
                    });
                }
            }
            Event::Checked { generation, result } => {
                if self.is_current(generation) {
                    self.focus.job = None;
                    self.on_checked(result);
                }
            }
            Event::Quiz { generation, result } => {
                if self.is_current(generation) {
                    self.focus.job = None;
                    self.on_quiz(result);
                }
            }
            Event::Reference { id, memory } => {
                if id == self.exercise().id {
                    self.focus.reference = memory;
                }
            }
            Event::CheckAllProgress(done, total) => {
                if let Some(c) = &mut self.check_all {
                    c.done = done;
                    c.total = total;
                }
            }
            Event::CheckAllDone(result) => self.on_check_all(result),
            Event::Explained { code, result } => self.on_explained(code, result),
            Event::Resize => {}
            Event::Quit => self.quit = true,
        }
    }

    fn is_current(&self, generation: u64) -> bool {
        self.focus
            .job
            .as_ref()
            .is_some_and(|j| j.generation == generation)
    }

    /// Makes exercise `index` the one on screen and checks it.
    pub fn enter(&mut self, index: usize) {
        self.current = index;
        self.focus = Focus::default();
        self.message = None;
        let exercise = self.exercise().clone();
        if let Err(e) = self.store.update(&self.ws, |state| state.enter(&exercise)) {
            self.message = Some(format!("could not save progress: {e:#}"));
        }
        self.reload_state();
        if let Some(command) = editor::command(&self.args)
            && let Err(e) = editor::open(&command, &self.ws.file(&exercise))
        {
            self.message = Some(format!("Could not run the editor command `{command}`: {e}"));
        }
        self.check(false);
        if exercise.kind() == Kind::Kata
            && let Err(e) = self.jobs.reference(exercise)
        {
            self.message = Some(format!("{e:#}"));
        }
    }

    pub fn reload_state(&mut self) {
        match self.store.load(&self.ws) {
            Ok(state) => self.state = state,
            Err(e) => self.message = Some(format!("could not read progress: {e:#}")),
        }
        if let Some(warning) = self.store.take_notices().pop() {
            self.message = Some(warning);
        }
    }

    /// Checks the current exercise if its file changed since the last
    /// check (or always, with `fresh`), cancelling a check in flight.
    pub fn check(&mut self, fresh: bool) -> Checked {
        let exercise = self.exercise().clone();
        let Ok(bytes) = std::fs::read(self.ws.file(&exercise)) else {
            if self.focus.file == FileState::Present {
                self.focus.file = FileState::GoneSince(Instant::now());
            }
            return Checked::Missing;
        };
        if self.focus.file == FileState::Missing {
            self.message = Some(format!("{} is back.", exercise.path().display()));
        }
        self.focus.file = FileState::Present;
        let digest = hash(&[&bytes]);
        if !fresh && self.focus.checked_hash.as_deref() == Some(digest.as_str()) {
            return Checked::Unchanged;
        }
        self.focus.checked_hash = Some(digest);
        self.focus.passed = Passed::No;
        self.generation += 1;
        let generation = self.generation;
        let started = match exercise.kind() {
            Kind::Quiz => self.start_quiz(generation, exercise),
            Kind::Kata => self.jobs.check(generation, exercise, !fresh),
        };
        match started {
            Ok(cancel) => self.focus.job = Some(Job::new(generation, cancel)),
            Err(e) => {
                self.focus.job = None;
                self.focus.latest = Latest::Failed(format!("{e:#}"));
            }
        }
        Checked::Started
    }

    /// A quiz is built from the course's copy; the learner's file only
    /// says when to look again.
    fn start_quiz(&mut self, generation: u64, exercise: Exercise) -> Result<Cancel> {
        let program = quiz::program(&self.ws, &exercise)?;
        self.focus.quiz.program = String::from_utf8_lossy(&program).into_owned();
        self.focus.quiz.run = None;
        self.jobs.quiz(generation, exercise, program)
    }

    fn on_checked(&mut self, result: Result<Outcome>) {
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(e) => {
                self.focus.latest = Latest::Failed(format!("{e:#}"));
                return;
            }
        };
        // The verdict is drawn first; it is written down right after
        // (see `after_draw`), so the disk never delays the screen.
        self.focus.latest = Latest::Outcome(outcome);
        self.focus.scroll = 0;
        self.focus.unrecorded = true;
    }

    /// Work that must not delay the frame just drawn: recording the last
    /// verdict, and what follows from it.
    /// Returns whether there was any.
    pub fn after_draw(&mut self) -> bool {
        if !std::mem::take(&mut self.focus.unrecorded) {
            return false;
        }
        let Latest::Outcome(outcome) = &self.focus.latest else {
            return false;
        };
        let passed = outcome.verdict.is_pass();
        let exercise = self.exercise().clone();
        if let Err(e) = self.store.record_check(&self.ws, &exercise, outcome) {
            self.message = Some(format!("could not save progress: {e:#}"));
        }
        self.reload_state();
        // While the learner reads the first verdict and edits, the build
        // cache is warmed for the save that will pass.
        if !passed && !self.focus.prepared {
            self.focus.prepared = true;
            if let Err(e) = self.jobs.prepare(exercise) {
                self.message = Some(format!("{e:#}"));
            }
        }
        if passed {
            self.on_passed();
        }
        true
    }

    fn on_quiz(&mut self, result: Result<QuizRun>) {
        self.focus.quiz.run = Some(result.map_err(|e| format!("{e:#}")));
        if let Some(choice) = self.focus.quiz.queued.take() {
            self.answer(choice);
        }
    }

    /// Answers the quiz on screen with `choice`, or keeps the answer until
    /// the compiler has said what it needs to judge it.
    pub fn answer(&mut self, choice: usize) {
        let run = match &self.focus.quiz.run {
            None => {
                self.focus.quiz.queued = Some(choice);
                return;
            }
            Some(Err(e)) => {
                self.message = Some(format!("could not build the quiz: {e}"));
                return;
            }
            Some(Ok(run)) => run.clone(),
        };
        let exercise = self.exercise().clone();
        let answered = Answered::new(&exercise, run, choice).and_then(|answered| {
            self.store
                .record_answer(&self.ws, &exercise, choice, answered.right)?;
            Ok(answered)
        });
        match answered {
            Ok(answered) => {
                let right = answered.is_right();
                self.focus.quiz.answered = Some(answered);
                self.reload_state();
                if right {
                    self.on_passed();
                }
            }
            Err(e) => self.message = Some(format!("{e:#}")),
        }
        self.focus.scroll = 0;
    }

    /// A passed exercise: say so, then move on after a pause (or on `n`).
    fn on_passed(&mut self) {
        let stay =
            self.all_done() || self.args.no_auto_advance || self.exercise().kind() == Kind::Quiz;
        self.focus.passed = if stay {
            Passed::Waiting
        } else {
            Passed::Advancing(Instant::now() + self.args.advance_pause())
        };
    }

    /// Moves to the next exercise not done.
    pub fn advance(&mut self) {
        if self.all_done() {
            self.focus.passed = Passed::Waiting;
            self.view = View::Finished;
            return;
        }
        let next = self
            .state
            .next_pending(&self.ws.catalogue, Some(self.current))
            .unwrap_or(self.current);
        self.enter(next);
    }

    /// Starts checking every exercise.
    pub fn start_check_all(&mut self) {
        if self.check_all.is_some() {
            self.message = Some("Already checking every exercise.".into());
            return;
        }
        match self.jobs.check_all(self.state.clone()) {
            Ok(cancel) => {
                self.check_all = Some(CheckAll {
                    done: 0,
                    total: self.ws.catalogue.exercises.len(),
                    _cancel: CancelOnDrop(cancel),
                });
            }
            Err(e) => self.message = Some(format!("{e:#}")),
        }
    }

    fn on_check_all(&mut self, result: Result<Vec<checks::Checked>>) {
        if self.check_all.take().is_none() {
            return;
        }
        let results = match result {
            Ok(r) => r,
            Err(e) => {
                self.message = Some(format!("Checking every exercise failed: {e:#}"));
                return;
            }
        };
        let recorded = self
            .store
            .record_checks(&self.ws, results.iter().map(|c| (&c.exercise, &c.outcome)));
        if let Err(e) = recorded {
            self.message = Some(format!("could not save progress: {e:#}"));
        }
        self.reload_state();
        self.view = if self.all_done() {
            View::Finished
        } else {
            View::Pager {
                title: "Check all".into(),
                lines: super::actions::check_all_lines(&results),
                scroll: 0,
            }
        };
    }

    fn on_explained(&mut self, code: String, result: Result<String>) {
        match result {
            Ok(text) => {
                self.view = View::Pager {
                    title: format!("rustc --explain {code}"),
                    lines: text.lines().map(str::to_string).collect(),
                    scroll: 0,
                };
            }
            Err(e) => self.message = Some(format!("{e:#}")),
        }
    }
}
