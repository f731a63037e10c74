// threads2: Pack your bags.
//
// A thread made by `thread::spawn` may keep running after the function that
// started it has returned, and its locals are gone. So a spawned thread may
// not borrow anything from the function that started it: it must own
// everything it uses (the compiler says the closure must be `'static`).
//
// Both closures below only borrow what they use (`numbers`, `id`), so
// neither compiles. Make each thread take its data with it, so that it can
// run on its own for as long as it likes. Do not change the tests.

use std::thread::{self, JoinHandle};

// Starts summing `numbers` in the background.
fn start_summing(numbers: Vec<u64>) -> JoinHandle<u64> {
    thread::spawn(|| numbers.iter().sum())
}

// Starts `count` workers; worker `id` answers with `id * 10`.
fn start_workers(count: u64) -> Vec<JoinHandle<u64>> {
    let mut handles = Vec::new();
    for id in 0..count {
        handles.push(thread::spawn(|| id * 10));
    }
    handles
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_in_the_background() {
        let handle = start_summing(vec![1, 2, 3, 4]);
        assert_eq!(handle.join().unwrap(), 10);
        let handle = start_summing((1..=100).collect());
        assert_eq!(handle.join().unwrap(), 5050);
    }

    #[test]
    fn each_worker_knows_its_id() {
        let answers = |count| -> Vec<u64> {
            start_workers(count)
                .into_iter()
                .map(|h| h.join().unwrap())
                .collect()
        };
        assert_eq!(answers(4), [0, 10, 20, 30]);
        assert_eq!(answers(2), [0, 10]);
        assert!(answers(0).is_empty());
    }
}
