// Quiz: read this program, then answer in memkata.

fn main() {
    let name = String::from("Ferris");
    let greet = move || println!("Hello, {name}");
    greet();
    println!("{name}");
}
