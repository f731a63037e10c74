// toolbox1: Take a field out in `drop`.
//
// A `Worker` adds up numbers on a thread of its own. When the worker is
// dropped, it must wait for its thread and log the sum the thread returns.
// Waiting is `JoinHandle::join(self)`, which takes the handle by value, and
// `drop` only gets `&mut self`: moving a field out of `self` would leave a
// hole that the compiler would later drop again.
//
// `Option<JoinHandle<u64>>` and `take()` would work, but then every other
// method would have to handle a `None` that, outside `drop`, can never
// happen. std has a wrapper made for this: it holds a value that Rust will
// not drop by itself, and lets `drop` move it out, unsafely. Your promise:
// nothing uses the field afterwards (easy in `drop`, which runs once, as
// the last use of `self`). Hold the handle in it and fix `drop`, with a
// `// SAFETY:` comment above the `unsafe` block. Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use memkata_probe::DropLog;
use std::mem::ManuallyDrop;
use std::thread::{self, JoinHandle};

pub struct Worker {
    name: String,
    handle: ManuallyDrop<JoinHandle<u64>>,
    log: DropLog,
}

impl Worker {
    pub fn start(name: &str, numbers: Vec<u64>, log: &DropLog) -> Worker {
        Worker {
            name: name.to_string(),
            handle: ManuallyDrop::new(thread::spawn(move || numbers.iter().sum())),
            log: log.clone(),
        }
    }

    /// Whether the thread is done (the worker is still waited for in drop).
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // SAFETY: `drop` runs once and nothing touches `handle` after this
        // line, so the emptied field is never used or dropped again.
        let handle = unsafe { ManuallyDrop::take(&mut self.handle) };
        let sum = handle.join().expect("the worker's thread panicked");
        self.log.record(format!("{} summed {sum}", self.name));
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_the_sum_when_dropped() {
        let log = DropLog::new();
        let worker = Worker::start("w", vec![1, 2, 3, 4], &log);
        assert!(log.is_empty(), "nothing is logged before the drop");
        drop(worker);
        assert_eq!(log.entries(), ["w summed 10"]);
    }

    #[test]
    fn waits_for_each_worker_in_turn() {
        let log = DropLog::new();
        let workers: Vec<Worker> = (1..=3)
            .map(|n| Worker::start(&format!("w{n}"), (1..=n * 100).collect(), &log))
            .collect();
        // Other methods use the handle as it is, with no `None` to handle.
        let _ = workers[0].is_finished();
        drop(workers);
        assert_eq!(
            log.entries(),
            ["w1 summed 5050", "w2 summed 20100", "w3 summed 45150"]
        );
    }
}
