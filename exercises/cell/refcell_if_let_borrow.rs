// Quiz: read this program, then answer in memkata.
// It is built with edition 2024.

use std::cell::RefCell;

fn main() {
    let stack = RefCell::new(vec![1, 2]);
    if let Some(top) = stack.borrow().last().copied() {
        stack.borrow_mut().push(top * 10);
    }
    println!("{:?}", stack.borrow());
}
