// cell1: Write it down anyway.
//
// A `Greeter` greets people and keeps a list of everyone it greeted. Many
// parts of a program share one greeter, so `greet` takes `&self`: a shared
// reference. But a shared reference does not let you change what it points
// at, so `self.greeted.push(...)` does not compile.
//
// Some types in `std::cell` allow "interior mutability": they let you change
// what is inside them through a shared reference, and check the borrowing
// rules (many readers or one writer) while the program runs instead.
// Make `greet` record every name while it keeps taking `&self`, each greeter
// with its own list. Do not change the tests.

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
    fn each_greeter_keeps_its_own_list() {
        let front = Greeter::new();
        let back = Greeter::new();
        front.greet("Ada");
        back.greet("Alan");
        back.greet("Grace");
        assert_eq!(front.greeted(), ["Ada"]);
        assert_eq!(back.greeted(), ["Alan", "Grace"]);
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
