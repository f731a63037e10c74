// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and counts the heap allocations
// it made.

use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("a long, expensive description"));
    let (handles, mem) = memkata_probe::measure(|| {
        let a = Rc::clone(&shared);
        let b = Rc::clone(&shared);
        [a, b]
    });
    let (copy, mem2) = memkata_probe::measure(|| String::clone(&handles[0]));
    println!("{} then {}", mem.allocations, mem2.allocations);
    assert_eq!(copy, *shared);
}
