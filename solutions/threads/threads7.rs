// threads7: A counter without a lock.
//
// Four threads count page hits on one shared `HitCounter`, and each hit is
// told its number: the first hit gets 1, the thousandth gets 1000, and no
// two hits get the same one. `hit` takes `&self` (every thread shares the
// counter), so `self.hits += 1` does not compile. And `+=` is three steps,
// read, add, write: two threads doing them at the same time could both
// read 41 and both write 42, losing a hit.
//
// A `Mutex<usize>` would work, but it is a lock beside the number, and
// threads wait for it. For a single number the processor offers something
// lighter: an update made in ONE indivisible step, which no other thread
// can interrupt. Make the counter such a number, and make each `hit` a
// single step too: counting the hit and learning its number must happen
// together, or another thread's hit could slip in between.
// Do not change the tests.

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

    // Counts one hit and returns its number: the total, this hit included.
    fn hit(&self) -> usize {
        self.hits.fetch_add(1, Ordering::Relaxed) + 1
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
    fn every_hit_gets_its_own_number() {
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
        numbers.sort();
        assert!(
            numbers.iter().copied().eq(1..=1000),
            "4 threads made 250 hits each: every hit should get a number of \
             its own, from 1 to 1000"
        );
        assert_eq!(counter.hit(), 1001, "after 1000 hits, the next one is 1001");
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
