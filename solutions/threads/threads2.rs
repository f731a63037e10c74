// threads2: Pack your bags.
//
// A thread made by `thread::spawn` may keep running after the function that
// started it has returned. So its closure must not borrow anything from that
// function: the borrowed local could be gone while the thread still uses it.
// The compiler only accepts a closure that owns everything it uses (the
// closure must be `'static`).
//
// Both closures below borrow locals (`numbers` and `id`), so neither compiles.
// The `move` keyword in front of a closure makes it take ownership of what
// it captures: the values move into the thread and live as long as it does.
// Fix both functions. Do not change the tests.

use std::thread::{self, JoinHandle};

// Starts summing `numbers` in the background.
fn start_summing(numbers: Vec<u64>) -> JoinHandle<u64> {
    thread::spawn(move || numbers.iter().sum())
}

// Starts `count` workers; worker `id` answers with `id * 10`.
fn start_workers(count: u64) -> Vec<JoinHandle<u64>> {
    let mut handles = Vec::new();
    for id in 0..count {
        handles.push(thread::spawn(move || id * 10));
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
    }

    #[test]
    fn each_worker_knows_its_id() {
        let answers: Vec<u64> = start_workers(4)
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect();
        assert_eq!(answers, [0, 10, 20, 30]);
    }
}
