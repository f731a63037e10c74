// threads1: Share with the helpers.
//
// `start_counting` starts one thread per letter; each thread goes through
// the whole list and counts the words that `matches` pairs with its letter.
// Every thread reads the whole list, so the list should exist ONCE, shared
// by all the threads: copying it for each thread would cost as much memory
// as the list, again and again. And the counting is the threads' job: the
// caller only starts them and hands back their handles.
//
// The list is shared through a reference-counted pointer, as in the `rc`
// topic, and the compiler refuses to let it cross into another thread. Read
// its message: what about this pointer is not safe when two threads own
// copies of it at the same time? Share the list in a way that is.
// The tests measure every thread's heap use, and note which threads look
// at the words. Do not change the tests.

use std::sync::Arc;
use std::thread::{self, JoinHandle};

// One thread per letter; each answers how many words `matches` its letter.
fn start_counting(
    words: Vec<String>,
    letters: &[char],
    matches: fn(&str, char) -> bool,
) -> Vec<JoinHandle<usize>> {
    let words = Arc::new(words);
    let mut handles = Vec::new();
    for &letter in letters {
        let words = Arc::clone(&words);
        handles.push(thread::spawn(move || {
            words.iter().filter(|w| matches(w, letter)).count()
        }));
    }
    handles
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Mutex;
    use std::thread::ThreadId;

    fn starts_with(word: &str, letter: char) -> bool {
        word.starts_with(letter)
    }

    fn count(words: Vec<String>, letters: &[char], matches: fn(&str, char) -> bool) -> Vec<usize> {
        let handles = start_counting(words, letters, matches);
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    }

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn counts_per_letter() {
        let list = words(&["apple", "avocado", "banana", "cherry", "apricot"]);
        assert_eq!(count(list, &['a', 'b', 'z'], starts_with), [3, 1, 0]);
        let list = words(&["kiwi", "kumquat", "lime"]);
        assert_eq!(count(list, &['l', 'k'], starts_with), [1, 2]);
        let ends_with = |word: &str, letter: char| word.ends_with(letter);
        let list = words(&["kiwi", "kumquat", "lime"]);
        assert_eq!(count(list, &['e', 't', 'i'], ends_with), [1, 1, 1]);
        assert!(count(words(&["fig"]), &[], starts_with).is_empty());
    }

    // The threads that looked at a word, as noted by `starts_with_noted`.
    static LOOKERS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());

    fn starts_with_noted(word: &str, letter: char) -> bool {
        LOOKERS.lock().unwrap().push(thread::current().id());
        word.starts_with(letter)
    }

    #[test]
    fn each_thread_counts_for_itself() {
        let list = words(&["ant", "bee", "bat", "cat"]);
        assert_eq!(count(list, &['a', 'b', 'c'], starts_with_noted), [1, 2, 1]);
        let lookers: HashSet<ThreadId> = LOOKERS.lock().unwrap().iter().copied().collect();
        assert!(
            !lookers.contains(&thread::current().id()),
            "the words were looked at on the thread that called \
             `start_counting`: the counting is the helper threads' job"
        );
        assert_eq!(
            lookers.len(),
            3,
            "the words should be looked at by 3 threads, one per letter"
        );
    }

    #[test]
    fn the_list_is_not_copied() {
        // 300 words of 100 letters: 30 000 bytes of text.
        let list: Vec<String> = (0..300)
            .map(|i| format!("{}{i:0>99}", ['a', 'b', 'c'][i % 3]))
            .collect();
        let text: usize = list.iter().map(String::len).sum();
        let letters = ['a', 'b', 'c', 'd'];
        let (counts, mem) = memkata_probe::measure_all(|| count(list, &letters, starts_with));
        assert_eq!(counts, [100, 100, 100, 0]);
        assert!(
            mem.bytes_allocated < text as u64 / 2,
            "the 4 threads allocated {} bytes in all, for a list of {text} bytes: \
             is the list copied? The target is a shared list, with only the \
             threads' own bookkeeping allocated ({mem})",
            mem.bytes_allocated
        );
    }
}
