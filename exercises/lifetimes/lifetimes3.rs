// lifetimes3: A struct that borrows.
//
// `Parser` does not own its text: it holds a `&str` that points into a string
// owned by someone else, plus how far it has read. A struct that holds a
// reference must say so with a lifetime parameter, `Parser<'a>`, so that Rust
// can check that no `Parser` outlives the text it reads.
// Add the lifetime to the struct and to its `impl` block, then run the tests.
// Do not change the tests.

pub struct Parser {
    input: &str,
    pos: usize,
}

impl Parser {
    pub fn new(input: &str) -> Parser {
        Parser { input, pos: 0 }
    }

    /// The part of the input not read yet.
    pub fn rest(&self) -> &str {
        &self.input[self.pos..]
    }

    /// Reads a run of ASCII digits as a number, if one starts here.
    pub fn number(&mut self) -> Option<u32> {
        let digits = self.rest().len()
            - self
                .rest()
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let value = self.rest()[..digits].parse().ok()?;
        self.pos += digits;
        Some(value)
    }

    /// Skips one expected character; says whether it was there.
    pub fn skip(&mut self, expected: char) -> bool {
        if self.rest().starts_with(expected) {
            self.pos += expected.len_utf8();
            true
        } else {
            false
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_time() {
        let text = String::from("12:45 lunch");
        let mut p = Parser::new(&text);
        assert_eq!(p.number(), Some(12));
        assert!(p.skip(':'));
        assert_eq!(p.number(), Some(45));
        assert_eq!(p.rest(), " lunch");
    }

    #[test]
    fn stops_at_what_it_does_not_expect() {
        let mut p = Parser::new("x9");
        assert_eq!(p.number(), None);
        assert!(!p.skip(':'));
        assert_eq!(p.rest(), "x9");
    }
}
