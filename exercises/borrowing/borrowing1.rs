// borrowing1: Lend, don't give.
//
// `describe` only reads a `Book` to build a line of text, but it takes the
// book by value, so calling it MOVES the book into the function. After that,
// the caller no longer owns it and can't use it again: the test below fails
// to compile because it reads `book.pages` after calling `describe`.
//
// Change `describe` so that it borrows the book (`&Book`) instead of taking
// it, and lend it with `&` where it is called.
// Do not change anything else in the tests.

pub struct Book {
    pub title: String,
    pub pages: u32,
}

pub fn describe(book: Book) -> String {
    format!("{} ({} pages)", book.title, book.pages)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_book_is_still_ours_after_describing_it() {
        let book = Book {
            title: String::from("The Hobbit"),
            pages: 310,
        };
        let line = describe(book);
        assert_eq!(line, "The Hobbit (310 pages)");
        assert_eq!(book.pages, 310);
        assert_eq!(book.title, "The Hobbit");
    }
}
