// Quiz: read this program, then answer in memkata.

fn main() {
    let mut greeting = String::from("hi");
    let loud = &mut greeting;
    let polite = &mut greeting;
    loud.push('!');
    polite.push_str(" please");
    println!("{greeting}");
}
