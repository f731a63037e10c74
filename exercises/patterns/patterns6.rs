// patterns6: Look at a field without taking it.
//
// `file` puts a draft on the shelf and returns the number of words in its
// body (0 if it has none). It owns the draft, so matching on `draft.body`
// is allowed to move the body String out into `body`... and it does. After
// that the draft is only partly there, a struct with a hole where its body
// was, and it can't be pushed onto the shelf (E0382: use of a partially
// moved value).
//
// Counting words only needs to read the body. Make the `if let` bind a
// reference to it, so the draft stays whole. The test measures the heap:
// filing a draft must not copy anything.
// Do not change the signature or the tests.

#[derive(Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: Option<String>,
}

pub fn file(draft: Draft, shelf: &mut Vec<Draft>) -> usize {
    let words = if let Some(body) = draft.body {
        body.split_whitespace().count()
    } else {
        0
    };
    shelf.push(draft);
    words
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(title: &str, body: Option<&str>) -> Draft {
        Draft {
            title: title.to_string(),
            body: body.map(str::to_string),
        }
    }

    #[test]
    fn counts_the_words_and_files_the_whole_draft() {
        let mut shelf = Vec::with_capacity(4);
        let memo = draft("memo", Some("lunch is at noon today"));
        let body_at = memo.body.as_ref().unwrap().as_ptr();
        let (words, mem) = memkata_probe::measure(|| file(memo, &mut shelf));
        assert_eq!(words, 5);
        assert_eq!(
            mem.allocations, 0,
            "filing the draft copied something ({mem})"
        );
        assert_eq!(shelf, [draft("memo", Some("lunch is at noon today"))]);
        let filed = shelf[0].body.as_ref().unwrap();
        assert!(std::ptr::eq(filed.as_ptr(), body_at), "the body was copied");
    }

    #[test]
    fn a_draft_without_a_body_has_no_words() {
        let mut shelf = Vec::new();
        assert_eq!(file(draft("idea", None), &mut shelf), 0);
        assert_eq!(file(draft("plan", Some("step one")), &mut shelf), 2);
        assert_eq!(
            shelf,
            [draft("idea", None), draft("plan", Some("step one"))]
        );
    }
}
