// Quiz: read this program, then answer in memkata.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

fn main() {
    let total = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for i in 1..=4 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                total.fetch_add(i, Ordering::Relaxed);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", total.load(Ordering::Relaxed));
}
