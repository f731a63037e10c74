// Quiz: read this program, then answer in memkata.

use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![1, 2, 3]);
    let mut writer = scores.borrow_mut();
    writer.push(4);
    let total: i32 = scores.borrow().iter().sum();
    println!("total {total}");
}
