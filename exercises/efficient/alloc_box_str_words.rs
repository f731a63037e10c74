// Quiz: read this program, then answer in memkata.
//
// `size_of` gives the size of the value itself (on the stack or inside a
// struct), not of any heap memory it points to.

use std::mem::size_of;

fn main() {
    let word = size_of::<usize>();
    println!(
        "String {}, Box<str> {}, &str {}, Vec<u8> {}",
        size_of::<String>() / word,
        size_of::<Box<str>>() / word,
        size_of::<&str>() / word,
        size_of::<Vec<u8>>() / word,
    );
}
