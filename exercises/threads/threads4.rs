// threads4: RefCell stays home.
//
// Several threads count words into one shared table. Someone remembered the
// `cell` topic and reached for `Arc<RefCell<...>>`. It does not compile.
//
// `RefCell` counts its borrows in a plain integer, with nothing to stop two
// threads from updating that count at the same moment, so it is not `Sync`:
// it must not be reached from two threads at once. And every clone of an
// `Arc` reaches the same value, so sending an `Arc<T>` to another thread
// shares the `T`: `Arc<T>` is `Send` only when `T` is both `Send` and
// `Sync`.
// Keep the table shared through an `Arc`, but make what is inside it safe to
// use from many threads at once. The tests share one table between threads,
// too. Do not change the tests.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::thread;

// One table of word counts, shared by every thread that counts into it.
type Counts = Arc<RefCell<HashMap<String, usize>>>;

fn new_counts() -> Counts {
    Arc::new(RefCell::new(HashMap::new()))
}

// Adds the words of `text` to the table. Many threads call this at once.
fn count_text(counts: &Counts, text: &str) {
    for word in text.split_whitespace() {
        *counts.borrow_mut().entry(word.to_string()).or_insert(0) += 1;
    }
}

// A copy of the table as it is now.
fn snapshot(counts: &Counts) -> HashMap<String, usize> {
    counts.borrow().clone()
}

// Counts the words of every text; each text is handled by its own thread.
fn word_counts(texts: &[&str]) -> HashMap<String, usize> {
    let counts = new_counts();
    let mut handles = Vec::new();
    for text in texts {
        let text = text.to_string();
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || count_text(&counts, &text)));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    snapshot(&counts)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_from_every_text() {
        let counts = word_counts(&["red green", "green blue", "green"]);
        assert_eq!(counts["green"], 3);
        assert_eq!(counts["red"], 1);
        assert_eq!(counts["blue"], 1);
        assert_eq!(counts.len(), 3, "only three different words were seen");
        assert!(word_counts(&[]).is_empty());
    }

    #[test]
    fn threads_share_one_table() {
        let counts = new_counts();
        let handles: Vec<_> = ["a b", "b c", "b"]
            .into_iter()
            .map(|text| {
                let counts = Arc::clone(&counts);
                thread::spawn(move || count_text(&counts, text))
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        let table = snapshot(&counts);
        assert_eq!(table["b"], 3, "three threads counted into this one table");
        assert_eq!(table.len(), 3);
    }
}
