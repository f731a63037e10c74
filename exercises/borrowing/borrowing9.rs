// borrowing9: Two halves of one slice.
//
// `fold_in_half` adds each number in the second half of a slice onto the
// matching number in the first half, then zeroes the second half:
// [1, 2, 3, 10, 20, 30] becomes [11, 22, 33, 0, 0, 0].
//
// It takes `&mut values[..mid]` and `&mut values[mid..]`. The two ranges
// don't overlap, but the compiler doesn't reason about index ranges: to it,
// both are mutable borrows of `values`, and two at once is not allowed.
//
// The standard library has a method that splits one `&mut [T]` into two
// `&mut` halves that are known not to overlap: `split_at_mut`. Use it.
// Do not change the tests.

pub fn fold_in_half(values: &mut [i32]) {
    let mid = values.len() / 2;
    let front = &mut values[..mid];
    let back = &mut values[mid..];
    for (f, b) in front.iter_mut().zip(back.iter_mut()) {
        *f += *b;
        *b = 0;
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_back_half_is_added_to_the_front_half() {
        let mut values = [1, 2, 3, 10, 20, 30];
        fold_in_half(&mut values);
        assert_eq!(values, [11, 22, 33, 0, 0, 0]);
    }

    #[test]
    fn an_odd_length_leaves_the_last_one_alone() {
        let mut values = vec![5, 5, 1, 2, 7];
        fold_in_half(&mut values);
        assert_eq!(values, [6, 7, 0, 0, 7]);
    }
}
