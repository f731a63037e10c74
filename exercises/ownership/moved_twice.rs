// Quiz: read this program, then answer in memkata.

fn shout(text: String) -> String {
    text.to_uppercase()
}

fn main() {
    let word = String::from("hey");
    let first = shout(word);
    let second = shout(word);
    println!("{first} {second}");
}
