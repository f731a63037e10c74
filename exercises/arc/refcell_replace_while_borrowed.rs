// Quiz: read this program, then answer in memkata.

use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec!["ann"]);
    let first = names.borrow();
    let old = names.replace(vec!["bob"]);
    println!("{} {:?}", first[0], old);
}
