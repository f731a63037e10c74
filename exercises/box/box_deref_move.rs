// Quiz: read this program, then answer in memkata.

fn main() {
    let boxed = Box::new(String::from("parcel"));
    let inside = *boxed;
    println!("{inside}");
    println!("{}", boxed.len());
}
