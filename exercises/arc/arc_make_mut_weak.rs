// Quiz: read this program, then answer in memkata.

use std::sync::{Arc, Weak};

fn main() {
    let mut score = Arc::new(10);
    let watcher: Weak<i32> = Arc::downgrade(&score);
    *Arc::make_mut(&mut score) += 1;
    println!("{score} {:?}", watcher.upgrade());
}
