// variance5: A destructor keeps its borrows alive.
//
// A `Section` writes a `begin` line into a report when it is made, and an
// `end` line when it is dropped, so a section is always closed, however the
// code leaves it. `report` writes two sections, one after the other.
//
// A borrow usually ends at its last use. But `Section` implements `Drop`,
// and the compiler counts its `drop` as a use of every borrow a Section
// holds: each Section still uses `&mut lines` at the end of its scope,
// when it is dropped. Here both sections live to the end of `report`, so
// the first one still holds `&mut lines` when the second one is made, and
// both hold it when `lines` is returned.
//
// Make each section end (and write its `end` line) where the work on it
// is done. Keep `Section` and its `Drop` as they are: the tests check that
// dropping a section closes it. Do not change the tests.

pub struct Section<'a> {
    out: &'a mut Vec<String>,
    name: &'static str,
}

impl<'a> Section<'a> {
    pub fn new(out: &'a mut Vec<String>, name: &'static str) -> Self {
        out.push(format!("begin {name}"));
        Section { out, name }
    }

    pub fn line(&mut self, text: &str) {
        self.out.push(format!("  {text}"));
    }
}

impl Drop for Section<'_> {
    fn drop(&mut self) {
        self.out.push(format!("end {}", self.name));
    }
}

pub fn report(items: &[u32]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut head = Section::new(&mut lines, "head");
    head.line(&format!("{} items", items.len()));
    let mut body = Section::new(&mut lines, "body");
    for item in items {
        body.line(&item.to_string());
    }
    lines
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_a_section_closes_it() {
        let mut lines = Vec::new();
        {
            let mut section = Section::new(&mut lines, "s");
            section.line("x");
        }
        assert_eq!(lines, ["begin s", "  x", "end s"]);
    }

    #[test]
    fn sections_follow_each_other() {
        let lines = report(&[7, 8]);
        let expected = [
            "begin head",
            "  2 items",
            "end head",
            "begin body",
            "  7",
            "  8",
            "end body",
        ];
        assert_eq!(lines, expected);
        assert_eq!(report(&[]).len(), 5);
    }
}
