// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let mut list = Rc::new(vec![1, 2]);
    let other = Rc::clone(&list);
    list.push(3);
    println!("{other:?}");
}
