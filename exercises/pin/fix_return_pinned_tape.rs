// Quiz: which change makes this compile and pass its tests?
//
// A `Tape` keeps its place as the address of its next byte, so it must not
// move once started; `PhantomPinned` makes it `!Unpin`. `started` must give
// the caller a started Tape. As written, it does not compile.

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
        let next_at = Cell::new(0);
        Tape {
            data,
            next_at,
            _pinned: PhantomPinned,
        }
    }

    pub fn start(self: Pin<&Self>) {
        self.next_at.set(self.data.as_ptr() as usize);
    }

    pub fn next(self: Pin<&Self>) -> Option<u8> {
        let here = self.data.as_ptr() as usize;
        let index = self.next_at.get().wrapping_sub(here);
        let byte = *self.data.get(index)?;
        self.next_at.set(self.next_at.get() + 1);
        Some(byte)
    }
}

// [fix]
pub fn started(data: [u8; 4]) -> Pin<Box<Tape>> {
    let tape = Tape::new(data);
    Pin::new(&tape).start();
    Box::pin(tape)
}
// [/fix]

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_after_being_moved() {
        let first = started([1, 2, 3, 4]);
        assert_eq!(first.as_ref().next(), Some(1));
        let tapes = vec![started([5, 6, 7, 8]), first];
        assert_eq!(tapes[1].as_ref().next(), Some(2));
        assert_eq!(tapes[0].as_ref().next(), Some(5));
    }
}
