// Quiz: read this program, then answer in memkata.

use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Noisy("x"));
    let b = Rc::clone(&a);
    drop(a);
    println!("a is gone");
    drop(b);
    println!("b is gone");
}
