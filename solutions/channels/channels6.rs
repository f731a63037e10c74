// channels6: Panicked, but the data is still there.
//
// As the `threads` topic showed, a thread that panics while it holds a
// `MutexGuard` poisons the `Mutex`: every later `lock()` returns an `Err`,
// so `lock().unwrap()` panics in turn, and one crash spreads to every
// thread that touches the data.
//
// Often the data is still perfectly usable. Here, workers record
// measurements in a shared `Stats`, and each record is complete before
// anything else can go wrong, so a worker that crashes later leaves correct
// numbers behind. And that `Err` is not empty-handed: the lock was taken
// all the same, and the error carries the guard. Make `record` and
// `summary` carry on with the data after a worker has panicked. Leave the
// `Mutex` poisoned: other code may want to know that a worker crashed.
// Do not change the tests.

use std::sync::{Mutex, PoisonError};

#[derive(Default)]
pub struct Stats {
    pub count: u64,
    pub total: u64,
}

// Adds one measurement.
pub fn record(stats: &Mutex<Stats>, value: u64) {
    let mut stats = stats.lock().unwrap_or_else(PoisonError::into_inner);
    stats.count += 1;
    stats.total += value;
}

// The number of measurements and their mean (rounded down; 0 when empty).
pub fn summary(stats: &Mutex<Stats>) -> (u64, u64) {
    let stats = stats.lock().unwrap_or_else(PoisonError::into_inner);
    (
        stats.count,
        stats.total.checked_div(stats.count).unwrap_or(0),
    )
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::thread;

    // A worker records 10, then panics while it still holds the lock.
    fn crash_while_locked(stats: &Arc<Mutex<Stats>>) {
        let stats = Arc::clone(stats);
        let worker = thread::spawn(move || {
            let mut stats = stats.lock().unwrap();
            stats.count += 1;
            stats.total += 10;
            panic!("a worker crashed after recording its measurement");
        });
        assert!(worker.join().is_err());
    }

    #[test]
    fn measurements_survive_a_crash() {
        let stats = Arc::new(Mutex::new(Stats::default()));
        record(&stats, 40);
        crash_while_locked(&stats);
        assert!(stats.is_poisoned());
        let helpers: Vec<_> = [20, 50]
            .into_iter()
            .map(|value| {
                let stats = Arc::clone(&stats);
                thread::spawn(move || record(&stats, value))
            })
            .collect();
        for helper in helpers {
            assert!(
                helper.join().is_ok(),
                "`record` panicked: the crashed worker's poison spread to the next thread"
            );
        }
        assert_eq!(
            summary(&stats),
            (4, 30),
            "4 measurements: 40, 10, 20 and 50"
        );
        assert!(
            stats.is_poisoned(),
            "the Mutex is no longer poisoned: leave the mark, so that others learn about the crash"
        );
    }

    #[test]
    fn a_healthy_mutex_works_as_before() {
        let stats = Mutex::new(Stats::default());
        assert_eq!(summary(&stats), (0, 0));
        record(&stats, 3);
        record(&stats, 6);
        assert_eq!(summary(&stats), (2, 4));
        assert!(!stats.is_poisoned());
    }
}
