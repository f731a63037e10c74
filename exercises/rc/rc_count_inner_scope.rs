// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    {
        let c = Rc::clone(&b);
        let d = c.clone();
        print!("{} ", Rc::strong_count(&a));
        drop(d);
        print!("{} ", Rc::strong_count(&c));
    }
    println!("{}", Rc::strong_count(&b));
}
