// Quiz: read this program, then answer in memkata.

#[derive(Debug)]
struct Trip {
    from: String,
    to: String,
    days: u32,
}

fn main() {
    let trip = Trip {
        from: String::from("Oslo"),
        to: String::from("Rome"),
        days: 3,
    };
    let start = trip.from;
    println!("leaving {start}");
    println!("{trip:?}");
}
