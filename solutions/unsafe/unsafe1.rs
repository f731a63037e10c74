// unsafe1: Swap two values through raw pointers.
//
// `std::mem::swap` is written with raw pointers; here you write it yourself.
// Safe code cannot move a value out of a `&mut T`: that would leave a hole
// for a moment. Through raw pointers you can copy a value out bitwise (then
// two places hold it, and you must make sure only one is ever used or
// dropped), and store a value into a place without dropping what was there.
//
// Making a raw pointer from a reference is safe. Reading or writing through
// it needs an `unsafe` block, where you promise what the compiler no longer
// checks: both places are valid, they do not overlap, and when you are done
// every value has exactly one owner again. Nothing here may copy or drop a
// value: the tests watch for both.
//
// Make `exchange` swap the two values, and write above each `unsafe` block a
// `// SAFETY:` comment saying why those promises hold (clippy checks that the
// comment is there). Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::ptr;

pub fn exchange<T>(a: &mut T, b: &mut T) {
    let a: *mut T = a;
    let b: *mut T = b;
    // SAFETY: both pointers come from `&mut` references, so each is valid
    // for reads and writes and aligned, and two live `&mut` never point at
    // the same value, so the places do not overlap. `tmp` owns a's value
    // while b's value is copied over it (nothing is dropped there), then
    // `tmp` is written into b's place: each value ends up with exactly one
    // owner, and nothing in between can panic.
    unsafe {
        let tmp = ptr::read(a);
        ptr::copy_nonoverlapping(b, a, 1);
        ptr::write(b, tmp);
    }
}

/// Moves the largest value to the front of `items`.
pub fn largest_first<T: Ord>(items: &mut [T]) {
    let Some((first, rest)) = items.split_first_mut() else {
        return;
    };
    for item in rest {
        if *item > *first {
            exchange(first, item);
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use memkata_probe::DropLog;

    #[test]
    fn swaps_numbers() {
        let (mut a, mut b) = (1, 2);
        exchange(&mut a, &mut b);
        assert_eq!((a, b), (2, 1));
    }

    #[test]
    fn moves_strings_without_copying_them() {
        let mut a = String::from("left");
        let mut b = String::from("right");
        let (a_buffer, b_buffer) = (a.as_ptr(), b.as_ptr());
        let ((), mem) = memkata_probe::measure(|| exchange(&mut a, &mut b));
        assert_eq!((a.as_str(), b.as_str()), ("right", "left"));
        assert_eq!(mem.allocations, 0, "a swap allocates nothing");
        assert!(
            a.as_ptr() == b_buffer && b.as_ptr() == a_buffer,
            "the strings keep their buffers: they are moved, not copied"
        );
    }

    #[test]
    fn drops_nothing_and_each_value_once() {
        let log = DropLog::new();
        let mut a = log.token("a");
        let mut b = log.token("b");
        exchange(&mut a, &mut b);
        assert!(log.is_empty(), "a swap drops nothing: {:?}", log.entries());
        assert_eq!((a.name(), b.name()), ("b", "a"));
        drop(a);
        drop(b);
        assert_eq!(log.entries(), ["b", "a"], "each value is dropped once");
    }

    #[test]
    fn puts_the_largest_first() {
        let mut words = vec!["pear".to_string(), "fig".into(), "yam".into()];
        largest_first(&mut words);
        assert_eq!(words, ["yam", "fig", "pear"]);
        let mut empty: Vec<u8> = Vec::new();
        largest_first(&mut empty);
    }
}
