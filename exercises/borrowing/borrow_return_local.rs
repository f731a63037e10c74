// Quiz: read this program, then answer in memkata.

fn shout(name: &str) -> &str {
    let loud = name.to_uppercase();
    &loud
}

fn main() {
    println!("{}", shout("ferris"));
}
