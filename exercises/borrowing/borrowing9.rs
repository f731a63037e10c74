// borrowing9: Two halves of one slice.
//
// `join_halves` appends each word of the second half of a slice onto the
// matching word of the first half, and leaves the second half as it was:
// ["sun", "rain", "flower", "bow"] becomes
// ["sunflower", "rainbow", "flower", "bow"].
//
// It borrows the first half mutably (to change it) and the second half
// shared (to read it). The two ranges don't overlap, but the compiler does
// not reason about index ranges: to it, both are borrows of all of `words`,
// one of them mutable, so they can't be in use at the same time.
//
// Get the two halves in a way that tells the compiler they can't overlap.
// No copies and no swaps: the tests check that the words grow where they
// are, without a single allocation.
// Do not change the tests.

pub fn join_halves(words: &mut [String]) {
    let mid = words.len() / 2;
    let front = &mut words[..mid];
    let back = &words[mid..];
    for (word, ending) in front.iter_mut().zip(back) {
        word.push_str(ending);
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words with room to grow, so that joining them needs no allocation.
    fn roomy(words: &[&str]) -> Vec<String> {
        words
            .iter()
            .map(|w| {
                let mut word = String::with_capacity(32);
                word.push_str(w);
                word
            })
            .collect()
    }

    #[test]
    fn the_second_half_is_appended_to_the_first() {
        let mut words = roomy(&["sun", "rain", "flower", "bow"]);
        join_halves(&mut words);
        assert_eq!(words, ["sunflower", "rainbow", "flower", "bow"]);
    }

    #[test]
    fn an_odd_length_leaves_the_last_one_alone() {
        let mut words = roomy(&["sand", "box", "car"]);
        join_halves(&mut words);
        assert_eq!(words, ["sandbox", "box", "car"]);
    }

    #[test]
    fn the_words_grow_where_they_are() {
        let mut words = roomy(&["foot", "note", "ball", "book"]);
        let text_at: Vec<_> = words.iter().map(|w| w.as_ptr()).collect();
        let ((), mem) = memkata_probe::measure(|| join_halves(&mut words));
        assert_eq!(words, ["football", "notebook", "ball", "book"]);
        assert_eq!(
            mem.allocations, 0,
            "joining allocated memory: a word was copied instead of read where it is"
        );
        assert!(
            words
                .iter()
                .zip(&text_at)
                .all(|(w, &at)| std::ptr::eq(w.as_ptr(), at)),
            "a word was replaced by a new String instead of growing where it is"
        );
    }
}
