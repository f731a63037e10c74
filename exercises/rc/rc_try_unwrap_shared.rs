// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let first = Rc::new(vec![1, 2, 3]);
    let second = Rc::clone(&first);
    match Rc::try_unwrap(first) {
        Ok(v) => println!("took {v:?}"),
        Err(rc) => println!("still shared by {}", Rc::strong_count(&rc)),
    }
    println!("{second:?} has {} owner(s)", Rc::strong_count(&second));
}
