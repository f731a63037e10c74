// pin5: Positions, not pointers.
//
// A `Document` owns its text and gives quick access to its words, which
// are separated by single spaces. The plan was to keep each word as a
// borrow of the Document's own text. Rust refuses: `new` would move the
// text into the struct while the words still borrow it (E0505), and no
// lifetime can say "borrowed from a field of this very struct". (The
// bytes of a String do stay put when the String moves, but the borrow
// checker can't know that, and a change to the text could move them.)
//
// There is no need for `Pin` here. Keep *where* each word is in the text,
// as positions, which stay right wherever the Document moves, and find
// the words in the text when they are asked for. The tests move Documents
// around and check that each word is a part of the Document's own text.
// Do not change the tests.

use std::ops::Range;

pub struct Document {
    text: String,
    words: Vec<Range<usize>>,
}

impl Document {
    pub fn new(text: String) -> Document {
        let mut words = Vec::new();
        let mut start = 0;
        for word in text.split(' ') {
            words.push(start..start + word.len());
            start += word.len() + 1;
        }
        Document { text, words }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn word(&self, i: usize) -> Option<&str> {
        let range = self.words.get(i)?;
        Some(&self.text[range.clone()])
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_own_text(doc: &Document, i: usize) -> bool {
        let range = doc.text().as_bytes().as_ptr_range();
        doc.word(i)
            .is_some_and(|word| range.contains(&word.as_ptr()))
    }

    #[test]
    fn finds_the_words() {
        let doc = Document::new(String::from("pin box rc arc"));
        assert_eq!(doc.len(), 4);
        assert_eq!((doc.word(0), doc.word(3)), (Some("pin"), Some("arc")));
        assert_eq!(doc.word(4), None);
        assert!((0..4).all(|i| from_own_text(&doc, i)));
    }

    #[test]
    fn documents_move_freely() {
        let mut docs = vec![
            Document::new(String::from("one two")),
            Document::new(String::from("three four five")),
        ];
        docs.swap(0, 1);
        let moved = docs.remove(0);
        let boxed = Box::new(docs.pop().unwrap());
        assert_eq!(moved.word(2), Some("five"));
        assert_eq!(boxed.word(1), Some("two"));
        assert!(from_own_text(&moved, 2) && from_own_text(&boxed, 1));
    }

    #[test]
    fn frees_its_text() {
        let count_words = || Document::new(String::from("a b c")).len();
        let (words, mem) = memkata_probe::measure(count_words);
        assert_eq!(words, 3);
        assert_eq!(mem.live_bytes, 0, "a dropped Document left {mem}");
    }
}
