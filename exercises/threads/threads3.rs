// threads3: Take turns with the pen.
//
// Worker threads sign one shared sign-in sheet. Every worker owns a clone
// of the same `Arc`, so they all reach the same sheet; but, like a shared
// `Rc`, a shared `Arc` only gives `&` access, and `sign` needs to push. If two
// threads could push at the same moment, the `Vec` would be corrupted, so
// the compiler refuses.
//
// Make `Sheet` a type that many threads can sign at once, safely, by taking
// turns. `sign` is called from many threads, on one sheet they all share:
// the tests do that too. Do not change the tests.

use std::sync::Arc;
use std::thread;

// One sheet, shared by every thread that signs it.
type Sheet = Arc<Vec<String>>;

fn new_sheet() -> Sheet {
    Arc::new(Vec::new())
}

// Adds `name` to the sheet. Many threads call this at the same time.
fn sign(sheet: &Sheet, name: String) {
    sheet.push(name);
}

// Every name on the sheet, sorted (threads may sign in any order).
fn names(sheet: &Sheet) -> Vec<String> {
    let mut all = sheet.to_vec();
    all.sort();
    all
}

// Starts `workers` threads; worker `id` signs as "worker <id>".
fn sign_in(workers: usize) -> Vec<String> {
    let sheet = new_sheet();
    let mut handles = Vec::new();
    for id in 0..workers {
        let sheet = Arc::clone(&sheet);
        handles.push(thread::spawn(move || sign(&sheet, format!("worker {id}"))));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    names(&sheet)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_worker_signs_once() {
        assert_eq!(
            sign_in(4),
            ["worker 0", "worker 1", "worker 2", "worker 3"],
            "each of the 4 workers should appear on the shared sheet exactly once"
        );
        assert!(sign_in(0).is_empty());
    }

    #[test]
    fn threads_sign_the_same_sheet() {
        let sheet = new_sheet();
        let guests = ["ann", "bob", "cyd"];
        let handles: Vec<_> = guests
            .into_iter()
            .map(|guest| {
                let sheet = Arc::clone(&sheet);
                thread::spawn(move || sign(&sheet, guest.to_string()))
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        assert_eq!(
            names(&sheet),
            guests,
            "three threads signed this one sheet through `sign`"
        );
    }
}
