// cell1: Write it down anyway.
//
// A `Greeter` greets people and keeps a list of everyone it greeted. Many
// parts of a program share one greeter, so `greet` takes `&self`: a shared
// reference. But a shared reference does not let you change what it points
// at, so `self.greeted.push(...)` does not compile.
//
// `RefCell` (in `std::cell`) moves the "one writer or many readers" check
// from compile time to run time. Through a `&RefCell<T>` you can call
// `.borrow_mut()` to get a temporary mutable view of the inside.
// Wrap the list in a `RefCell`, so that `greet` can record names while it
// keeps taking `&self`. Do not change the tests.

use std::cell::RefCell;

struct Greeter {
    greeted: RefCell<Vec<String>>,
}

impl Greeter {
    fn new() -> Greeter {
        Greeter {
            greeted: RefCell::new(Vec::new()),
        }
    }

    fn greet(&self, name: &str) -> String {
        self.greeted.borrow_mut().push(name.to_string());
        format!("Hello, {name}!")
    }

    // Everyone greeted so far, in order (a copy of the list).
    fn greeted(&self) -> Vec<String> {
        self.greeted.borrow().clone()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_through_a_shared_reference() {
        let greeter = Greeter::new();
        let front_door = &greeter;
        let back_door = &greeter;
        assert_eq!(front_door.greet("Ada"), "Hello, Ada!");
        assert_eq!(back_door.greet("Grace"), "Hello, Grace!");
        assert_eq!(
            greeter.greeted(),
            ["Ada", "Grace"],
            "both greetings should be recorded, in order"
        );
    }

    #[test]
    fn starts_empty() {
        let greeter = Greeter::new();
        assert!(
            greeter.greeted().is_empty(),
            "a new greeter has greeted nobody yet"
        );
    }
}
