// lifetimes6: Give the temporary an owner.
//
// `slug` turns a title into a lowercase, dash-separated slug. It calls
// `to_lowercase()`, which makes a brand-new String, and borrows a `&str`
// from it straight away. But that String is never stored anywhere: it is a
// temporary, and this one is dropped at the end of the statement that made
// it. The borrow `lower` would point at freed memory on the next line.
//
// Make the lowercase String live as long as the borrows taken from it are
// used. The words should stay borrowed from it: the tests check that
// `slug` makes only a few allocations, not one per word, and that it
// leaks nothing. Do not change the tests.

pub fn slug(title: &str) -> String {
    let lower: &str = title.trim().to_lowercase().as_str();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.join("-")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_with_dashes() {
        assert_eq!(
            slug("  Ownership And Borrowing "),
            "ownership-and-borrowing"
        );
    }

    #[test]
    fn squeezes_repeated_spaces() {
        assert_eq!(slug("Box   and  Rc"), "box-and-rc");
    }

    #[test]
    fn empty_title_empty_slug() {
        assert_eq!(slug("   "), "");
    }

    #[test]
    fn borrows_the_words_and_frees_everything() {
        let title = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve";
        let (len, mem) = memkata_probe::measure(|| slug(title).len());
        assert_eq!(len, title.len());
        // One lowercase copy, one list of borrowed words that grows a few
        // times, one result. A copy of every word would add 12 more.
        assert!(
            mem.allocations <= 8,
            "slug made {} allocations for a 12-word title; the target is a handful: the words should be borrowed from one lowercase String ({mem})",
            mem.allocations
        );
        assert_eq!(
            mem.live_bytes, 0,
            "slug left {} bytes on the heap that are never freed ({mem})",
            mem.live_bytes
        );
    }
}
