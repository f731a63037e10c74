// cell2: Count the lookups.
//
// A `Dictionary` answers lookups through `&self`, and it should count how
// many lookups it has served. `self.lookups += 1` is an assignment through a
// shared reference, so it does not compile.
//
// For a small `Copy` value like a number, `Cell` is the simplest tool:
// `Cell<u32>` has `.get()` (hands you a copy of the value) and `.set(v)`
// (puts a new value in), and both work through `&self`. A `Cell` never lends
// out a reference to its inside, so no borrow can be broken.
// Make `lookups` a `Cell<u32>` and update the code that uses it.
// Do not change the tests.

struct Dictionary {
    words: Vec<(&'static str, &'static str)>,
    lookups: u32,
}

impl Dictionary {
    fn new() -> Dictionary {
        Dictionary {
            words: vec![("cell", "a small room"), ("borrow", "to use for a while")],
            lookups: 0,
        }
    }

    fn define(&self, word: &str) -> Option<&'static str> {
        self.lookups += 1;
        self.words
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, meaning)| *meaning)
    }

    fn lookups(&self) -> u32 {
        self.lookups
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_lookup() {
        let dict = Dictionary::new();
        let shared = &dict;
        assert_eq!(shared.define("cell"), Some("a small room"));
        assert_eq!(shared.define("borrow"), Some("to use for a while"));
        assert_eq!(shared.define("unicorn"), None);
        assert_eq!(
            dict.lookups(),
            3,
            "three lookups were made (a miss counts too)"
        );
    }

    #[test]
    fn starts_at_zero() {
        assert_eq!(Dictionary::new().lookups(), 0);
    }
}
