// Quiz: read this program, then answer in memkata.

use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let count = Arc::new(Mutex::new(0));
    let for_worker = Arc::clone(&count);
    let result = thread::spawn(move || {
        let mut n = for_worker.lock().unwrap();
        *n += 1;
        panic!("the worker gave up");
    })
    .join();
    println!("worker ok: {}", result.is_ok());
    println!("count {}", count.lock().unwrap());
}
