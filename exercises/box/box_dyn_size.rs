// Quiz: read this program, then answer in memkata.
//
// Sizes are printed in machine words, so the answer is the same on every
// platform.

use std::fmt::Display;
use std::mem::size_of;

fn main() {
    let word = size_of::<usize>();
    println!(
        "{} {} {}",
        size_of::<Box<[u8; 64]>>() / word,
        size_of::<Box<[u8]>>() / word,
        size_of::<Box<dyn Display>>() / word,
    );
}
