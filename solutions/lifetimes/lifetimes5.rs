// lifetimes5: Data that lives forever, or data you own.
//
// `'static` is the longest lifetime: a `&'static str` stays valid until the
// program ends. String literals are like that, because their bytes are
// baked into the program itself (see `greeting`).
//
// `thread::spawn` asks for a closure that is `'static`: the new thread may
// run longer than the function that started it, so the closure must not
// borrow anything that function's caller could drop. `count_in_background`
// moves a borrowed `&str` into the thread, and that does not compile.
//
// Changing the parameter to `&'static str` would only accept literals, and
// the tests also pass a `String` they own. Instead, give the thread its own
// copy of the text: an owned `String` is `'static`, because nothing else can
// drop it. Do not change the signature or the tests.

use std::thread;

/// A string literal: valid for the whole program.
pub fn greeting() -> &'static str {
    "hello from a literal"
}

/// Counts the words of `text` on another thread.
pub fn count_in_background(text: &str) -> usize {
    let text = text.to_owned();
    let worker = thread::spawn(move || text.split_whitespace().count());
    worker.join().unwrap()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_literal() {
        assert_eq!(count_in_background(greeting()), 4);
    }

    #[test]
    fn counts_a_string_the_test_owns() {
        let text = String::from("the thread gets its own copy");
        assert_eq!(count_in_background(&text), 6);
        assert_eq!(text.len(), 28, "the caller still owns its String");
    }
}
