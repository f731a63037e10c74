// unsafe5: Give back what you own.
//
// `RawStack` is a fixed-capacity stack that keeps its items in a block it
// allocates itself with `std::alloc`, the way `Vec` does inside. The block
// is raw memory: only the stack knows that slots `0..len` hold live items
// and the others hold nothing. So only the stack can clean up. When a
// `RawStack` goes away, nothing happens yet: the items still in it are
// never dropped, and the block is never given back.
//
// Write the `Drop` impl: drop each item still on the stack exactly once,
// then free the block with the layout it was allocated with (when that
// layout has size zero, nothing was allocated and nothing must be freed).
// Write a `// SAFETY:` comment above each `unsafe` block.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::alloc::{self, Layout};
use std::ptr::{self, NonNull};

// Invariants: `len <= cap`; slots `0..len` hold live values; if the layout
// for `cap` items has size zero, `ptr` is dangling and nothing was
// allocated, else `ptr` is a block allocated with that layout.
pub struct RawStack<T> {
    ptr: NonNull<T>,
    cap: usize,
    len: usize,
}

impl<T> RawStack<T> {
    fn layout(cap: usize) -> Layout {
        Layout::array::<T>(cap).expect("capacity overflow")
    }

    pub fn with_capacity(cap: usize) -> Self {
        let layout = Self::layout(cap);
        let ptr = if layout.size() == 0 {
            NonNull::dangling()
        } else {
            // SAFETY: the layout's size is not zero.
            let block = unsafe { alloc::alloc(layout) };
            NonNull::new(block.cast()).unwrap_or_else(|| alloc::handle_alloc_error(layout))
        };
        RawStack { ptr, cap, len: 0 }
    }

    /// Pushes `value`, or hands it back if the stack is full.
    pub fn push(&mut self, value: T) -> Result<(), T> {
        if self.len == self.cap {
            return Err(value);
        }
        // SAFETY: `len < cap`, so the slot is inside the block, and it is
        // empty, so writing over it drops nothing.
        unsafe { self.ptr.add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: slot `len` held a live value, and now that it counts as
        // empty the value has one owner: the caller.
        Some(unsafe { self.ptr.add(self.len).read() })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl<T> Drop for RawStack<T> {
    fn drop(&mut self) {
        let items = ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
        // SAFETY: slots `0..len` hold live values that only the stack owns,
        // and the stack is going away, so nobody can reach them afterwards.
        unsafe { ptr::drop_in_place(items) };
        let layout = Self::layout(self.cap);
        if layout.size() != 0 {
            // SAFETY: `ptr` was allocated in `with_capacity` with this very
            // layout, and `drop` runs once, so it is freed once.
            unsafe { alloc::dealloc(self.ptr.as_ptr().cast(), layout) };
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
    fn pushes_and_pops_within_capacity() {
        let mut stack = RawStack::with_capacity(2);
        assert_eq!(stack.push('a'), Ok(()));
        assert_eq!(stack.push('b'), Ok(()));
        assert_eq!(stack.push('c'), Err('c'), "a full stack hands it back");
        assert_eq!(stack.pop(), Some('b'));
        assert_eq!(stack.len(), 1);
        assert_eq!(stack.pop(), Some('a'));
        assert_eq!(stack.pop(), None);
        assert!(stack.is_empty());
    }

    #[test]
    fn drops_what_is_left_once() {
        let log = DropLog::new();
        let mut stack = RawStack::with_capacity(4);
        for name in ["a", "b", "c"] {
            assert!(stack.push(log.token(name)).is_ok());
        }
        drop(stack.pop());
        assert_eq!(log.entries(), ["c"]);
        drop(stack);
        let mut dropped = log.entries();
        dropped.sort();
        assert_eq!(dropped, ["a", "b", "c"], "every item is dropped once");
    }

    #[test]
    fn gives_the_block_back() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut stack = RawStack::with_capacity(8);
            for word in ["one", "two", "three"] {
                assert!(stack.push(word.to_string()).is_ok());
            }
        });
        assert_eq!(mem.allocations, 4, "the block, and one per string");
        assert_eq!(mem.live_bytes, 0, "the block and the strings are freed");
    }

    #[test]
    fn zero_sized_items_need_no_block() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut stack = RawStack::with_capacity(3);
            assert_eq!(stack.push(()), Ok(()));
            let mut empty: RawStack<String> = RawStack::with_capacity(0);
            assert_eq!(empty.push(String::new()), Err(String::new()));
        });
        assert_eq!(mem.allocations, 0);
    }
}
