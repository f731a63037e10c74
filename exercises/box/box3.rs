// box3: Different shapes in one list.
//
// A `Vec` stores its items side by side, so they must all be of one type,
// and one size. `garden` wants to return circles AND rectangles, in order,
// so a `Vec<Circle>` can't hold them.
//
// Every shape implements the trait `Shape`. Make `garden` return a list in
// which each item may be any type that implements `Shape`, each keeping its
// own type underneath and finding its own `area` at run time: the list
// that `total_area` already accepts (the tests pin that type).
// Do not change `total_area` or the tests.

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

pub struct Circle {
    pub radius: f64,
}

pub struct Rect {
    pub width: f64,
    pub height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn name(&self) -> &'static str {
        "rect"
    }
}

pub fn garden() -> Vec<Circle> {
    vec![
        Circle { radius: 1.0 },
        Rect {
            width: 2.0,
            height: 3.0,
        },
        Circle { radius: 0.5 },
    ]
}

pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_garden_in_order() {
        let shapes: Vec<Box<dyn Shape>> = garden();
        let names: Vec<&str> = shapes.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["circle", "rect", "circle"]);
    }

    #[test]
    fn adds_up_the_areas() {
        let expected = std::f64::consts::PI * 1.25 + 6.0;
        assert!((total_area(&garden()) - expected).abs() < 1e-9);
    }

    #[test]
    fn a_boxed_shape_is_two_pointers_wide() {
        // A `Box<dyn Shape>` is a "fat" pointer: the data's address plus the
        // address of the table of `Shape` methods for its concrete type.
        let word = std::mem::size_of::<usize>();
        assert_eq!(std::mem::size_of::<Box<dyn Shape>>(), 2 * word);
        assert_eq!(std::mem::size_of::<Box<Circle>>(), word);
    }
}
