// threads1: Share with the helpers.
//
// `count_by_initial` starts one thread per letter. Every thread reads the
// same list of words, so instead of copying the list for each thread, the
// list is shared through a reference-counted pointer.
//
// But an `Rc` is not allowed to cross into another thread: its counter is
// updated with plain (non-atomic) arithmetic, so two threads cloning or
// dropping `Rc`s at the same time could corrupt it. The compiler knows:
// `Rc` is not `Send`. `Arc` ("atomically reference counted") is the
// thread-safe version, with the same API.
// Make the threads share the list through an `Arc`. Do not change the tests.

use std::rc::Rc;
use std::thread;

// For each letter, counts the words that start with it (one thread per letter).
fn count_by_initial(words: Vec<String>, letters: &[char]) -> Vec<usize> {
    let words = Rc::new(words);
    let mut handles = Vec::new();
    for &letter in letters {
        let words = Rc::clone(&words);
        handles.push(thread::spawn(move || {
            words.iter().filter(|w| w.starts_with(letter)).count()
        }));
    }
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn counts_per_letter() {
        let list = words(&["apple", "avocado", "banana", "cherry", "apricot"]);
        assert_eq!(count_by_initial(list, &['a', 'b', 'z']), [3, 1, 0]);
    }

    #[test]
    fn no_letters_no_threads() {
        let list = words(&["kiwi"]);
        assert!(count_by_initial(list, &[]).is_empty());
    }
}
