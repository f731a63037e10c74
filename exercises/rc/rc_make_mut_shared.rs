// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let mut a = Rc::new(String::from("cat"));
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push('s');
    println!("{a} {b} {}", Rc::strong_count(&b));
}
