// Quiz: read this program, then answer in memkata.
//
// `Pin<&mut T>` promises that the `T` it points at will not be moved
// again. Here `T` is a String.

use std::pin::Pin;

fn main() {
    let mut name = String::from("ada");
    let mut pinned = Pin::new(&mut name);
    pinned.push_str(" lovelace");
    let taken = std::mem::take(&mut *pinned);
    println!("{taken:?} {name:?}");
}
