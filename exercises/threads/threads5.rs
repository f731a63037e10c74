// threads5: Borrow, within limits.
//
// `parallel_sum` adds up the left half of a slice on a second thread while
// the current thread adds up the right half. The closure is already `move`,
// but that is not enough: what it moves in is `left`, a *borrowed* slice, and
// `thread::spawn` insists on a closure that borrows nothing, because its
// thread might outlive `parallel_sum` and the caller's data.
//
// `std::thread::scope` solves this without `Arc` and without copying:
// `thread::scope(|s| { ... })` does not return until every thread started
// with `s.spawn(...)` inside it has finished, so those threads may borrow
// anything that outlives the scope.
// Rewrite `parallel_sum` with `thread::scope`. Do not change the tests.

use std::thread;

fn parallel_sum(numbers: &[u64]) -> u64 {
    let (left, right) = numbers.split_at(numbers.len() / 2);
    let helper = thread::spawn(move || left.iter().sum::<u64>());
    let right_sum: u64 = right.iter().sum();
    helper.join().unwrap() + right_sum
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_a_borrowed_slice() {
        let numbers: Vec<u64> = (1..=100).collect();
        assert_eq!(parallel_sum(&numbers), 5050);
        assert_eq!(numbers.len(), 100, "the caller still owns its numbers");
    }

    #[test]
    fn sums_tiny_slices() {
        assert_eq!(parallel_sum(&[7]), 7);
        assert_eq!(parallel_sum(&[]), 0);
    }
}
