// borrowing7: Lend a `&mut` again and again.
//
// `write_item` writes one line into anything that implements `fmt::Write`,
// and it takes that writer BY VALUE. A `&mut String` is such a writer. But a
// `&mut` reference is not `Copy`: passing `out` to a generic function by
// value moves the reference itself into the call, so the loop can't pass it
// a second time.
//
// You don't have to give the reference away. Lend a fresh, shorter borrow of
// the same String for each call: a REBORROW, written `&mut *out`. When the
// call ends, that short borrow ends, and `out` is usable again.
// Change only `write_list`; do not change `write_item` or the tests.

use std::fmt::Write;

pub fn write_item<W: Write>(mut out: W, number: usize, item: &str) {
    writeln!(out, "{number}. {item}").expect("writing to a String can't fail");
}

pub fn write_list(out: &mut String, items: &[&str]) {
    for (i, item) in items.iter().enumerate() {
        write_item(&mut *out, i + 1, item);
    }
    out.push_str("(end)\n");
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_gets_a_numbered_line() {
        let mut text = String::from("Shopping:\n");
        write_list(&mut text, &["eggs", "flour", "milk"]);
        assert_eq!(text, "Shopping:\n1. eggs\n2. flour\n3. milk\n(end)\n");
    }

    #[test]
    fn an_empty_list() {
        let mut text = String::new();
        write_list(&mut text, &[]);
        assert_eq!(text, "(end)\n");
    }
}
