// Quiz: read this program, then answer in memkata.

use std::mem::size_of;
use std::ptr::NonNull;

fn main() {
    let pointer = size_of::<*mut u64>();
    println!("{}", size_of::<Option<NonNull<u64>>>() == pointer);
    println!("{}", size_of::<Option<*mut u64>>() == pointer);
    println!("{}", size_of::<Option<&u64>>() == pointer);
}
