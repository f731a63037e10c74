// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and reports the heap bytes it
// allocated that are still not freed when it ends (`live_bytes`).

use std::rc::Rc;

fn main() {
    let (weak, mem) = memkata_probe::measure(|| {
        let strong = Rc::new([0u8; 64]);
        Rc::downgrade(&strong)
    });
    let alive = weak.upgrade().is_some();
    let some_kept = mem.live_bytes > 0;
    let array_sized = mem.live_bytes >= 64;
    println!("{alive} {some_kept} {array_sized}");
}
