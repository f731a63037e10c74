// Quiz: read this program, then answer in memkata.
// It is built with edition 2024.

use std::sync::Mutex;

fn main() {
    let jobs = Mutex::new(vec![1, 2, 3]);
    while let Some(job) = jobs.lock().unwrap().pop() {
        let free = jobs.try_lock().is_ok();
        println!("{job} {free}");
    }
}
