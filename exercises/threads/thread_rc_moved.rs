// Quiz: read this program, then answer in memkata.

use std::rc::Rc;
use std::thread;

fn main() {
    let name = Rc::new(String::from("ferris"));
    let for_thread = Rc::clone(&name);
    let handle = thread::spawn(move || for_thread.len());
    println!("{name} {}", handle.join().unwrap());
}
