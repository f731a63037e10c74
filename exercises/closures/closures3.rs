// closures3: A closure that gives away what it captured is `FnOnce`.
//
// `or_make` returns the value in `value`, or, if there is none, calls
// `make` to produce one. `label` uses it to fall back on a name it was
// given: its `move` closure owns `fallback` and hands it over when called.
//
// It doesn't compile. Handing over a captured String moves it out of the
// closure, so the closure can only be called once: it is `FnOnce`. But
// `or_make` asks for `Fn`, a closure it could call again and again (E0507:
// cannot move out of a captured variable in an `Fn` closure).
//
// `or_make` never calls `make` more than once: say so in its bound. No
// copies: the tests measure the heap, and `label` must not allocate.
// Do not change `label` or the tests.

pub fn or_make<F>(value: Option<String>, make: F) -> String
where
    F: Fn() -> String,
{
    match value {
        Some(value) => value,
        None => make(),
    }
}

pub fn label(name: Option<String>, fallback: String) -> String {
    or_make(name, move || fallback)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_without_copying() {
        let fallback = String::from("untitled");
        let at = fallback.as_ptr();
        let (got, mem) = memkata_probe::measure(|| label(None, fallback));
        assert_eq!(got, "untitled");
        assert!(std::ptr::eq(got.as_ptr(), at), "the fallback was copied");
        assert_eq!(mem.allocations, 0, "label allocated ({mem})");
    }

    #[test]
    fn a_name_wins_over_the_fallback() {
        let name = Some(String::from("holiday.jpg"));
        let fallback = String::from("untitled");
        let (got, mem) = memkata_probe::measure(|| label(name, fallback));
        assert_eq!(got, "holiday.jpg");
        assert_eq!(mem.allocations, 0, "label allocated ({mem})");
    }

    #[test]
    fn makes_a_value_from_what_the_closure_owns() {
        let parts = [String::from("draft"), String::from("2")];
        let made = or_make(None, move || parts.join("-"));
        assert_eq!(made, "draft-2");
        let owned = String::from("kept");
        assert_eq!(or_make(None, move || owned), "kept");
    }
}
