// borrowing7: Lend a `&mut` again and again.
//
// `write_item` writes one line into anything that implements `fmt::Write`,
// and it takes that writer BY VALUE. A `&mut String` is such a writer. But a
// `&mut` reference is not `Copy`: passing `out` to a generic function by
// value moves the reference itself into the call, so the loop can't pass it
// a second time.
//
// You don't have to give the reference away. For each call, lend a fresh,
// shorter mutable borrow of the same String, made from `out` (a REBORROW).
// When the call ends, that short borrow ends, and `out` is yours again.
// Change only `write_list`: `write_item` keeps taking any writer by value
// (the tests check), and the tests stay as they are.

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
    fn write_item_takes_any_writer_by_value() {
        // A `String` is a writer too: this only compiles while `write_item`
        // takes its writer by value.
        let _by_value: fn(String, usize, &str) = write_item::<String>;
        let mut text = String::new();
        write_item(&mut text, 7, "tea");
        assert_eq!(text, "7. tea\n");
    }

    #[test]
    fn an_empty_list() {
        let mut text = String::new();
        write_list(&mut text, &[]);
        assert_eq!(text, "(end)\n");
    }
}
