// efficient7: Trim the spare room off what you keep.
//
// `WordList::load` keeps every word of a text for a long time. Each word is
// built in a String made with room for 32 bytes (as if read through a
// buffer), and the words are pushed into a growing Vec. Both leave spare
// capacity behind: memory that is held for as long as the list lives, but
// never used.
//
// A list that will not change does not need room to grow. Store the words
// as `Box<str>` (`String::into_boxed_str` drops the spare room, and a
// `Box<str>` is 2 words, where a `String` is 3: pointer, length, capacity),
// and the list as `Box<[Box<str>]>` (`Vec::into_boxed_slice`).
// The test measures the bytes still held after loading (live bytes): the
// target is exactly the letters plus 2 words per entry. Do not change the tests.

pub struct WordList {
    words: Box<[Box<str>]>,
}

impl WordList {
    pub fn load(text: &str) -> WordList {
        let mut words = Vec::new();
        for raw in text.split_whitespace() {
            let mut word = String::with_capacity(32);
            for c in raw.chars() {
                word.push(c.to_ascii_lowercase());
            }
            words.push(word.into_boxed_str());
        }
        WordList {
            words: words.into_boxed_slice(),
        }
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    pub fn get(&self, i: usize) -> &str {
        &self.words[i]
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The Quick brown fox jumps over the lazy dog \
        while Seven wise owls watch from an Old oak tree";

    #[test]
    fn the_list_holds_no_spare_room() {
        let (list, mem) = memkata_probe::measure(|| WordList::load(TEXT));
        let letters: usize = TEXT.split_whitespace().map(str::len).sum();
        let n = TEXT.split_whitespace().count();
        let target = letters + n * 2 * std::mem::size_of::<usize>();
        assert!(
            mem.live_bytes <= target as u64,
            "the loaded list holds {} bytes of heap; the target is {target} \
             ({letters} letters + {n} entries of 2 words) ({mem})",
            mem.live_bytes
        );
        assert_eq!(list.word_count(), 19);
    }

    #[test]
    fn words_are_lowercased() {
        let list = WordList::load(TEXT);
        assert_eq!(list.get(0), "the");
        assert_eq!(list.get(1), "quick");
        assert_eq!(list.get(18), "tree");
    }
}
