// Quiz: read this program, then answer in memkata.

use std::cell::RefCell;

fn main() {
    let queue = RefCell::new(vec!["a", "b"]);
    let reader = queue.borrow();
    let n = reader.len();
    drop(reader);
    queue.borrow_mut().push("c");
    println!("{n} {:?}", queue.borrow());
}
