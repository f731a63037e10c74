// channels4: Woken up? Check again.
//
// A `Gauge` holds a level that some threads change and others wait on, e.g.
// "wait until the level is at least 3". The waiting is done with a `Condvar`
// paired with the `Mutex`: a waiter sleeps, without holding the lock and
// without burning CPU, until a thread that changed the level notifies it.
//
// But being woken is only a hint that something changed, not a promise that
// the condition now holds. `set` wakes every waiter whatever the new level
// is, and a `Condvar` may even wake a thread for no reason at all (a
// "spurious wakeup"). `wait_until` checks its condition once, waits once,
// and then returns, whatever the level is by then.
// Make `wait_until` return only once its condition holds. Do not change
// the tests.

use std::sync::{Condvar, Mutex};

pub struct Gauge {
    level: Mutex<u32>,
    changed: Condvar,
}

impl Gauge {
    pub fn new(level: u32) -> Gauge {
        Gauge {
            level: Mutex::new(level),
            changed: Condvar::new(),
        }
    }

    pub fn set(&self, level: u32) {
        *self.level.lock().unwrap() = level;
        self.changed.notify_all();
    }

    // Waits until `ready(level)` is true; returns the level it saw then.
    pub fn wait_until(&self, mut ready: impl FnMut(u32) -> bool) -> u32 {
        let mut level = self.level.lock().unwrap();
        if !ready(*level) {
            level = self.changed.wait(level).unwrap();
        }
        *level
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::mpsc::{self, Receiver};
    use std::thread;

    // What the waiting thread tells the test: each time it checks the
    // level, and when `wait_until` returns.
    enum Event {
        Checked(u32),
        Returned(u32),
    }

    // Starts a thread that waits until the level is at least `target`.
    fn waiter(gauge: &Arc<Gauge>, target: u32) -> Receiver<Event> {
        let (events, seen) = mpsc::channel();
        let gauge = Arc::clone(gauge);
        thread::spawn(move || {
            let checks = events.clone();
            let level = gauge.wait_until(|level| {
                checks.send(Event::Checked(level)).unwrap();
                level >= target
            });
            events.send(Event::Returned(level)).unwrap();
        });
        seen
    }

    #[test]
    fn a_wakeup_is_not_a_promise() {
        let gauge = Arc::new(Gauge::new(0));
        let seen = waiter(&gauge, 3);
        // The waiter checks the level under the lock, then waits; `set`
        // takes the lock, so each `set` below comes after that check.
        let (mut level, mut checks) = (0, 0);
        let returned = loop {
            match seen.recv().unwrap() {
                Event::Checked(seen_level) => {
                    checks += 1;
                    if seen_level == level && level < 3 {
                        level += 1;
                        gauge.set(level);
                    }
                }
                Event::Returned(at) => break at,
            }
        };
        assert_eq!(
            returned, 3,
            "wait_until returned at level {returned}, below the target 3: being woken up does not mean the condition holds"
        );
        assert!(
            checks <= 12,
            "the waiter checked the level {checks} times for 3 changes: is it sleeping on the Condvar, or spinning?"
        );
    }

    #[test]
    fn no_waiting_when_the_condition_already_holds() {
        let gauge = Gauge::new(5);
        assert_eq!(gauge.wait_until(|level| level >= 3), 5);
    }
}
