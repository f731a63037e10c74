// unsafe4: Two halves of one slice.
//
// `rotate_halves` needs both halves of a slice at once, mutably. Taking
// `&mut items[..mid]` and `&mut items[mid..]` does not compile: the borrow
// checker sees two mutable borrows of `items`, and it cannot tell that the
// two ranges never overlap. They don't, and that is exactly the kind of fact
// `unsafe` lets you state: std's `split_at_mut` is a few lines of it.
//
// Write `split_at_mut_by_hand` yourself, from a raw pointer to the slice's
// start. The aliasing rule still holds, so the two results must share no
// element, and neither may reach past the end of `items`. That is your job
// to check before the `unsafe` block: if `mid` is past the end, panic with a
// message that contains `mid > len`, as std does. Then no caller can misuse
// the function, however they call it.
// Write a `// SAFETY:` comment above the `unsafe` block.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::slice;

pub fn split_at_mut_by_hand<T>(items: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    let len = items.len();
    assert!(mid <= len, "mid > len: {mid} > {len}");
    let start = items.as_mut_ptr();
    // SAFETY: `start` points at `len` items that `items` lends us mutably
    // for as long as the results live. As `mid <= len`, `start.add(mid)`
    // stays inside (or one past the end of) them, `0..mid` and `mid..len`
    // are both in bounds, and the two ranges share no element, so each
    // item is reachable through one result only.
    unsafe {
        (
            slice::from_raw_parts_mut(start, mid),
            slice::from_raw_parts_mut(start.add(mid), len - mid),
        )
    }
}

/// Moves the first `mid` items to the end, keeping both halves in order.
pub fn rotate_halves<T>(items: &mut [T], mid: usize) {
    let (left, right) = split_at_mut_by_hand(items, mid);
    left.reverse();
    right.reverse();
    items.reverse();
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_halves_point_into_the_slice() {
        let mut numbers = [1, 2, 3, 4, 5];
        let start = numbers.as_ptr();
        let (left, right) = split_at_mut_by_hand(&mut numbers, 2);
        assert_eq!(left.as_ptr(), start, "the left half starts the slice");
        assert_eq!(right.as_ptr(), start.wrapping_add(2));
        assert_eq!((left.len(), right.len()), (2, 3));
        left[0] = 10;
        right[0] = 30;
        assert_eq!(numbers, [10, 2, 30, 4, 5], "writes reach the original");
    }

    #[test]
    fn either_half_may_be_empty() {
        let mut words = [String::from("a"), String::from("b")];
        let (left, right) = split_at_mut_by_hand(&mut words, 0);
        assert_eq!((left.len(), right.len()), (0, 2));
        let (left, right) = split_at_mut_by_hand(&mut words, 2);
        assert_eq!((left.len(), right.len()), (2, 0));
        let (left, right) = split_at_mut_by_hand(&mut [] as &mut [u8], 0);
        assert!(left.is_empty() && right.is_empty());
    }

    #[test]
    #[should_panic(expected = "mid > len")]
    fn refuses_a_middle_past_the_end() {
        split_at_mut_by_hand(&mut [1, 2, 3], 4);
    }

    #[test]
    fn rotates() {
        let mut letters = ['a', 'b', 'c', 'd', 'e'];
        rotate_halves(&mut letters, 2);
        assert_eq!(letters, ['c', 'd', 'e', 'a', 'b']);
    }
}
