// Quiz: read this program, then answer in memkata.
//
// `wait_until` should return once `ready(level)` holds, sleeping on the
// `Condvar` until then; `set` notifies every waiter after each change. The
// marked lines don't wait at all yet. The test runs the waiter on a thread
// that reports each check of the level and the level it returns with.

use std::sync::{Condvar, Mutex};

struct Gauge {
    level: Mutex<u32>,
    changed: Condvar,
}

impl Gauge {
    fn set(&self, level: u32) {
        *self.level.lock().unwrap() = level;
        self.changed.notify_all();
    }

    fn wait_until(&self, mut ready: impl FnMut(u32) -> bool) -> u32 {
        // [fix]
        let level = self.level.lock().unwrap();
        *level
        // [/fix]
    }
}

fn main() {
    let gauge = Gauge {
        level: Mutex::new(7),
        changed: Condvar::new(),
    };
    gauge.set(8);
    println!("{}", gauge.wait_until(|level| level > 5));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::mpsc;
    use std::thread;

    #[derive(Debug, PartialEq)]
    enum Event {
        Checked(u32),
        Returned(u32),
    }

    #[test]
    fn returns_only_at_the_target() {
        let gauge = Arc::new(Gauge {
            level: Mutex::new(0),
            changed: Condvar::new(),
        });
        let (events, seen) = mpsc::channel();
        let waiting = Arc::clone(&gauge);
        thread::spawn(move || {
            let checks = events.clone();
            let level = waiting.wait_until(|level| {
                checks.send(Event::Checked(level)).unwrap();
                level >= 2
            });
            events.send(Event::Returned(level)).unwrap();
        });
        // Each `set` follows the waiter's check of the previous level.
        for level in 1..=2 {
            loop {
                match seen.recv().unwrap() {
                    Event::Checked(l) if l == level - 1 => break,
                    Event::Checked(_) => {}
                    Event::Returned(l) => {
                        panic!("returned at level {l}, below the target 2")
                    }
                }
            }
            gauge.set(level);
        }
        loop {
            match seen.recv().unwrap() {
                Event::Checked(_) => {}
                Event::Returned(l) => {
                    assert_eq!(l, 2);
                    break;
                }
            }
        }
    }
}
