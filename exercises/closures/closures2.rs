// closures2: A closure that changes what it captured is `FnMut`.
//
// `each_long_word` calls `visit` on every word of a text longer than `min`
// bytes. `long_words` uses it to collect those words, with a closure that
// pushes each word onto `found`.
//
// It doesn't compile. That closure changes `found`, so it captures it by
// MUTABLE reference, and calling it needs mutable access to the closure
// itself. `each_long_word` only accepts closures that can be called through
// a shared reference (`Fn`: closures that at most read their captures), and
// pushing through a shared borrow is not allowed (E0596). The tests call
// `each_long_word` with a counting closure too.
//
// Let `each_long_word` accept closures that change their captures.
// Do not change `long_words` or the tests.

pub fn each_long_word(text: &str, min: usize, visit: impl Fn(&str)) {
    for word in text.split_whitespace() {
        if word.len() > min {
            visit(word);
        }
    }
}

pub fn long_words(text: &str, min: usize) -> Vec<String> {
    let mut found = Vec::new();
    each_long_word(text, min, |word| found.push(word.to_string()));
    found
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "the quick brown fox jumps over the lazy dog";

    #[test]
    fn collects_the_long_words() {
        assert_eq!(long_words(TEXT, 4), ["quick", "brown", "jumps"]);
        assert_eq!(
            long_words(TEXT, 3),
            ["quick", "brown", "jumps", "over", "lazy"]
        );
        assert!(long_words(TEXT, 5).is_empty());
    }

    #[test]
    fn visits_every_long_word_in_order() {
        let mut count = 0;
        let mut letters = 0;
        each_long_word(TEXT, 3, |word| {
            count += 1;
            letters += word.len();
        });
        assert_eq!((count, letters), (5, 23));
    }
}
