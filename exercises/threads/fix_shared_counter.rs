// Quiz: read this program, then answer in memkata.
//
// `count_visits` starts one thread per visitor, and every thread adds one to
// a counter that they all share. The marked lines do not compile yet.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

fn count_visits(visitors: usize) -> u32 {
    // [fix]
    let visits = Rc::new(Cell::new(0));
    let mut handles = Vec::new();
    for _ in 0..visitors {
        let visits = Rc::clone(&visits);
        handles.push(thread::spawn(move || visits.set(visits.get() + 1)));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    visits.get()
    // [/fix]
}

fn main() {
    println!("{}", count_visits(8));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_visit_counts() {
        assert_eq!(count_visits(8), 8);
        assert_eq!(count_visits(0), 0);
    }
}
