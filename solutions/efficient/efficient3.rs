// efficient3: Lend, don't copy.
//
// `summary` only READS the document, but the two helpers it calls take their
// arguments by value (`String`, `Vec<String>`): they want to own what they
// are given. To keep using `doc` afterwards, `summary` has to `.clone()` the
// body and the tags: a deep copy of every byte, just to look at them.
//
// Neither helper keeps or changes what it is given. Let them look at the
// document's own text and tags instead of owning copies. Reading a value
// never needs a copy of it: the target is ZERO allocations.
// Do not change the tests.

pub struct Document {
    pub body: String,
    pub tags: Vec<String>,
}

fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn longest_tag(tags: &[String]) -> usize {
    tags.iter().map(|t| t.len()).max().unwrap_or(0)
}

pub fn summary(doc: &Document) -> (usize, usize) {
    (count_vowels(&doc.body), longest_tag(&doc.tags))
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        Document {
            body: "Ownership rules: each value has one owner at a time.".repeat(20),
            tags: vec!["rust".into(), "memory".into(), "borrowing".into()],
        }
    }

    #[test]
    fn summary_reads_without_copying() {
        let doc = sample();
        let (counts, mem) = memkata_probe::measure(|| summary(&doc));
        assert!(
            mem.allocations == 0,
            "summary made {} allocations just to read the document; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(counts, (380, 9));
    }

    #[test]
    fn the_document_is_untouched() {
        let doc = sample();
        summary(&doc);
        assert_eq!(doc.tags.len(), 3);
        assert_eq!(doc.body.len(), 52 * 20);
    }
}
