// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and reports the heap bytes it
// allocated that are still not freed when it ends (`live_bytes`).
// Here each of an Rc's two counters (strong and weak) takes 8 bytes.

use std::rc::Rc;

fn main() {
    let (weak, mem) = memkata_probe::measure(|| {
        let strong = Rc::new([0u8; 64]);
        Rc::downgrade(&strong)
    });
    println!("{} {}", weak.upgrade().is_some(), mem.live_bytes);
}
