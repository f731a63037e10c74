// closures5: Move the reference in, not the data.
//
// `checker` returns a closure that says whether a word is in the
// dictionary. The closure outlives the call to `checker`, so it can't
// borrow the function's locals; whoever wrote it made the closure own a
// COPY of the whole dictionary instead. It works, and the test fails: it
// measures the heap, and building a checker must not allocate.
//
// The closure only needs to read the caller's dictionary, and the caller
// keeps it alive while the checker is in use. Let the closure carry a
// reference to it; `move` still decides how the closure captures `strict`,
// a local that is gone when `checker` returns.
// Do not change the signature or the tests.

pub fn checker(dictionary: &[String], strict: bool) -> impl Fn(&str) -> bool {
    move |word| {
        dictionary.iter().any(|known| {
            if strict {
                known == word
            } else {
                known.eq_ignore_ascii_case(word)
            }
        })
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Vec<String> {
        ["borrow", "move", "Rust"].map(String::from).to_vec()
    }

    #[test]
    fn checks_words_against_the_dictionary() {
        let dictionary = words();
        let strict = checker(&dictionary, true);
        let relaxed = checker(&dictionary, false);
        assert!(strict("move") && strict("Rust"));
        assert!(!strict("rust") && !strict("copy"));
        assert!(relaxed("rust") && relaxed("BORROW"));
        assert!(!relaxed("copy"));
    }

    #[test]
    fn the_checker_borrows_the_dictionary() {
        let dictionary = words();
        let dictionary = &dictionary;
        let (check, mem) = memkata_probe::measure(|| checker(dictionary, true));
        assert_eq!(
            mem.allocations, 0,
            "building the checker allocated: it copied the dictionary ({mem})"
        );
        let ((), mem) = memkata_probe::measure(|| assert!(check("borrow")));
        assert_eq!(mem.allocations, 0, "checking a word allocated ({mem})");
    }
}
