// observers: Tell whoever is still listening.
//
// A `Subject` sends events to the observers that subscribed to it. The
// subject must NOT keep its observers alive: whoever created an observer owns
// it, and when they drop it, it should really go away (and stop receiving
// events). So the subject must be able to reach an observer while it lives,
// and find out that it is gone once it has been dropped.
// Observers record what they receive in a `RefCell`, because `notify` only
// gets `&self` (the subject holds shared pointers, never `&mut`).
//
// This capstone combines `Rc` and `Weak` (ownership without cycles), `RefCell`
// (mutation through a shared pointer), trait objects, and `Drop`.
//
// Your tasks:
// 1. The subject holds strong `Rc`s, so it is one more owner of every
//    observer, and a dropped observer lives on. Make the subject remember
//    its observers without owning them.
// 2. `publish` must skip observers that are gone, forget them, and return how
//    many observers received the event.
// Do not change the tests.

use std::cell::RefCell;
use std::rc::Rc;

pub trait Observer {
    fn notify(&self, event: &str);
}

#[derive(Default)]
pub struct Subject {
    observers: Vec<Rc<dyn Observer>>, // TODO: must not own them
}

impl Subject {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn subscribe<O: Observer + 'static>(&mut self, observer: &Rc<O>) {
        self.observers.push(Rc::clone(observer) as Rc<dyn Observer>);
    }

    /// How many observers the subject still remembers.
    pub fn subscribed(&self) -> usize {
        self.observers.len()
    }

    /// Sends `event` to every live observer, forgets the dropped ones, and
    /// returns how many observers received it.
    pub fn publish(&mut self, event: &str) -> usize {
        // TODO: once the subject no longer owns its observers, find out for
        // each one whether it still lives; notify and keep the live ones, and
        // drop the dead ones from the list.
        for observer in &self.observers {
            observer.notify(event);
        }
        self.observers.len()
    }
}

/// An observer that remembers every event and records its own drop.
pub struct Recorder {
    name: &'static str,
    seen: RefCell<Vec<String>>,
    log: memkata_probe::DropLog,
}

impl Recorder {
    pub fn new(name: &'static str, log: &memkata_probe::DropLog) -> Rc<Recorder> {
        Rc::new(Recorder {
            name,
            seen: RefCell::new(Vec::new()),
            log: log.clone(),
        })
    }

    pub fn seen(&self) -> Vec<String> {
        self.seen.borrow().clone()
    }
}

impl Observer for Recorder {
    fn notify(&self, event: &str) {
        self.seen.borrow_mut().push(event.to_string());
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.log.record(format!("{} dropped", self.name));
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_observer_hears_the_event() {
        let log = memkata_probe::DropLog::new();
        let (ann, bob) = (Recorder::new("ann", &log), Recorder::new("bob", &log));
        let mut subject = Subject::new();
        subject.subscribe(&ann);
        subject.subscribe(&bob);
        assert_eq!(subject.publish("hello"), 2);
        assert_eq!(ann.seen(), ["hello"]);
        assert_eq!(bob.seen(), ["hello"]);
    }

    #[test]
    fn subject_does_not_keep_observers_alive() {
        let log = memkata_probe::DropLog::new();
        let ann = Recorder::new("ann", &log);
        let mut subject = Subject::new();
        subject.subscribe(&ann);
        assert_eq!(
            Rc::strong_count(&ann),
            1,
            "after subscribing, `ann` has {} owners: the subject should not own it",
            Rc::strong_count(&ann)
        );
        drop(ann);
        assert_eq!(
            log.entries(),
            ["ann dropped"],
            "dropping the only `Rc` to `ann` should drop it, even while it is subscribed"
        );
    }

    #[test]
    fn dropped_observers_are_skipped_and_pruned() {
        let log = memkata_probe::DropLog::new();
        let (ann, bob) = (Recorder::new("ann", &log), Recorder::new("bob", &log));
        let mut subject = Subject::new();
        subject.subscribe(&ann);
        subject.subscribe(&bob);
        drop(ann);
        let delivered = subject.publish("news");
        assert_eq!(
            delivered, 1,
            "`ann` is gone, so only `bob` should get the news, not {delivered}"
        );
        assert_eq!(
            subject.subscribed(),
            1,
            "the subject should forget observers that are gone"
        );
        assert_eq!(bob.seen(), ["news"]);
    }
}
