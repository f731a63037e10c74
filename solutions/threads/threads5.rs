// threads5: Borrow, within limits.
//
// `parallel_sum` splits a slice in two and adds up each half with
// `part_sum`: the left half on a helper thread, the right half on the
// current thread, at the same time. Both the slice and `part_sum` are
// borrowed from the caller.
//
// `move` is already there, and it does not help: what it moves in are
// borrows. A `thread::spawn` thread might outlive `parallel_sum`, and with
// it the caller's data, so it may not borrow that data. But this helper never
// needs to outlive `parallel_sum`: its result is collected before the
// function returns. Find a way to start a thread that is guaranteed to end
// before the borrowed data does, and let it borrow, with no copies.
// Do not change the tests.

use std::thread;

fn parallel_sum(numbers: &[u64], part_sum: impl Fn(&[u64]) -> u64 + Sync) -> u64 {
    let (left, right) = numbers.split_at(numbers.len() / 2);
    let part_sum = &part_sum;
    thread::scope(|s| {
        let helper = s.spawn(|| part_sum(left));
        let right_sum = part_sum(right);
        helper.join().unwrap() + right_sum
    })
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn plain_sum(part: &[u64]) -> u64 {
        part.iter().sum()
    }

    #[test]
    fn sums_a_borrowed_slice() {
        let numbers: Vec<u64> = (1..=100).collect();
        assert_eq!(parallel_sum(&numbers, plain_sum), 5050);
        assert_eq!(numbers.len(), 100, "the caller still owns its numbers");
        assert_eq!(parallel_sum(&[7], plain_sum), 7);
        assert_eq!(parallel_sum(&[], plain_sum), 0);
    }

    #[test]
    fn the_halves_are_added_on_two_threads() {
        let numbers: Vec<u64> = (1..=10).collect();
        let seen = Mutex::new(Vec::new());
        let total = parallel_sum(&numbers, |part| {
            seen.lock()
                .unwrap()
                .push((thread::current().id(), part.len()));
            plain_sum(part)
        });
        assert_eq!(total, 55);
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen.len(), 2, "`part_sum` should run once per half");
        assert_ne!(
            seen[0].0, seen[1].0,
            "both halves were added on the same thread; the left one belongs to a helper thread"
        );
        assert_eq!(seen[0].1 + seen[1].1, 10);
    }
}
