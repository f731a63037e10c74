// lifetimes4: When elision guesses wrong.
//
// You usually don't write lifetimes on methods: the elision rules fill them
// in. For a method taking `&self` or `&mut self`, a returned reference is
// assumed to borrow from `self`. For `Fields::next_field` that guess is wrong:
// the field is a piece of the original `line`, which outlives the `Fields`
// cursor, but the elided signature says it borrows the cursor itself. So the
// test can't hold on to one field while asking for the next one.
//
// Write the return type out with the struct's own lifetime so it says what
// is true: the field borrows from the line, not from the cursor.
// Do not change the tests.

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
        assert_eq!((name, age, city), ("Ada", "36", "London"));
        assert_eq!(fields.next_field(), None);
    }

    #[test]
    fn fields_outlive_the_cursor() {
        let line = "x,y";
        let first = {
            let mut fields = Fields::new(line);
            fields.next_field()
        };
        assert_eq!(first, Some("x"));
    }
}
