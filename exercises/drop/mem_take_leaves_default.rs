// Quiz: read this program, then answer in memkata.

use std::mem;

fn main() {
    let mut name = String::from("Ferris");
    let mut count = 7;
    let mut slot = Some('x');

    let taken_name = mem::take(&mut name);
    let taken_count = mem::replace(&mut count, 100);
    let taken_slot = slot.take();

    println!("[{name}] {count} {slot:?}");
    println!("[{taken_name}] {taken_count} {taken_slot:?}");
}
