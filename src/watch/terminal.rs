//! The terminal while memkata owns it: the alternate screen, no echo, a
//! hidden cursor; and the way back, however memkata ends (quit, Ctrl-C,
//! SIGTERM, a panic).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// The terminal settings to restore, while memkata has changed them.
static SAVED: Mutex<Option<mode::Saved>> = Mutex::new(None);
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
        let active = console::Term::stdout().is_term();
        if !active {
            return Terminal { active };
        }
        if let Some(original) = mode::set() {
            *SAVED.lock().unwrap_or_else(PoisonError::into_inner) = Some(original);
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
        mode::restore(&original);
    }
}

/// Keys typed while memkata is busy must not echo over the screen.
#[cfg(unix)]
mod mode {
    use rustix::termios::{self, LocalModes, OptionalActions, Termios};

    pub type Saved = Termios;

    /// Turns echo and line editing off; the settings before, if changed.
    pub fn set() -> Option<Saved> {
        let stdin = std::io::stdin();
        let original = termios::tcgetattr(&stdin).ok()?;
        let mut quiet = original.clone();
        quiet
            .local_modes
            .remove(LocalModes::ECHO | LocalModes::ICANON);
        termios::tcsetattr(&stdin, OptionalActions::Now, &quiet).ok()?;
        Some(original)
    }

    pub fn restore(original: &Saved) {
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, original);
    }
}

/// A Windows console never echoes keys read as input events, which is how
/// `console` reads them; it draws escape sequences (the alternate screen,
/// colours) only with virtual terminal processing on, which memkata turns on
/// for as long as it owns the screen.
#[cfg(windows)]
mod mode {
    use windows_sys::Win32::System::Console::{
        CONSOLE_MODE, ENABLE_PROCESSED_OUTPUT, ENABLE_VIRTUAL_TERMINAL_PROCESSING, GetConsoleMode,
        GetStdHandle, STD_OUTPUT_HANDLE, SetConsoleMode,
    };

    /// The output console's mode before memkata changed it.
    pub struct Saved(CONSOLE_MODE);

    /// Turns virtual terminal processing on; the mode before, if changed.
    pub fn set() -> Option<Saved> {
        let mut original: CONSOLE_MODE = 0;
        // SAFETY: the standard output handle and a valid out pointer.
        unsafe {
            let output = GetStdHandle(STD_OUTPUT_HANDLE);
            if GetConsoleMode(output, &mut original) == 0 {
                return None;
            }
            let wanted = original | ENABLE_PROCESSED_OUTPUT | ENABLE_VIRTUAL_TERMINAL_PROCESSING;
            if SetConsoleMode(output, wanted) == 0 {
                return None;
            }
        }
        Some(Saved(original))
    }

    pub fn restore(original: &Saved) {
        // SAFETY: the standard output handle and a mode it had.
        unsafe {
            SetConsoleMode(GetStdHandle(STD_OUTPUT_HANDLE), original.0);
        }
    }
}
