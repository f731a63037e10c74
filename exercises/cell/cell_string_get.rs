// Quiz: read this program, then answer in memkata.

use std::cell::Cell;

fn main() {
    let name = Cell::new(String::from("Ferris"));
    let before = name.get();
    name.set(String::from("Corro"));
    println!("{before} {}", name.take());
}
