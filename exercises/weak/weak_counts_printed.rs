// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

fn main() {
    let a = Rc::new(10);
    let w1 = Rc::downgrade(&a);
    let w2 = w1.clone();
    let b = w2.upgrade().unwrap();
    println!(
        "strong {} weak {}",
        Rc::strong_count(&a),
        Rc::weak_count(&a)
    );
    drop(b);
    drop(w1);
    println!(
        "strong {} weak {}",
        Rc::strong_count(&a),
        Rc::weak_count(&a)
    );
}
