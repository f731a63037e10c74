// Quiz: read this program, then answer in memkata.

use std::cell::Cell;

fn bump(counter: &Cell<u32>) {
    counter.set(counter.get() + 1);
}

fn main() {
    let count = Cell::new(10);
    let a = &count;
    let b = &count;
    bump(a);
    b.set(b.get() * 2);
    bump(a);
    println!("{}", count.get());
}
