// lifetimes4: When elision guesses wrong.
//
// You usually don't write lifetimes on methods: the elision rules fill them
// in. For a method that takes `&self` or `&mut self`, they assume that a
// returned reference borrows from `self`. For `Fields::next_field` that
// guess is wrong: a field is a piece of the original `line`, which
// outlives the `Fields` cursor, but the signature as written says that a
// field borrows the cursor itself. So the tests can't keep one field while
// asking for the next, nor keep a field once the cursor is gone.
//
// Make `next_field`'s signature say what is true: a field borrows from the
// line, not from the cursor. The body already does the right thing, and
// the tests check that each field is a piece of the caller's line, not a
// copy. Do not change the tests.

pub struct Fields<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Fields<'a> {
    pub fn new(line: &'a str) -> Fields<'a> {
        Fields { line, pos: 0 }
    }

    /// The next comma-separated field, trimmed, or `None` at the end.
    pub fn next_field(&mut self) -> Option<&str> {
        if self.pos > self.line.len() {
            return None;
        }
        let rest = &self.line[self.pos..];
        let end = rest.find(',').unwrap_or(rest.len());
        self.pos += end + 1;
        Some(rest[..end].trim())
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_fields_while_reading_on() {
        let line = String::from("Ada, 36, London");
        let mut fields = Fields::new(&line);
        let name = fields.next_field().unwrap();
        let age = fields.next_field().unwrap();
        let city = fields.next_field().unwrap();
        assert_eq!(name, "Ada");
        assert_eq!(age, "36");
        assert_eq!(city, "London");
        assert_eq!(fields.next_field(), None);
        assert_eq!(
            city.as_ptr(),
            line[9..].as_ptr(),
            "the field is a copy; it should be a piece of the caller's line"
        );
    }

    #[test]
    fn fields_outlive_the_cursor() {
        let line = String::from("x,y");
        let first = {
            let mut fields = Fields::new(&line);
            fields.next_field()
        };
        let first = first.unwrap();
        assert_eq!(first, "x");
        assert_eq!(
            first.as_ptr(),
            line.as_ptr(),
            "the field is a copy; it should be a piece of the caller's line"
        );
    }
}
