// drop7: Leave something in its place.
//
// Through a `&mut` you may change a value, but you may not MOVE it out: the
// owner would be left holding nothing (and would later drop nothing!). The
// module `std::mem` moves a value out by putting another one in its place:
//
//   mem::take(&mut x)          returns x, leaves `Default::default()` behind
//                              (an empty String or Vec, 0, None, ...)
//   mem::replace(&mut x, new)  returns x, leaves `new` behind
//   mem::swap(&mut x, &mut y)  exchanges x and y
//
// Each method of `Notebook` below tries to move a field out of `&mut self`,
// which the compiler refuses (error E0507). Fix each one with the `mem`
// function that fits, without cloning. Do not change the tests.

use std::mem;

struct Notebook {
    title: String,
    page: String,
    previous: String,
}

impl Notebook {
    fn new(title: &str) -> Notebook {
        Notebook {
            title: title.to_string(),
            page: String::new(),
            previous: String::new(),
        }
    }

    fn write(&mut self, text: &str) {
        self.previous = self.page.clone();
        self.page.push_str(text);
    }

    /// Gives the notebook a new title and returns the old one.
    fn rename(&mut self, title: &str) -> String {
        let old = self.title;
        self.title = title.to_string();
        old
    }

    /// Returns the written page and leaves a blank page behind.
    fn tear_out(&mut self) -> String {
        let page = self.page;
        page
    }

    /// Exchanges the page with its previous version (so calling it again redoes).
    fn undo(&mut self) {
        let previous = self.previous;
        self.previous = self.page;
        self.page = previous;
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
        assert_eq!(book.rename("Poems"), "Drafts");
        assert_eq!(book.title, "Poems");
    }

    #[test]
    fn tear_out_leaves_a_blank_page() {
        let mut book = Notebook::new("Diary");
        book.write("Dear diary,");
        assert_eq!(book.tear_out(), "Dear diary,");
        assert_eq!(book.page, "", "after tear_out the page should be blank");
    }

    #[test]
    fn undo_and_redo() {
        let mut book = Notebook::new("Notes");
        book.write("one");
        book.write(" two");
        book.undo();
        assert_eq!(book.page, "one");
        book.undo();
        assert_eq!(book.page, "one two");
    }
}
