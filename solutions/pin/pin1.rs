// pin1: Pin it where it will stay.
//
// A `Tape` reads its own bytes, and keeps its place as the address of the
// next byte (a plain number, to show the idea without `unsafe`). Once
// started, a Tape must never move again: its address would go stale. So
// `start` and `next` only accept a *pinned* Tape (`Pin<&Tape>`), and the
// `PhantomPinned` field says a Tape can't be unpinned: no safe code may
// move it out of its pin again.
//
// `started` should hand the caller a started Tape. It tries to pin a
// local variable with `Pin::new`, which only works for types that are
// `Unpin` (types that don't mind being moved), and then it moves the
// Tape into a Box anyway, after starting it.
//
// Pin the Tape, once, in a place that stays put even when the caller
// moves what it gets back, and start it there. The tests move the result
// around and read it; they also check that a Tape is still not `Unpin`.
// Do not change the tests.

use std::cell::Cell;
use std::marker::PhantomPinned;
use std::pin::Pin;

pub struct Tape {
    data: [u8; 4],
    next_at: Cell<usize>,
    _pinned: PhantomPinned,
}

impl Tape {
    pub fn new(data: [u8; 4]) -> Tape {
        Tape {
            data,
            next_at: Cell::new(0),
            _pinned: PhantomPinned,
        }
    }

    /// Points the tape at its first byte. From now on it must not move.
    pub fn start(self: Pin<&Self>) {
        self.next_at.set(self.data.as_ptr() as usize);
    }

    /// The next byte, or `None` at the end (or if the tape has moved).
    pub fn next(self: Pin<&Self>) -> Option<u8> {
        let here = self.data.as_ptr() as usize;
        let index = self.next_at.get().wrapping_sub(here);
        let byte = *self.data.get(index)?;
        self.next_at.set(self.next_at.get() + 1);
        Some(byte)
    }
}

pub fn started(data: [u8; 4]) -> Pin<Box<Tape>> {
    let tape = Box::pin(Tape::new(data));
    tape.as_ref().start();
    tape
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(tape: Pin<&Tape>) -> Vec<u8> {
        std::iter::from_fn(|| tape.next()).collect()
    }

    #[test]
    fn reads_a_started_tape() {
        let tape = started([1, 2, 3, 4]);
        assert_eq!(read_all(tape.as_ref()), [1, 2, 3, 4]);
    }

    #[test]
    fn moving_the_box_does_not_move_the_tape() {
        let mut tapes = vec![started([1, 2, 3, 4]), started([5, 6, 7, 8])];
        assert_eq!(tapes[0].as_ref().next(), Some(1));
        tapes.swap(0, 1);
        let first = tapes.remove(1);
        assert_eq!(read_all(first.as_ref()), [2, 3, 4]);
        assert_eq!(read_all(tapes[0].as_ref()), [5, 6, 7, 8]);
    }

    // This does not compile (E0283) if `Tape` is `Unpin`.
    trait AmbiguousIfUnpin<A> {
        fn check() {}
    }
    impl<T: ?Sized> AmbiguousIfUnpin<()> for T {}
    impl<T: ?Sized + Unpin> AmbiguousIfUnpin<u8> for T {}

    #[test]
    fn a_tape_stays_pinned() {
        <Tape as AmbiguousIfUnpin<_>>::check();
    }
}
