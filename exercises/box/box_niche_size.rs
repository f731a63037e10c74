// Quiz: read this program, then answer in memkata.
//
// Sizes are printed in machine words, so the answer is the same on every
// platform.

use std::mem::size_of;

fn main() {
    let word = size_of::<usize>();
    println!(
        "{} {} {}",
        size_of::<Box<u64>>() / word,
        size_of::<Option<Box<u64>>>() / word,
        size_of::<Option<usize>>() / word,
    );
}
