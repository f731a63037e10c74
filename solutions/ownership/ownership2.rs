// ownership2: Copy or Clone?
//
// `pin_pair` drops two pins on a map with the same label: one at `at`, and
// one a step to the right. It uses `label` and `at` twice each, but the first
// `Pin` takes ownership of both, so the second one finds them gone.
//
// The two need different fixes, because they are different kinds of value:
// - `Point` is just two numbers, with nothing on the heap. Copying it costs
//   no more than moving it, so make `Point` a type whose values are copied
//   instead of moved (keep the derives it already has).
// - `label` is a `String` that owns heap memory, so it can never be copied
//   behind your back. Give the first pin a label of its own with the same
//   text, and the original to the second pin.
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
        // `spot` is passed by value here, and used again below.
        let (first, second) = pin_pair(String::from("camp"), spot);
        assert_eq!(first.at, spot);
        assert_eq!(second.at, Point { x: 0, y: 0 });
        assert_eq!(first.label, "camp");
        assert_eq!(second.label, "camp");
    }
}
