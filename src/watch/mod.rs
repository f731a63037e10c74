//! The watch loop: the learner's editor in one window, memkata in a
//! terminal beside it, every save answered with a verdict.
//!
//! One thread owns the screen and the learner's session. File events, key
//! presses, signals and the results of jobs running on other threads all
//! arrive on one channel; the loop reacts, acts on the deadlines that have
//! passed, and redraws.

mod actions;
mod editor;
mod files;
mod focus;
mod jobs;
mod keys;
mod list;
mod screen;
mod session;
mod signals;
mod terminal;
mod wrap;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use console::Key;

use crate::checks::Checked;
use crate::cli::WatchArgs;
use crate::engine::{Engine, cache::hash};
use crate::fsutil;
use crate::probe::Measurement;
use crate::quiz::QuizRun;
use crate::state::Store;
use crate::verdict::Outcome;
use crate::workspace::Workspace;
use jobs::Jobs;
use session::{Session, View};
use terminal::Terminal;

/// Everything the loop reacts to.
pub enum Event {
    Key(Key),
    /// Files changed; `complete` when the change is known to be a
    /// finished save.
    File {
        paths: Vec<PathBuf>,
        complete: bool,
    },
    Checked {
        generation: u64,
        result: Result<Outcome>,
    },
    Quiz {
        generation: u64,
        result: Result<QuizRun>,
    },
    Reference {
        id: String,
        memory: Option<Vec<Measurement>>,
    },
    CheckAllProgress(usize, usize),
    CheckAllDone(Result<Vec<Checked>>),
    Explained {
        code: String,
        result: Result<String>,
    },
    Resize,
    Quit,
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
    let engine = Arc::new(Engine::new(&ws.root, &ws.dot_dir(), limits)?.incremental());
    ws.keep_originals();

    let (tx, rx) = mpsc::channel();
    let files = files::watch(&ws.root.join("exercises"), args.poll, tx.clone())
        .context("could not watch the exercises folder")?;
    signals::spawn(tx.clone()).context("could not listen for signals")?;
    let ws = Arc::new(ws);
    let jobs = Jobs::new(Arc::clone(&ws), engine, tx.clone());
    let mut session = Session::new(Arc::clone(&ws), store, state, jobs, args);
    session.notice = files
        .polling
        .as_ref()
        .map(|why| format!("Polling for changes ({why})."));
    let startup_notice = ws
        .notices
        .first()
        .cloned()
        .or_else(|| session.store.take_notices().pop());
    if first_time && ws.catalogue.welcome_message.is_some() {
        session.view = View::Welcome;
    }
    let terminal = Terminal::enter();
    spawn_keys(tx);
    session.enter(session.current);
    if startup_notice.is_some() {
        session.message = startup_notice;
    }
    if session.all_done() {
        session.view = View::Finished;
    }
    event_loop(&mut session, &rx, &terminal);
    drop(terminal);
    drop(files);
    let done = session.state.done_count(&ws.catalogue);
    println!(
        "memkata: {done} of {} done. Progress is saved; `memkata watch` picks up where you left off.",
        ws.catalogue.exercises.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Waits for the next event or deadline, acts, redraws; until the learner
/// quits or every sender is gone.
fn event_loop(session: &mut Session, rx: &Receiver<Event>, terminal: &Terminal) {
    let mut last_frame = String::new();
    while !session.quit {
        let (width, height) = Terminal::size();
        let frame = screen::frame(session, width, height);
        let digest = hash(&[frame.join("\n").as_bytes()]);
        if digest != last_frame {
            terminal.draw(&frame);
            last_frame = digest;
        }
        // What the frame just drawn left to do; then the frame again.
        if session.after_draw() {
            continue;
        }
        let event = match session.next_deadline() {
            Some(deadline) => {
                match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
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
            if matches!(event, Event::Resize) {
                last_frame.clear();
            }
            session.handle(event);
        }
        session.on_time();
    }
}

/// One watcher per workspace: a second would write the same state.
fn lock(ws: &Workspace) -> Result<std::fs::File> {
    use std::io::Write;
    let path = ws.dot_dir().join("watch.lock");
    let Some(mut file) = fsutil::try_lock(&path)? else {
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
    };
    let _ = file.set_len(0);
    let _ = write!(file, "{}", std::process::id());
    Ok(file)
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
