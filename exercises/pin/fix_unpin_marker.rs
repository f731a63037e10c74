// Quiz: which change makes this compile and pass its test?
//
// A `Tape` keeps its place as the address of its next byte, so it must not
// be moved once it is pinned. Rust lets safe code move a pinned value out
// again (with `Pin::get_mut` or `Pin::into_inner`) only if its type is
// `Unpin`, and a struct is `Unpin` when all its fields are. The test checks
// that `Tape` is not `Unpin`: as written, it is.

use std::cell::Cell;

struct Tape {
    data: [u8; 4],
    next_at: Cell<usize>,
    // [fix]
    _pinned: (),
    // [/fix]
}

impl Tape {
    fn new(data: [u8; 4]) -> Tape {
        let next_at = Cell::new(0);
        let _pinned = Default::default();
        Tape {
            data,
            next_at,
            _pinned,
        }
    }
}

fn main() {
    let tape = Tape::new([1, 2, 3, 4]);
    let _ = (tape.data, tape.next_at.get());
}

#[cfg(test)]
mod tests {
    use super::*;

    // Compiles only if `Tape` is not `Unpin` (else: E0283, two impls fit).
    trait AmbiguousIfUnpin<A> {
        fn check() {}
    }
    impl<T: ?Sized> AmbiguousIfUnpin<()> for T {}
    impl<T: ?Sized + Unpin> AmbiguousIfUnpin<u8> for T {}

    #[test]
    fn a_tape_is_not_unpin() {
        <Tape as AmbiguousIfUnpin<_>>::check();
    }
}
