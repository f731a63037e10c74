// borrowing1: Lend, don't give.
//
// `shelve` makes a label for a book, then puts the book on a shelf. The
// label comes from `describe`, which only reads the book, but takes it by
// value: the call MOVES the book into `describe`, which drops it when it
// returns. After that, `shelve` has no book left to put on the shelf, and
// this does not compile.
//
// `describe` only needs to look at the book. Let it borrow the book for the
// length of the call, so that `shelve` still owns it afterwards. No copies:
// the tests check that the shelf holds the very book you were given.
// Do not change the tests.

pub struct Book {
    pub title: String,
    pub pages: u32,
}

pub fn describe(book: Book) -> String {
    format!("{} ({} pages)", book.title, book.pages)
}

pub fn shelve(shelf: &mut Vec<Book>, book: Book) -> String {
    let label = describe(book);
    shelf.push(book);
    label
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(title: &str, pages: u32) -> Book {
        Book {
            title: String::from(title),
            pages,
        }
    }

    #[test]
    fn the_label_describes_the_book() {
        let mut shelf = Vec::new();
        assert_eq!(
            shelve(&mut shelf, book("The Hobbit", 310)),
            "The Hobbit (310 pages)"
        );
        assert_eq!(shelve(&mut shelf, book("Dune", 412)), "Dune (412 pages)");
        assert_eq!(shelf.len(), 2);
    }

    #[test]
    fn the_shelf_holds_the_very_book() {
        let hobbit = book("The Hobbit", 310);
        // Where the title's text lives on the heap.
        let title_at = hobbit.title.as_ptr();
        let mut shelf = Vec::new();
        shelve(&mut shelf, hobbit);
        assert_eq!(shelf[0].title, "The Hobbit");
        assert_eq!(shelf[0].pages, 310);
        assert!(
            std::ptr::eq(shelf[0].title.as_ptr(), title_at),
            "the shelf holds a copy of the book, not the book itself: lend the book to \
            `describe` instead of copying it"
        );
    }
}
