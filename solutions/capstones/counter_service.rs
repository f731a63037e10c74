// counter_service: One counter, many threads.
//
// A `CounterService` counts hits, per key (say, per web page) and in total.
// Several threads use the same service at once, so whatever it holds must be
// safe to SHARE between threads: it must be `Sync`. It was written for one
// thread, with `Cell` and `RefCell`, whose bookkeeping is not thread-safe.
//
// This capstone combines interior mutability, `Send`/`Sync`, sharing data
// with threads (borrowed by scoped threads, or owned through an `Arc`), and
// RAII (a lock's guard).
//
// Your tasks:
// 1. The compiler refuses to share the service between threads (E0277).
//    Keep the methods' signatures (`&self`), and give `total` and `per_key`
//    types that threads can update through a shared reference, without
//    losing a single hit.
// 2. `serve_with_arc` starts threads that may outlive it: it hands their
//    handles back to the caller. Each of those threads must own the service
//    (through the `Arc`), and it moves the one `Arc` into the first thread
//    (E0382). Give every thread an owner of its own.
// Do not change the tests.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

#[derive(Default)]
pub struct CounterService {
    total: AtomicU64,
    per_key: Mutex<HashMap<String, u64>>,
}

impl CounterService {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn hit(&self, key: &str) {
        self.total.fetch_add(1, Ordering::Relaxed);
        let mut per_key = self.per_key.lock().unwrap();
        match per_key.get_mut(key) {
            Some(count) => *count += 1,
            None => {
                // Allocate a String for the key only the first time.
                per_key.insert(key.to_string(), 1);
            }
        }
    }

    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// Every key with its count, sorted by key.
    pub fn snapshot(&self) -> Vec<(String, u64)> {
        let per_key = self.per_key.lock().unwrap();
        let mut all: Vec<(String, u64)> = per_key.iter().map(|(k, &n)| (k.clone(), n)).collect();
        all.sort();
        all
    }
}

/// Worker `w` hits the page `page{w % 3}`, `hits` times.
fn work(service: &CounterService, w: usize, hits: usize) {
    let key = format!("page{}", w % 3);
    for _ in 0..hits {
        service.hit(&key);
    }
}

/// Scoped threads may borrow `service`: the scope waits for all of them.
pub fn serve_scoped(service: &CounterService, workers: usize, hits: usize) {
    thread::scope(|s| {
        for w in 0..workers {
            s.spawn(move || work(service, w, hits));
        }
    });
}

/// `thread::spawn` threads may outlive this function, so each must own the
/// service: it comes in an `Arc`. The caller joins the threads.
pub fn serve_with_arc(
    service: Arc<CounterService>,
    workers: usize,
    hits: usize,
) -> Vec<JoinHandle<()>> {
    let mut handles = Vec::new();
    for w in 0..workers {
        let service = Arc::clone(&service);
        handles.push(thread::spawn(move || work(&service, w, hits)));
    }
    handles
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected() -> Vec<(String, u64)> {
        // 4 workers: 0 and 3 hit page0, 1 hits page1, 2 hits page2.
        vec![
            ("page0".into(), 2000),
            ("page1".into(), 1000),
            ("page2".into(), 1000),
        ]
    }

    #[test]
    fn counts_on_one_thread() {
        let service = CounterService::new();
        service.hit("home");
        service.hit("about");
        service.hit("home");
        assert_eq!(service.total(), 3);
        assert_eq!(
            service.snapshot(),
            [("about".into(), 1), ("home".into(), 2)]
        );
    }

    #[test]
    fn scoped_threads_lose_no_hit() {
        let service = CounterService::new();
        serve_scoped(&service, 4, 1000);
        assert_eq!(service.total(), 4000, "4 threads made 1000 hits each");
        assert_eq!(service.snapshot(), expected());
    }

    #[test]
    fn arc_threads_lose_no_hit() {
        let service = Arc::new(CounterService::new());
        let handles = serve_with_arc(Arc::clone(&service), 4, 1000);
        assert_eq!(handles.len(), 4);
        for handle in handles {
            handle.join().unwrap();
        }
        assert_eq!(service.total(), 4000, "4 threads made 1000 hits each");
        assert_eq!(service.snapshot(), expected());
        assert_eq!(
            Arc::strong_count(&service),
            1,
            "every thread's clone of the Arc should be dropped when the thread ends"
        );
    }
}
