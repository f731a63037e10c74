// cell4: Lend a look inside.
//
// `RefCell::borrow()` does not return a plain `&T`. It returns a guard, a
// `Ref<T>`, which works like a `&T` and also tells the `RefCell` "someone is
// reading" until the guard is dropped. A reference into the inside can
// therefore live no longer than its guard.
//
// `books` below borrows the list and tries to return a reference into it,
// but the guard is a local temporary that is dropped when `books` returns,
// so this does not compile.
// Let callers look at the books, for as long as they look, without copying
// a single book, and with the shelf knowing that it is being read.
// Do not change the tests.

use std::cell::{Ref, RefCell};

struct Shelf {
    books: RefCell<Vec<String>>,
}

impl Shelf {
    fn new() -> Shelf {
        Shelf {
            books: RefCell::new(Vec::new()),
        }
    }

    fn add(&self, title: &str) {
        self.books.borrow_mut().push(title.to_string());
    }

    fn books(&self) -> Ref<'_, Vec<String>> {
        self.books.borrow()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_books() {
        let shelf = Shelf::new();
        shelf.add("Dune");
        shelf.add("Emma");
        assert_eq!(shelf.books().len(), 2);
        assert_eq!(shelf.books()[1], "Emma");
        shelf.add("Ulysses"); // the views above are already dropped
        assert_eq!(shelf.books().len(), 3);
    }

    #[test]
    fn the_shelf_knows_it_is_being_read() {
        let shelf = Shelf::new();
        shelf.add("Dune");
        let view = shelf.books();
        assert_eq!(view[0], "Dune");
        assert!(
            shelf.books.try_borrow_mut().is_err(),
            "while a caller looks at the books, the RefCell should count a reader"
        );
        drop(view);
        assert!(
            shelf.books.try_borrow_mut().is_ok(),
            "once the caller stops looking, the shelf should be free again"
        );
    }

    #[test]
    fn looking_does_not_copy() {
        let shelf = Shelf::new();
        shelf.add("Middlemarch");
        shelf.add("Persuasion");
        let (total, mem) =
            memkata_probe::measure(|| shelf.books().iter().map(|b| b.len()).sum::<usize>());
        assert_eq!(total, 21);
        assert_eq!(
            mem.allocations, 0,
            "looking at the books made {} allocations; the target is 0: lend a view, do not clone the list ({mem})",
            mem.allocations
        );
    }
}
