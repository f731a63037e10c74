// Quiz: read this program, then answer in memkata.

use std::thread;

fn main() {
    let numbers = vec![1, 2, 3];
    let handle = thread::spawn(|| numbers.iter().sum::<i32>());
    let total = handle.join().unwrap();
    println!("{total} {numbers:?}");
}
