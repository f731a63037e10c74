// variance1: Through `&mut`, the type can't shrink.
//
// `count_words` adds one to the count of each word of `text`. To make no
// copies, the map's keys are the words themselves, borrowed from `text`.
//
// Its author typed the keys as `&'static str`, because the first map they
// tried had only string literals in it. A `&'static str` can be used where
// a shorter `&str` is expected (a borrow that lives longer is fine where a
// shorter one will do). But this map is handed over as `&mut`, and behind a
// `&mut` the type is fixed: `count_words` may write into the map, and every
// key it writes must live as long as the map's type promises. A word of a
// short-lived `text` is not `'static`.
//
// Let the signature say the truth: the keys live as long as the text they
// are borrowed from. The tests check that every key points into the text.
// Do not change the tests.

use std::collections::HashMap;

pub fn count_words<'a>(counts: &mut HashMap<&'a str, usize>, text: &'a str) {
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points_into(key: &str, text: &str) -> bool {
        text.as_bytes().as_ptr_range().contains(&key.as_ptr())
    }

    #[test]
    fn counts_borrowed_words() {
        let text = String::from("to be or not to be");
        let mut counts: HashMap<&str, usize> = HashMap::new();
        count_words(&mut counts, &text);
        assert_eq!((counts["to"], counts["be"], counts["not"]), (2, 2, 1));
        assert_eq!(counts.len(), 4);
        assert!(
            counts.keys().all(|key| points_into(key, &text)),
            "the keys should be borrowed from the text, not copies of it"
        );
    }

    #[test]
    fn literals_and_borrowed_words_share_a_map() {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        counts.insert("cat", 10);
        let first = String::from("cat dog");
        count_words(&mut counts, &first);
        let second = String::from("dog emu");
        count_words(&mut counts, &second);
        assert_eq!((counts["cat"], counts["dog"], counts["emu"]), (11, 2, 1));
        let emu = counts.keys().find(|key| **key == "emu").unwrap();
        assert!(points_into(emu, &second));
    }
}
