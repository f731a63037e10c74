// lifetimes5: A thread must own what it reads.
//
// `count_in_background` starts a thread that counts the words of `text`,
// and returns at once with the thread's handle: the caller collects the
// count later, with `join`. By then the caller may well have dropped the
// String that `text` borrows from (the second test does just that).
//
// That is why `thread::spawn` asks for a `'static` closure. A bound
// `T: 'static` does not mean "lives forever": it means the value holds no
// borrow that could end before the program does. A string literal
// (`&'static str`) meets it, and so does any owned value, such as a
// `String`: it borrows nothing, so nothing it needs can be dropped by
// someone else. A closure that holds `text: &str` does not meet it.
//
// Make the thread independent of the caller's borrow, whatever the caller
// passes, literal or not. The tests check that the thread counts the text
// itself and that nothing is leaked. Do not change the signature or the
// tests.

use std::thread::{self, JoinHandle};

/// Counts the words of `text` on another thread.
pub fn count_in_background(text: &str) -> JoinHandle<usize> {
    let text = text.to_owned();
    thread::spawn(move || text.split_whitespace().count())
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_literal() {
        // A string literal is a `&'static str`: its bytes are part of the
        // program and are never freed.
        let worker = count_in_background("hello from a literal");
        assert_eq!(worker.join().unwrap(), 4);
    }

    #[test]
    fn the_caller_may_drop_its_string_first() {
        let worker = {
            let text = String::from("the thread keeps its own copy");
            count_in_background(&text)
            // `text` is dropped here; the thread may still be running.
        };
        assert_eq!(worker.join().unwrap(), 6);
    }

    #[test]
    fn the_thread_gets_the_text_and_nothing_leaks() {
        let text = "word ".repeat(500);
        let (count, mem) =
            memkata_probe::measure_all(|| count_in_background(&text).join().unwrap());
        assert_eq!(count, 500);
        assert!(
            mem.bytes_allocated >= text.len() as u64,
            "only {} bytes were allocated for a {}-byte text: the thread should count its own copy of the text, not a number worked out before it started ({mem})",
            mem.bytes_allocated,
            text.len()
        );
        assert_eq!(
            mem.live_bytes, 0,
            "{} bytes were never freed: something was leaked to make it last ({mem})",
            mem.live_bytes
        );
    }
}
