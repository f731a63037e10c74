// Quiz: read this program, then answer in memkata.

use std::thread;

fn main() {
    let names = vec!["ann", "bob"];
    let handle = thread::spawn(move || names.len());
    let count = handle.join().unwrap();
    println!("{count} {}", names.len());
}
