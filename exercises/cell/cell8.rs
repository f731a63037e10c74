// cell8: Work it out once.
//
// `Document::words` splits the text into words. It builds a new `Vec` of new
// `String`s every time it is called, which is wasteful when the text never
// changes. We want the split done lazily (only if somebody asks) and only
// once, and `words` must keep taking `&self`.
//
// `std::cell` has a cell that starts empty and can be filled exactly once,
// through `&self`; after that it hands out plain `&T` references to what it
// holds, with no guard and no run-time count.
// Make `words` split the text on the first call only, and hand out the same
// words on every later call. Do not change the tests.

struct Document {
    text: String,
}

impl Document {
    fn new(text: String) -> Document {
        Document { text }
    }

    fn words(&self) -> Vec<String> {
        self.text.split_whitespace().map(String::from).collect()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_into_words() {
        let doc = Document::new("the cat  sat".to_string());
        assert_eq!(doc.words(), ["the", "cat", "sat"]);
        assert_eq!(doc.words()[1], "cat");
    }

    #[test]
    fn later_calls_reuse_the_words() {
        let doc = Document::new("to be or not to be".to_string());
        assert_eq!(doc.words().len(), 6); // the first call may do the work
        let (total, mem) = memkata_probe::measure(|| {
            let mut total = 0;
            for _ in 0..10 {
                total += doc.words().len();
            }
            total
        });
        assert_eq!(total, 60);
        assert_eq!(
            mem.allocations, 0,
            "10 more calls to `words` made {} allocations; the target is 0: split once, then reuse ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn nothing_is_split_until_asked() {
        let text = "lazy means later".to_string();
        let (_doc, mem) = memkata_probe::measure(|| Document::new(text));
        assert_eq!(
            mem.allocations, 0,
            "creating a Document made {} allocations; the target is 0: split only when `words` is called ({mem})",
            mem.allocations
        );
    }
}
