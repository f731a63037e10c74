// Quiz: read this program, then answer in memkata.

use std::cell::Cell;

fn main() {
    let slot = Cell::new(vec![1, 2, 3]);
    let taken = slot.take();
    let again = slot.take();
    println!("{taken:?} {again:?}");
}
