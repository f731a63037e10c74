// Quiz: read this program, then answer in memkata.
//
// memkata_probe::measure runs a closure and counts the heap allocations
// it made.

fn main() {
    let names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Barbara"),
    ];
    let (copy, mem) = memkata_probe::measure(|| names.clone());
    println!("{} names, {} allocations", copy.len(), mem.allocations);
}
