// threads7: A counter without a lock.
//
// Four threads count page hits on one shared `HitCounter`. `hit` takes
// `&self` (every thread shares the counter), so `self.hits += 1` does not
// compile.
//
// A `Mutex<usize>` would work, but for a single number there is something
// lighter: an atomic. `AtomicUsize` (in `std::sync::atomic`) is a `usize`
// that the processor updates in one indivisible step, so threads never lose
// each other's updates and never wait for a lock. `fetch_add(n, ordering)`
// adds `n` and returns the value from just before. For a plain counter,
// `Ordering::Relaxed` is enough (it orders nothing else around it).
// Make `hits` an `AtomicUsize`. Do not change the tests.

use std::sync::atomic::{AtomicUsize, Ordering};

struct HitCounter {
    hits: AtomicUsize,
}

impl HitCounter {
    fn new() -> HitCounter {
        HitCounter {
            hits: AtomicUsize::new(0),
        }
    }

    // Counts one hit and returns the new total: the first hit returns 1.
    fn hit(&self) -> usize {
        self.hits.fetch_add(1, Ordering::Relaxed) + 1
    }

    fn total(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    #[test]
    fn four_threads_count_every_hit() {
        let counter = HitCounter::new();
        let mut numbers: Vec<usize> = thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| s.spawn(|| (0..250).map(|_| counter.hit()).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        assert_eq!(counter.total(), 1000, "4 threads made 250 hits each");
        numbers.sort();
        assert!(
            numbers.iter().copied().eq(1..=1000),
            "every hit should get its own number, from 1 to 1000"
        );
    }

    #[test]
    fn the_counter_is_one_lock_free_word() {
        assert_eq!(
            std::mem::size_of::<HitCounter>(),
            std::mem::size_of::<usize>(),
            "a HitCounter takes {} bytes; the target is {}: one atomic number, with no lock beside it",
            std::mem::size_of::<HitCounter>(),
            std::mem::size_of::<usize>()
        );
    }
}
