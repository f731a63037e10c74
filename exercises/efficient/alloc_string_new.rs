// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and counts the heap allocations
// it made.

fn main() {
    let (mut s, first) = memkata_probe::measure(String::new);
    let ((), second) = memkata_probe::measure(|| s.reserve(2));
    let ((), third) = memkata_probe::measure(|| {
        s.push('a');
        s.push('b');
    });
    println!(
        "{} {} {}",
        first.allocations, second.allocations, third.allocations
    );
}
