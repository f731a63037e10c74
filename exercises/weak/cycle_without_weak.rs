// Quiz: read this program, then answer in memkata.

use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node {
        name: "a",
        next: RefCell::new(None),
    });
    let b = Rc::new(Node {
        name: "b",
        next: RefCell::new(Some(Rc::clone(&a))),
    });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("end of main");
}
