// ownership2: Copy or Clone?
//
// `pin_pair` drops two pins on a map with the same label: one at `at`, and
// one a step to the right. It uses `label` and `at` twice each, but the first
// `Pin` takes ownership of both, so the second one finds them gone.
//
// The two need different fixes:
// - `Point` is just two numbers. Copying it is as cheap as moving it and it
//   owns nothing on the heap, so it should be `Copy`: then using it never
//   moves it. Add `#[derive(Clone, Copy)]` to it (keep the other derives).
// - `label` is a `String` that owns heap memory, so it can never be `Copy`.
//   Give the first pin its own copy with `.clone()`, and the original to the
//   second pin.
// Do not change the tests.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, PartialEq)]
pub struct Pin {
    pub label: String,
    pub at: Point,
}

pub fn pin_pair(label: String, at: Point) -> (Pin, Pin) {
    let first = Pin {
        label: label.clone(),
        at,
    };
    let right = Point {
        x: at.x + 1,
        y: at.y,
    };
    let second = Pin { label, at: right };
    (first, second)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_pins_with_the_same_label() {
        let (first, second) = pin_pair(String::from("home"), Point { x: 3, y: 7 });
        assert_eq!(first.label, "home");
        assert_eq!(second.label, "home");
        assert_eq!(first.at, Point { x: 3, y: 7 });
        assert_eq!(second.at, Point { x: 4, y: 7 });
    }

    #[test]
    fn a_point_is_still_usable_after_passing_it() {
        let spot = Point { x: -1, y: 0 };
        let (pin, _) = pin_pair(String::from("camp"), spot);
        assert_eq!(pin.at, spot);
    }
}
