//! What the terminal says besides keys: the learner quitting with Ctrl-C or
//! the window closing, and the window changing size. Each arrives as an
//! [`Event`] on the loop's channel.

use std::sync::mpsc::Sender;

use super::Event;

/// Sends [`Event::Quit`] on SIGINT, SIGTERM and SIGHUP, and
/// [`Event::Resize`] on SIGWINCH.
#[cfg(unix)]
pub fn spawn(tx: Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGWINCH])?;
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

/// Sends [`Event::Quit`] on Ctrl-C and Ctrl-Break, and [`Event::Resize`]
/// when the console's size changes. A Windows console says neither through
/// a signal a thread can wait on: Ctrl-C sets a flag, and the size is
/// looked at, a few times a second.
#[cfg(windows)]
pub fn spawn(tx: Sender<Event>) -> std::io::Result<()> {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use signal_hook::consts::{SIGBREAK, SIGINT, SIGTERM};

    let quit = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGBREAK, SIGTERM] {
        signal_hook::flag::register(signal, Arc::clone(&quit))?;
    }
    std::thread::Builder::new()
        .name("memkata-console".into())
        .spawn(move || {
            let mut size = super::terminal::Terminal::size();
            loop {
                std::thread::sleep(Duration::from_millis(100));
                let event = if quit.swap(false, Ordering::SeqCst) {
                    Event::Quit
                } else {
                    let now = super::terminal::Terminal::size();
                    if now == size {
                        continue;
                    }
                    size = now;
                    Event::Resize
                };
                if tx.send(event).is_err() {
                    break;
                }
            }
        })?;
    Ok(())
}
