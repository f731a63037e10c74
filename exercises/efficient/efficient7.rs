// efficient7: Trim the spare room off what you keep.
//
// `WordList::load` keeps every word of a text for a long time. Each word is
// built by pushing letters into a String, and the words are pushed into a
// Vec. Both grow as they are pushed to, and a grown String or Vec usually
// has room for more than it holds: spare capacity that is held for as long
// as the list lives, and never used.
//
// The list never changes after it is loaded, so nothing in it will ever
// grow. Keep the words, and the list of them, in types that have no room
// to grow: exactly their contents on the heap, and no capacity field beside
// them (pointer and length: 2 words, where a String or Vec takes 3).
// The test measures the bytes still held after loading (live bytes): the
// target is exactly the letters plus 2 words per entry. Do not change the
// tests.

pub struct WordList {
    words: Vec<String>,
}

impl WordList {
    pub fn load(text: &str) -> WordList {
        let mut words = Vec::new();
        for raw in text.split_whitespace() {
            let mut word = String::new();
            for c in raw.chars() {
                word.push(c.to_ascii_lowercase());
            }
            words.push(word);
        }
        WordList { words }
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
