// threads4: RefCell stays home.
//
// Several threads count words into one shared table. Someone remembered the
// `cell` topic and reached for `Arc<RefCell<...>>`. It does not compile.
//
// `RefCell` keeps its borrow count in a plain integer, with no protection
// against two threads updating it at the same moment, so it is not `Sync`:
// it must not be reached from two threads at once. And an `Arc<T>` may only
// be sent to another thread when `T` is `Sync`, because every clone of the
// `Arc` reaches the same `T`.
// `Mutex` is the thread-safe counterpart of `RefCell`: `lock()` plays the
// part of `borrow_mut()`, but makes other threads wait instead of panicking.
// Replace the `RefCell` with a `Mutex`. Do not change the tests.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::thread;

// Counts how often each word appears; each text is handled by its own thread.
fn word_counts(texts: &[&str]) -> HashMap<String, usize> {
    let counts = Arc::new(RefCell::new(HashMap::new()));
    let mut handles = Vec::new();
    for text in texts {
        let text = text.to_string();
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in text.split_whitespace() {
                *counts.borrow_mut().entry(word.to_string()).or_insert(0) += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    counts.borrow().clone()
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
    }

    #[test]
    fn no_texts_no_words() {
        assert!(word_counts(&[]).is_empty());
    }
}
