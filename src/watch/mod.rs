//! The watch loop: the learner's editor in one window, memkata in a
//! terminal beside it, every save answered with a verdict.
//!
//! One thread owns the screen and the learner's place in the course. File
//! events, key presses, signals and the results of checks running on other
//! threads all arrive on one channel; the loop reacts and redraws.

mod files;
mod list;
mod screen;
mod terminal;
mod wrap;

use std::fs::File;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use console::Key;

use crate::catalogue::{Exercise, Kind};
use crate::checks::{self, Checked};
use crate::cli::WatchArgs;
use crate::engine::{Cancel, Cancelled, Engine, ProgramRun, Source};
use crate::probe::Measurement;
use crate::quiz::{self, Answered};
use crate::state::{State, Store};
use crate::verdict::Outcome;
use crate::workspace::Workspace;
use list::ListView;
use terminal::Terminal;

/// Saves closer together than this are one save.
const SETTLE: Duration = Duration::from_millis(20);
/// How long a file may be missing before memkata says so (editors that
/// delete and recreate leave a short gap).
const MISSING_GRACE: Duration = Duration::from_millis(400);
/// The pause on a passed exercise before moving on by itself.
const ADVANCE_PAUSE: Duration = Duration::from_secs(2);

/// Everything the loop reacts to.
pub enum Event {
    Key(Key),
    File(Vec<PathBuf>),
    Checked {
        generation: u64,
        result: Result<Outcome>,
    },
    Program {
        generation: u64,
        result: Result<ProgramRun>,
    },
    Reference {
        name: String,
        memory: Option<Vec<Measurement>>,
    },
    CheckAllProgress(usize, usize),
    CheckAllDone(Result<Vec<Checked>>),
    Resize,
    Quit,
}

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

pub struct App {
    ws: Workspace,
    store: Store,
    state: State,
    engine: Arc<Engine>,
    args: WatchArgs,
    tx: Sender<Event>,
    /// Index of the exercise on screen.
    current: usize,
    view: View,
    /// Whether a check of the current exercise is running.
    checking: bool,
    /// The current kata's latest verdict.
    outcome: Option<Outcome>,
    /// Why the last check could not conclude, if it could not.
    failure: Option<String>,
    generation: u64,
    inflight: Option<Cancel>,
    /// Hash of the file's bytes when last checked.
    checked_hash: Option<String>,
    /// When the last file event arrived, while waiting for saves to settle.
    settle_from: Option<Instant>,
    missing_since: Option<Instant>,
    missing: bool,
    reference: Option<Vec<Measurement>>,
    program: Option<std::result::Result<ProgramRun, String>>,
    /// A quiz's source as last read, for the screen.
    program_text: String,
    queued_answer: Option<usize>,
    answered: Option<Answered>,
    hints_visible: usize,
    scroll: usize,
    message: Option<String>,
    notice: Option<String>,
    advance_at: Option<Instant>,
    /// A passed exercise waiting for `n` (a key held the pause, or
    /// auto-advance is off).
    passed_waiting: bool,
    check_all: Option<(usize, usize)>,
    check_all_cancel: Option<Cancel>,
    dirty: bool,
    quit: bool,
}

pub fn run(args: WatchArgs) -> Result<ExitCode> {
    let limits = args.limits.limits()?;
    if !console::Term::stdout().is_term() {
        bail!(
            "`memkata watch` draws a screen and reads keys, so it needs a terminal; in scripts use `memkata run` or `memkata verify`"
        );
    }
    let cwd = std::env::current_dir()?;
    let ws = Workspace::find(&cwd)?;
    let _lock = lock(&ws)?;
    let store = Store::quiet(&ws);
    let first_time = !ws.dot_dir().join("state.json").exists();
    let state = store.load(&ws)?;
    let engine = Arc::new(Engine::new(&ws, limits)?);
    ws.keep_originals();
    if let Err(e) = ws.write_manifest() {
        eprintln!("warning: could not update Cargo.toml for rust-analyzer: {e:#}");
    }

    let (tx, rx) = mpsc::channel();
    let files = files::watch(&ws.root.join("exercises"), args.poll, tx.clone())
        .context("could not watch the exercises folder")?;
    spawn_signals(tx.clone())?;
    let terminal = Terminal::enter();
    spawn_keys(tx.clone());

    let current = state.current_index(&ws.catalogue);
    let mut app = App {
        ws,
        store,
        state,
        engine,
        args,
        tx,
        current,
        view: View::Exercise,
        checking: false,
        outcome: None,
        failure: None,
        generation: 0,
        inflight: None,
        checked_hash: None,
        settle_from: None,
        missing_since: None,
        missing: false,
        reference: None,
        program: None,
        program_text: String::new(),
        queued_answer: None,
        answered: None,
        hints_visible: 0,
        scroll: 0,
        message: None,
        notice: files
            .polling
            .as_ref()
            .map(|why| format!("Polling for changes ({why}).")),
        advance_at: None,
        passed_waiting: false,
        check_all: None,
        check_all_cancel: None,
        dirty: true,
        quit: false,
    };
    if first_time && app.ws.catalogue.welcome_message.is_some() {
        app.view = View::Welcome;
    }
    if app.all_done() {
        app.view = View::Finished;
    }
    if let Some(warning) = app.store.take_notices().pop() {
        app.message = Some(warning);
    }
    app.enter_exercise(app.current);
    app.event_loop(&rx, &terminal);
    drop(terminal);
    drop(files);
    let done = app.state.done_count(&app.ws.catalogue);
    println!(
        "memkata: {done} of {} done. Progress is saved; `memkata watch` picks up where you left off.",
        app.ws.catalogue.exercises.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// One watcher per workspace: a second would write the same state.
fn lock(ws: &Workspace) -> Result<File> {
    use std::io::Write;
    let dot = ws.dot_dir();
    std::fs::create_dir_all(&dot).with_context(|| format!("could not create {}", dot.display()))?;
    let path = dot.join("watch.lock");
    let mut file = File::options()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .with_context(|| format!("could not open {}", path.display()))?;
    if file.try_lock().is_err() {
        let holder = std::fs::read_to_string(&path).unwrap_or_default();
        let holder = holder.trim();
        let who = if holder.is_empty() {
            String::new()
        } else {
            format!(" (process {holder})")
        };
        bail!(
            "another `memkata watch` is already running on this workspace{who}: use that one, or quit it first"
        );
    }
    let _ = file.set_len(0);
    let _ = write!(file, "{}", std::process::id());
    Ok(file)
}

fn spawn_signals(tx: Sender<Event>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGWINCH])
        .context("could not listen for signals")?;
    std::thread::Builder::new()
        .name("memkata-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let event = if signal == SIGWINCH {
                    Event::Resize
                } else {
                    Event::Quit
                };
                if tx.send(event).is_err() {
                    break;
                }
            }
        })?;
    Ok(())
}

fn spawn_keys(tx: Sender<Event>) {
    let _ = std::thread::Builder::new()
        .name("memkata-keys".into())
        .spawn(move || {
            let term = console::Term::stdout();
            loop {
                match term.read_key() {
                    Ok(key) => {
                        if tx.send(Event::Key(key)).is_err() {
                            break;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
        });
}

impl App {
    fn exercise(&self) -> &Exercise {
        &self.ws.catalogue.exercises[self.current]
    }

    fn all_done(&self) -> bool {
        self.state.done_count(&self.ws.catalogue) == self.ws.catalogue.exercises.len()
    }

    fn event_loop(&mut self, rx: &Receiver<Event>, terminal: &Terminal) {
        while !self.quit {
            if self.dirty {
                let (width, height) = Terminal::size();
                terminal.draw(&screen::frame(self, width, height));
                self.dirty = false;
            }
            let event = match self.next_deadline() {
                Some(deadline) => {
                    let wait = deadline.saturating_duration_since(Instant::now());
                    match rx.recv_timeout(wait) {
                        Ok(event) => Some(event),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                None => match rx.recv() {
                    Ok(event) => Some(event),
                    Err(_) => break,
                },
            };
            if let Some(event) = event {
                self.handle(event);
            }
            self.on_time();
        }
        if let Some(cancel) = self.inflight.take() {
            cancel.cancel();
        }
        if let Some(cancel) = self.check_all_cancel.take() {
            cancel.cancel();
        }
    }

    fn next_deadline(&self) -> Option<Instant> {
        [
            self.settle_from.map(|t| t + SETTLE),
            self.missing_since.map(|t| t + MISSING_GRACE),
            self.advance_at,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Acts on the deadlines that have passed.
    fn on_time(&mut self) {
        let now = Instant::now();
        if self.settle_from.is_some_and(|t| now >= t + SETTLE) {
            self.settle_from = None;
            self.check(false);
        }
        if self.missing_since.is_some_and(|t| now >= t + MISSING_GRACE) {
            self.missing_since = None;
            if !self.ws.file(self.exercise()).is_file() {
                self.missing = true;
                self.dirty = true;
            }
        }
        if self.advance_at.is_some_and(|t| now >= t) {
            self.advance_at = None;
            self.advance();
        }
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Key(key) => self.on_key(key),
            Event::File(paths) => {
                let mine = self.ws.file(self.exercise());
                if paths.contains(&mine) {
                    self.settle_from = Some(Instant::now());
                }
            }
            Event::Checked { generation, result } => {
                if generation == self.generation {
                    self.inflight = None;
                    self.checking = false;
                    self.on_checked(result);
                }
            }
            Event::Program { generation, result } => {
                if generation == self.generation {
                    self.inflight = None;
                    self.program = Some(result.map_err(|e| format!("{e:#}")));
                    if let Some(choice) = self.queued_answer.take() {
                        self.answer(choice);
                    }
                    self.dirty = true;
                }
            }
            Event::Reference { name, memory } => {
                if name == self.exercise().name {
                    self.reference = memory;
                    self.dirty = true;
                }
            }
            Event::CheckAllProgress(done, total) => {
                self.check_all = Some((done, total));
                self.dirty = true;
            }
            Event::CheckAllDone(result) => self.on_check_all(result),
            Event::Resize => self.dirty = true,
            Event::Quit => self.quit = true,
        }
    }

    /// Makes exercise `index` the one on screen and checks it.
    fn enter_exercise(&mut self, index: usize) {
        if let Some(cancel) = self.inflight.take() {
            cancel.cancel();
        }
        self.current = index;
        self.generation += 1;
        self.checking = false;
        self.outcome = None;
        self.failure = None;
        self.checked_hash = None;
        self.settle_from = None;
        self.missing_since = None;
        self.missing = false;
        self.reference = None;
        self.program = None;
        self.program_text.clear();
        self.queued_answer = None;
        self.answered = None;
        self.hints_visible = 0;
        self.scroll = 0;
        self.advance_at = None;
        self.passed_waiting = false;
        self.dirty = true;
        let name = self.exercise().name.clone();
        let _ = self.store.update(&self.ws, |state| {
            state.record(&name);
            state.current = Some(name.clone());
        });
        self.reload_state();
        self.open_editor();
        self.check(false);
        self.prefetch_reference();
    }

    fn reload_state(&mut self) {
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
    fn check(&mut self, fresh: bool) {
        let exercise = self.exercise().clone();
        let path = self.ws.file(&exercise);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(_) => {
                if !self.missing && self.missing_since.is_none() {
                    self.missing_since = Some(Instant::now());
                }
                return;
            }
        };
        if self.missing {
            self.missing = false;
            self.message = Some(format!("{} is back.", exercise.path().display()));
        }
        self.missing_since = None;
        let hash = crate::cache::hash(&[&bytes]);
        if !fresh && self.checked_hash.as_deref() == Some(hash.as_str()) {
            return;
        }
        self.checked_hash = Some(hash);
        if let Some(cancel) = self.inflight.take() {
            cancel.cancel();
        }
        self.generation += 1;
        let generation = self.generation;
        let cancel = Cancel::default();
        self.inflight = Some(cancel.clone());
        let engine = Arc::clone(&self.engine);
        let tx = self.tx.clone();
        self.dirty = true;
        self.advance_at = None;
        self.passed_waiting = false;
        if exercise.kind() == Kind::Quiz {
            self.program_text = String::from_utf8_lossy(&bytes).into_owned();
            self.program = None;
            self.answered = None;
            spawn(move || {
                let result = engine.run_program(&exercise, &cancel);
                let _ = tx.send(Event::Program { generation, result });
            });
        } else {
            self.checking = true;
            spawn(move || {
                let result = engine.check_with(&exercise, Source::Exercise, &cancel, !fresh);
                let _ = tx.send(Event::Checked { generation, result });
            });
        }
    }

    /// Builds the reference solution's figures in the background, for
    /// katas that measure memory.
    fn prefetch_reference(&mut self) {
        let exercise = self.exercise().clone();
        if exercise.kind() == Kind::Quiz {
            return;
        }
        let uses_probe = std::fs::read_to_string(self.ws.file(&exercise))
            .is_ok_and(|code| crate::engine::uses_probe(&code));
        if !uses_probe {
            return;
        }
        let engine = Arc::clone(&self.engine);
        let tx = self.tx.clone();
        spawn(move || {
            let memory = engine.reference_memory(&exercise);
            let _ = tx.send(Event::Reference {
                name: exercise.name,
                memory,
            });
        });
    }

    fn on_checked(&mut self, result: Result<Outcome>) {
        self.dirty = true;
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(e) if e.is::<Cancelled>() => return,
            Err(e) => {
                self.failure = Some(format!("{e:#}"));
                return;
            }
        };
        self.failure = None;
        let exercise = self.exercise().clone();
        let passed = outcome.verdict.is_pass();
        if let Err(e) = crate::commands::record_verdict(&self.ws, &self.store, &exercise, &outcome)
        {
            self.message = Some(format!("could not save progress: {e:#}"));
        }
        self.reload_state();
        self.outcome = Some(outcome);
        self.scroll = 0;
        if passed {
            self.on_passed();
        }
    }

    /// A passed exercise: say so, then move on after a pause (or on `n`).
    fn on_passed(&mut self) {
        if self.all_done() {
            self.passed_waiting = true;
            return;
        }
        if self.args.no_auto_advance || self.exercise().kind() == Kind::Quiz {
            self.passed_waiting = true;
        } else {
            self.advance_at = Some(Instant::now() + ADVANCE_PAUSE);
        }
    }

    /// Moves to the next exercise not done.
    fn advance(&mut self) {
        self.advance_at = None;
        self.passed_waiting = false;
        if self.all_done() {
            self.view = View::Finished;
            self.dirty = true;
            return;
        }
        let next = self
            .state
            .next_pending(&self.ws.catalogue, Some(self.current))
            .unwrap_or(self.current);
        self.enter_exercise(next);
    }

    fn is_passed(&self) -> bool {
        match self.exercise().kind() {
            Kind::Quiz => {
                self.state.is_done(&self.exercise().name)
                    && self.answered.as_ref().is_some_and(Answered::is_right)
            }
            Kind::Kata => {
                !self.checking && self.outcome.as_ref().is_some_and(|o| o.verdict.is_pass())
            }
        }
    }

    fn answer(&mut self, choice: usize) {
        let Some(program) = &self.program else {
            self.queued_answer = Some(choice);
            return;
        };
        let run = match program {
            Ok(run) => run.clone(),
            Err(e) => {
                self.message = Some(format!("could not build the quiz: {e}"));
                return;
            }
        };
        let exercise = self.exercise().clone();
        match quiz::answer(&self.ws, &self.store, &exercise, run, choice) {
            Ok(answered) => {
                let right = answered.is_right();
                self.answered = Some(answered);
                self.reload_state();
                if right {
                    self.on_passed();
                }
            }
            Err(e) => self.message = Some(format!("{e:#}")),
        }
        self.scroll = 0;
        self.dirty = true;
    }

    fn on_key(&mut self, key: Key) {
        self.dirty = true;
        if matches!(key, Key::CtrlC) {
            self.quit = true;
            return;
        }
        // Any key holds the pause before moving on; `n` moves on now.
        if self.advance_at.is_some() {
            self.advance_at = None;
            if matches!(key, Key::Char('n')) {
                self.advance();
            } else {
                self.passed_waiting = true;
                self.message = Some("Holding here. Press n when you want to move on.".into());
            }
            return;
        }
        match std::mem::replace(&mut self.view, View::Exercise) {
            View::Welcome => {
                if matches!(key, Key::Char('q')) {
                    self.quit = true;
                }
                self.view = View::Exercise;
            }
            View::List(list) => self.on_list_key(list, key),
            View::Pager {
                title,
                lines,
                scroll,
            } => {
                let page = Terminal::size().1.saturating_sub(6).max(1);
                let scroll = match key {
                    Key::ArrowDown | Key::Char('j') => Some(scroll + 1),
                    Key::ArrowUp | Key::Char('k') => Some(scroll.saturating_sub(1)),
                    Key::PageDown | Key::Char(' ') => Some(scroll + page),
                    Key::PageUp => Some(scroll.saturating_sub(page)),
                    Key::Home => Some(0),
                    Key::End => Some(lines.len()),
                    _ => None,
                };
                if let Some(scroll) = scroll {
                    let scroll = scroll.min(lines.len().saturating_sub(1));
                    self.view = View::Pager {
                        title,
                        lines,
                        scroll,
                    };
                }
            }
            View::ConfirmReset => {
                if matches!(key, Key::Char('y') | Key::Char('Y')) {
                    self.reset();
                } else {
                    self.message = Some("Reset cancelled; nothing changed.".into());
                }
            }
            View::Finished => match key {
                Key::Char('q') => self.quit = true,
                Key::Char('l') => self.open_list(),
                _ => self.view = View::Finished,
            },
            View::Exercise => self.on_exercise_key(key),
        }
    }

    fn on_exercise_key(&mut self, key: Key) {
        self.message = None;
        let exercise = self.exercise().clone();
        if let (Some(q), Key::Char(c)) = (&exercise.quiz, &key)
            && let Some(choice) = quiz::parse_letter(q, &c.to_string())
        {
            self.answer(choice);
            return;
        }
        let page = Terminal::size().1.saturating_sub(6).max(1);
        match key {
            Key::Char('q') | Key::Escape => self.quit = true,
            Key::Char('n') => {
                if self.is_passed() || self.state.is_done(&exercise.name) {
                    self.advance();
                } else {
                    self.message = Some(format!(
                        "{} is not done yet. Fix it and save (or press l to jump elsewhere).",
                        exercise.name
                    ));
                }
            }
            Key::Char('h') => self.next_hint(),
            Key::Char('l') => self.open_list(),
            Key::Char('r') => {
                self.message = Some(format!("Checking {} again.", exercise.name));
                if exercise.kind() == Kind::Quiz {
                    self.answered = None;
                    self.check(true);
                } else {
                    self.check(true);
                }
            }
            Key::Char('c') => self.start_check_all(),
            Key::Char('x') => self.view = View::ConfirmReset,
            Key::Char('e') => self.explain(),
            Key::ArrowDown | Key::Char('j') => self.scroll += 1,
            Key::ArrowUp | Key::Char('k') => self.scroll = self.scroll.saturating_sub(1),
            Key::PageDown | Key::Char(' ') => self.scroll += page,
            Key::PageUp => self.scroll = self.scroll.saturating_sub(page),
            Key::Home => self.scroll = 0,
            _ => {}
        }
    }

    fn next_hint(&mut self) {
        let exercise = self.exercise().clone();
        let total = exercise.hints.len();
        if total == 0 {
            self.message = Some(format!(
                "{} has no hints: its file says what to do.",
                exercise.name
            ));
            return;
        }
        if self.hints_visible >= total {
            self.message = Some("That was the last hint.".into());
            return;
        }
        self.hints_visible += 1;
        let shown = self.hints_visible as u32;
        let _ = self.store.update(&self.ws, |state| {
            let record = state.record(&exercise.name);
            record.hints_shown = record.hints_shown.max(shown);
        });
        self.reload_state();
        self.scroll = 0;
    }

    fn open_list(&mut self) {
        self.view = View::List(ListView::new(&self.ws.catalogue, self.current));
    }

    fn on_list_key(&mut self, mut list: ListView, key: Key) {
        match list.on_key(&key, &self.ws.catalogue, &self.state) {
            list::Action::Stay => self.view = View::List(list),
            list::Action::Close => {
                self.view = if self.all_done() {
                    View::Finished
                } else {
                    View::Exercise
                };
            }
            list::Action::Jump(index) => {
                self.view = View::Exercise;
                self.enter_exercise(index);
            }
        }
    }

    fn reset(&mut self) {
        let exercise = self.exercise().clone();
        match crate::commands::restore(&self.ws, &exercise) {
            Ok(crate::commands::Restored::Unchanged) => {
                self.message = Some(format!(
                    "{} is already as it was at the start.",
                    exercise.path().display()
                ));
            }
            Ok(crate::commands::Restored::Recreated) => {
                self.message = Some(format!("Restored {}.", exercise.path().display()));
            }
            Ok(crate::commands::Restored::BackedUp(backup)) => {
                let backup = backup
                    .strip_prefix(&self.ws.root)
                    .unwrap_or(&backup)
                    .display()
                    .to_string();
                self.message = Some(format!(
                    "Restored {}. Your version is kept at {backup}.",
                    exercise.path().display()
                ));
            }
            Err(e) => self.message = Some(format!("Could not reset: {e:#}")),
        }
        self.missing = false;
        self.check(false);
    }

    fn explain(&mut self) {
        let output = self
            .outcome
            .as_ref()
            .map(|o| console::strip_ansi_codes(&o.output).into_owned())
            .unwrap_or_default();
        let code = output.match_indices("error[E").find_map(|(i, _)| {
            let code = output.get(i + 6..i + 11)?;
            crate::catalogue::is_error_code(code).then(|| code.to_string())
        });
        let Some(code) = code else {
            self.message = Some("There is no error code on screen to explain.".into());
            return;
        };
        let explained = std::process::Command::new(&self.engine.toolchain().rustc)
            .args(["--explain", &code])
            .output();
        match explained {
            Ok(out) if out.status.success() => {
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                self.view = View::Pager {
                    title: format!("rustc --explain {code}"),
                    lines: text.lines().map(str::to_string).collect(),
                    scroll: 0,
                };
            }
            _ => self.message = Some(format!("rustc could not explain {code}.")),
        }
    }

    fn start_check_all(&mut self) {
        if self.check_all.is_some() {
            self.message = Some("Already checking every exercise.".into());
            return;
        }
        let exercises = self.ws.catalogue.exercises.clone();
        let engine = Arc::clone(&self.engine);
        let state = self.state.clone();
        let tx = self.tx.clone();
        let cancel = Cancel::default();
        self.check_all_cancel = Some(cancel.clone());
        self.check_all = Some((0, exercises.len()));
        spawn(move || {
            let progress = tx.clone();
            let on_done = move |done: usize, total: usize| {
                let _ = progress.send(Event::CheckAllProgress(done, total));
            };
            let jobs = checks::default_jobs();
            let result =
                checks::check_all(&engine, &state, &exercises, jobs, false, &cancel, &on_done);
            let _ = tx.send(Event::CheckAllDone(result));
        });
    }

    fn on_check_all(&mut self, result: Result<Vec<Checked>>) {
        self.check_all = None;
        self.check_all_cancel = None;
        self.dirty = true;
        let results = match result {
            Ok(r) => r,
            Err(e) if e.is::<Cancelled>() => return,
            Err(e) => {
                self.message = Some(format!("Checking every exercise failed: {e:#}"));
                return;
            }
        };
        let _ = self
            .store
            .update(&self.ws, |state| checks::remember(state, &results));
        self.reload_state();
        let passed = results
            .iter()
            .filter(|c| c.outcome.verdict.is_pass())
            .count();
        let mut lines = vec![
            format!("{passed} of {} pass.", results.len()),
            String::new(),
        ];
        for c in results.iter().filter(|c| !c.outcome.verdict.is_pass()) {
            lines.push(format!(
                "  {:24} {:12} {}",
                c.exercise.name,
                c.exercise.topic(),
                c.outcome.summary()
            ));
        }
        if passed == results.len() {
            lines.push("Every exercise passes.".into());
        }
        self.view = View::Pager {
            title: "Check all".into(),
            lines,
            scroll: 0,
        };
        if self.all_done() {
            self.view = View::Finished;
        }
    }

    /// Opens the current exercise in the learner's editor, if they asked
    /// for that (or one can be opened without taking over this terminal).
    fn open_editor(&mut self) {
        let Some(command) = editor_command(&self.args) else {
            return;
        };
        let path = self.ws.file(self.exercise());
        let spawned = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{command} \"$1\""))
            .arg("memkata-editor")
            .arg(&path)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        match spawned {
            Ok(mut child) => {
                // Reap it in the background: editors that fork return at once.
                spawn(move || {
                    let _ = child.wait();
                });
            }
            Err(e) => {
                self.message = Some(format!("Could not run the editor command `{command}`: {e}"))
            }
        }
    }
}

/// The command that opens files for the learner: `--edit-cmd`, else a
/// graphical `$VISUAL`/`$EDITOR`, else VS Code when memkata runs in its
/// terminal. A terminal editor would fight memkata for the terminal.
fn editor_command(args: &WatchArgs) -> Option<String> {
    if let Some(cmd) = &args.edit_cmd {
        return Some(cmd.clone());
    }
    const GRAPHICAL: &[&str] = &[
        "code",
        "code-insiders",
        "codium",
        "subl",
        "zed",
        "gedit",
        "kate",
        "mate",
        "atom",
        "gvim",
        "mvim",
        "idea",
        "clion",
        "rustrover",
        "xed",
        "mousepad",
        "gnome-text-editor",
    ];
    for var in ["VISUAL", "EDITOR"] {
        if let Ok(value) = std::env::var(var) {
            let program = value.split_whitespace().next().unwrap_or("");
            let base = program.rsplit('/').next().unwrap_or(program);
            if GRAPHICAL.contains(&base) {
                return Some(value);
            }
        }
    }
    if std::env::var("TERM_PROGRAM").is_ok_and(|t| t == "vscode") {
        return Some("code --reuse-window".into());
    }
    None
}

fn spawn(f: impl FnOnce() + Send + 'static) {
    let _ = std::thread::Builder::new()
        .name("memkata-check".into())
        .spawn(f);
}
