// efficient8: Words are already there.
//
// `longest_word` and `count_long_words` split a text into words. They copy
// every word into its own String (`to_string()`) and collect them in a Vec,
// but the words already exist, inside `text`: `split_whitespace` hands out
// `&str` slices that point straight into it.
//
// Work with what `split_whitespace` gives you, without making copies, and
// let `longest_word` answer with a part of `text` itself. The target is
// ZERO allocations. Do not change the tests.

/// The first of the longest words in `text` ("" if there are none).
pub fn longest_word(text: &str) -> &str {
    let mut best = "";
    for word in text.split_whitespace() {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

/// How many words of `text` are longer than `min_len` bytes.
pub fn count_long_words(text: &str, min_len: usize) -> usize {
    text.split_whitespace()
        .filter(|w| w.len() > min_len)
        .count()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a borrowed slice points into memory that someone else \
        owns so reading words out of a text never requires copying them";

    #[test]
    fn longest_without_copies() {
        let (word, mem) = memkata_probe::measure(|| longest_word(TEXT).len());
        assert!(
            mem.allocations == 0,
            "finding the longest word took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(word, 8);
        assert_eq!(longest_word(TEXT), "borrowed");
        assert_eq!(longest_word("   "), "");
    }

    #[test]
    fn counting_without_copies() {
        let (count, mem) = memkata_probe::measure(|| count_long_words(TEXT, 5));
        assert!(
            mem.allocations == 0,
            "counting long words took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(count, 7);
    }
}
