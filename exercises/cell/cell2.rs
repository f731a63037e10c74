// cell2: Count the lookups.
//
// A `Dictionary` answers lookups through `&self`, and it should count how
// many lookups it has served. `self.lookups += 1` is an assignment through a
// shared reference, so it does not compile.
//
// The counter is a plain number: you never need a reference to it, only its
// value. `std::cell` has a type made for such small `Copy` values: it never
// lends out a reference to its inside, you just read a copy out and put a
// new value in, so no borrow can ever be broken and nothing is checked at
// run time.
// Make each dictionary count its own lookups through `&self`, with that
// simpler tool rather than a `RefCell`. Do not change the tests.

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
    fn each_dictionary_counts_its_own() {
        let english = Dictionary::new();
        let spare = Dictionary::new();
        english.define("cell");
        english.define("cell");
        spare.define("borrow");
        assert_eq!(english.lookups(), 2);
        assert_eq!(spare.lookups(), 1);
    }

    #[test]
    fn starts_at_zero() {
        assert_eq!(Dictionary::new().lookups(), 0);
    }
}
