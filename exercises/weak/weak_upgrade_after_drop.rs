// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let owner = Rc::new(String::from("kept"));
    let weak = Rc::downgrade(&owner);
    let peek = weak.upgrade();
    drop(owner);
    println!("{:?}", weak.upgrade());
    drop(peek);
    println!("{:?}", weak.upgrade());
}
