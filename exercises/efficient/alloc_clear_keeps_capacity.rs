// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and counts the heap allocations
// it made.

fn main() {
    let mut buf = String::with_capacity(100);
    buf.push_str("first line");
    let before = buf.capacity();
    buf.clear();
    let kept = buf.capacity() == before;
    let ((), mem) = memkata_probe::measure(|| buf.push_str("second line"));
    println!("{} {} {}", buf.len(), kept, mem.allocations);
}
