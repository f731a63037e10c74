// unsafe3: Build your own `Cell`.
//
// `std::cell::Cell` is not magic: it is a small safe API around an
// `UnsafeCell`, and you can write the same thing. `MyCell` lets you change
// its value through a shared reference, as `Cell` does. Its first draft
// casts `&self.value` to a `*mut T` and writes through it. The compiler
// rejects that, and rightly: a `&T` promises that the value behind it does
// not change, and code is compiled on that promise. Writing through a
// pointer made from a `&T` is undefined behaviour even if nobody is
// looking. `std::cell::UnsafeCell<T>` is the one exception the language
// makes: its `.get()` gives a `*mut T` to its inside from a `&self`, and
// writing through it is allowed, as long as no reference to the inside
// exists meanwhile. `MyCell` never lends out such a reference: that is its
// invariant, and the reason `get` needs `T: Copy`. An `UnsafeCell` is not
// `Sync`, and neither is a type that holds one, so two threads can never
// write to a `MyCell` at once (a test checks that). Another test keeps a
// `MyCell` in a constant, which may sit in read-only memory unless it holds
// an `UnsafeCell`: writing through a plain `&` there crashes.
//
// Put the value in an `UnsafeCell` and make `MyCell` pass its tests,
// without std's cells. Write a `// SAFETY:` comment above each `unsafe`
// block. Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::cell::UnsafeCell;
use std::mem;

pub struct MyCell<T> {
    value: UnsafeCell<T>,
}

impl<T> MyCell<T> {
    pub const fn new(value: T) -> Self {
        MyCell {
            value: UnsafeCell::new(value),
        }
    }

    /// Puts `value` in the cell and returns the old value.
    pub fn replace(&self, value: T) -> T {
        // SAFETY: `MyCell` never lends out a reference to its inside, and
        // it is not `Sync` (because `UnsafeCell` is not), so this `&mut` is
        // the only reference to the value while it lives. It lives only for
        // the swap: the old value is dropped by the caller, after.
        unsafe { mem::replace(&mut *self.value.get(), value) }
    }

    /// Puts `value` in the cell and drops the old value.
    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }

    /// Takes the value out, leaving `T::default()` behind.
    pub fn take(&self) -> T
    where
        T: Default,
    {
        self.replace(T::default())
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: Copy> MyCell<T> {
    /// A copy of the value.
    pub fn get(&self) -> T {
        // SAFETY: no reference into the cell exists (see `replace`), so
        // nothing is writing the value while it is copied out.
        unsafe { *self.value.get() }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use memkata_probe::DropLog;
    use std::marker::PhantomData;

    struct Library {
        loans: MyCell<u32>,
    }

    impl Library {
        fn lend(&self) {
            self.loans.set(self.loans.get() + 1);
        }
    }

    #[test]
    fn counts_through_shared_references() {
        let library = Library {
            loans: MyCell::new(0),
        };
        let (a, b) = (&library, &library);
        a.lend();
        b.lend();
        a.lend();
        assert_eq!(library.loans.get(), 3);
    }

    #[test]
    fn replace_and_take_move_values() {
        let first = String::from("first");
        let buffer = first.as_ptr();
        let cell = MyCell::new(first);
        let taken = cell.take();
        assert_eq!(taken, "first");
        assert_eq!(taken.as_ptr(), buffer, "values are moved, never copied");
        let empty = cell.replace(String::from("second"));
        assert_eq!(empty, "", "`take` leaves the default behind");
        assert_eq!(cell.into_inner(), "second");
    }

    // `(&probe).is_sync()` says whether `T` is `Sync`: method lookup tries
    // the impl for `Probe<T>` first, and the one for `&Probe<T>` only if
    // that one does not apply.
    struct Probe<T>(PhantomData<T>);
    #[allow(dead_code)]
    trait IfSync {
        fn is_sync(&self) -> bool {
            true
        }
    }
    impl<T: Sync> IfSync for Probe<T> {}
    #[allow(dead_code)]
    trait Otherwise {
        fn is_sync(&self) -> bool {
            false
        }
    }
    impl<T> Otherwise for &Probe<T> {}

    #[test]
    fn cannot_be_shared_between_threads() {
        let probe = Probe::<MyCell<u32>>(PhantomData);
        assert!(
            !(&probe).is_sync(),
            "`MyCell` must not be `Sync`: two threads could `set` it at once"
        );
    }

    // A constant with no `UnsafeCell` inside may be stored in read-only
    // memory, and `&START` may then point there: writing through that `&`
    // crashes the tests (SIGSEGV). An `UnsafeCell` inside keeps it writable.
    #[test]
    #[allow(
        clippy::declare_interior_mutable_const,
        clippy::borrow_interior_mutable_const
    )]
    fn a_cell_made_in_a_constant_can_change() {
        const START: MyCell<u32> = MyCell::new(1);
        let cell = &START;
        cell.set(2);
        assert_eq!(cell.get(), 2);
    }

    #[test]
    fn set_drops_the_old_value_once() {
        let log = DropLog::new();
        let cell = MyCell::new(log.token("old"));
        cell.set(log.token("new"));
        assert_eq!(log.entries(), ["old"]);
        drop(cell);
        assert_eq!(log.entries(), ["old", "new"]);
    }
}
