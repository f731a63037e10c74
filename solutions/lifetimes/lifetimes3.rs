// lifetimes3: A struct that borrows.
//
// `Parser` reads numbers and separators out of a text it does not own: it
// keeps a `&str` pointing into the caller's string, plus how far it has
// read. It does not compile, because a reference stored in a struct must
// say how long it is valid, and `Parser` does not say it.
//
// Make `Parser` declare that it borrows its text, so that Rust can check
// that no `Parser` outlives the string it reads. It must keep borrowing:
// the tests check that it reads the caller's own string, not a copy.
// Do not change the tests.

pub struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    pub fn new(input: &'a str) -> Parser<'a> {
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

    #[test]
    fn reads_the_callers_own_text() {
        let text = String::from("7:30");
        let mut p = Parser::new(&text);
        assert_eq!(p.number(), Some(7));
        assert_eq!(
            p.rest().as_ptr(),
            text[1..].as_ptr(),
            "the parser reads a copy of the text; it should borrow the caller's string"
        );
    }
}
