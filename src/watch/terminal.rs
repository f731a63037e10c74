//! The terminal while memkata owns it: the alternate screen, no echo, a
//! hidden cursor; and the way back, however memkata ends (quit, Ctrl-C,
//! SIGTERM, a panic).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use rustix::termios::{self, LocalModes, OptionalActions, Termios};

/// The terminal settings to restore, while memkata has changed them.
static SAVED: Mutex<Option<Termios>> = Mutex::new(None);
/// Whether memkata is on the alternate screen.
static ENTERED: AtomicBool = AtomicBool::new(false);

const ENTER: &str = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
const LEAVE: &str = "\x1b[?25h\x1b[?1049l";

/// Restores the terminal when dropped.
pub struct Terminal {
    active: bool,
}

impl Terminal {
    /// Takes over the terminal if stdout is one.
    pub fn enter() -> Terminal {
        let stdin = std::io::stdin();
        let active = console::Term::stdout().is_term();
        if !active {
            return Terminal { active };
        }
        if let Ok(original) = termios::tcgetattr(&stdin) {
            let mut quiet = original.clone();
            // Keys typed while memkata is busy must not echo over the screen.
            quiet
                .local_modes
                .remove(LocalModes::ECHO | LocalModes::ICANON);
            if termios::tcsetattr(&stdin, OptionalActions::Now, &quiet).is_ok() {
                *SAVED.lock().unwrap_or_else(PoisonError::into_inner) = Some(original);
            }
        }
        let mut out = std::io::stdout();
        let _ = out.write_all(ENTER.as_bytes());
        let _ = out.flush();
        ENTERED.store(true, Ordering::SeqCst);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        Terminal { active }
    }

    /// Width and height, at least 20×8 whatever the terminal says.
    pub fn size() -> (usize, usize) {
        let (rows, cols) = console::Term::stdout().size();
        ((cols as usize).max(20), (rows as usize).max(8))
    }

    /// Draws a whole frame: each line cleared to its end, then everything
    /// below the last line cleared, in one write.
    pub fn draw(&self, lines: &[String]) {
        let mut frame = String::from("\x1b[H");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                frame.push_str("\r\n");
            }
            frame.push_str(line);
            frame.push_str("\x1b[0m\x1b[K");
        }
        frame.push_str("\x1b[J");
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(frame.as_bytes());
        let _ = out.flush();
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if self.active {
            restore();
        }
    }
}

/// Leaves the alternate screen and puts the terminal settings back.
/// Safe to call more than once.
pub fn restore() {
    if ENTERED.swap(false, Ordering::SeqCst) {
        let mut out = std::io::stdout();
        let _ = out.write_all(LEAVE.as_bytes());
        let _ = out.flush();
    }
    let saved = SAVED.lock().unwrap_or_else(PoisonError::into_inner).take();
    if let Some(original) = saved {
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, &original);
    }
}
