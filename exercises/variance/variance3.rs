// variance3: A bound on what `T` may borrow.
//
// A `Report` collects items of any type that can be displayed, and turns
// them into text only when `render` is called, so it always shows their
// current state. Items may be owned values or borrows of the caller's data.
//
// `Box<dyn Display>` in a struct field means `Box<dyn Display + 'static>`:
// a box whose contents borrow nothing short-lived. So `add` must promise
// that `T` is `'static`, and then a Report can't hold a borrow of a local
// variable, which the tests need.
//
// Let a Report say how long its items must stay valid, and let `add`
// accept any `T` that stays valid at least that long. The tests check that
// the items are still live borrows when the report is rendered.
// Do not change the tests.

use std::fmt::Display;

#[derive(Default)]
pub struct Report {
    items: Vec<Box<dyn Display>>,
}

impl Report {
    pub fn new() -> Self {
        Report { items: Vec::new() }
    }

    pub fn add<T: Display>(&mut self, item: T) {
        self.items.push(Box::new(item));
    }

    pub fn render(&self) -> String {
        let items = self.items.iter();
        let texts: Vec<String> = items.map(|item| item.to_string()).collect();
        texts.join(" | ")
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::fmt;

    struct Gauge(Cell<u32>);

    impl fmt::Display for Gauge {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}%", self.0.get())
        }
    }

    #[test]
    fn holds_owned_and_borrowed_items() {
        let name = String::from("disk");
        let mut report = Report::new();
        report.add(&name);
        report.add(42);
        report.add("ok");
        assert_eq!(report.render(), "disk | 42 | ok");
    }

    #[test]
    fn renders_the_items_as_they_are_now() {
        let gauge = Gauge(Cell::new(10));
        let mut report = Report::new();
        report.add(&gauge);
        assert_eq!(report.render(), "10%");
        gauge.0.set(75);
        assert_eq!(report.render(), "75%");
    }
}
