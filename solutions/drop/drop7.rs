// drop7: Leave something in its place.
//
// Through a `&mut` you may change a value, but you may not MOVE it out. The
// owner still owns that place: it would drop it again later, and the same
// String would be dropped (and its memory freed) twice. What you can do is
// move a value out and put another one in its place in the same step; the
// module `std::mem` has functions for exactly that.
//
// Each method of `Notebook` below tries to move a field out of `&mut self`,
// which the compiler refuses (error E0507). Make each method do what its
// comment says, handing over the very String that was in the field (the
// tests check that no text is copied). Do not change the tests.

use std::mem;

struct Notebook {
    title: String,
    page: String,
    previous: String,
}

impl Notebook {
    fn new(title: &str) -> Notebook {
        Notebook {
            title: String::from(title),
            page: String::new(),
            previous: String::new(),
        }
    }

    /// Adds text to the page, keeping the page as it was in `previous`.
    fn write(&mut self, text: &str) {
        self.previous.clear();
        self.previous.push_str(&self.page);
        self.page.push_str(text);
    }

    /// Gives the notebook a new title and returns the old one.
    fn rename(&mut self, title: &str) -> String {
        mem::replace(&mut self.title, String::from(title))
    }

    /// Returns the written page and leaves a blank page behind.
    fn tear_out(&mut self) -> String {
        mem::take(&mut self.page)
    }

    /// Exchanges the page with its previous version (calling it again redoes).
    fn undo(&mut self) {
        mem::swap(&mut self.page, &mut self.previous);
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rename_returns_the_old_title() {
        let mut book = Notebook::new("Drafts");
        let old_title = book.title.as_ptr();
        let old = book.rename("Poems");
        assert_eq!(old, "Drafts");
        assert_eq!(book.title, "Poems");
        assert!(
            std::ptr::eq(old.as_ptr(), old_title),
            "rename returned a copy of the old title, not the title itself"
        );
    }

    #[test]
    fn tear_out_leaves_a_blank_page() {
        let mut book = Notebook::new("Diary");
        book.write("Dear diary,");
        let written = book.page.as_ptr();
        let page = book.tear_out();
        assert_eq!(page, "Dear diary,");
        assert_eq!(book.page, "", "after tear_out the page should be blank");
        assert!(
            std::ptr::eq(page.as_ptr(), written),
            "tear_out returned a copy of the page, not the page itself"
        );
    }

    #[test]
    fn undo_and_redo() {
        let mut book = Notebook::new("Notes");
        book.write("one");
        book.write(" two");
        let (page, previous) = (book.page.as_ptr(), book.previous.as_ptr());
        book.undo();
        assert_eq!(book.page, "one");
        assert_eq!(book.previous, "one two");
        assert!(
            std::ptr::eq(book.page.as_ptr(), previous)
                && std::ptr::eq(book.previous.as_ptr(), page),
            "undo should exchange the two Strings, not copy their text"
        );
        book.undo();
        assert_eq!(book.page, "one two");
    }
}
