// Quiz: read this program, then answer in memkata.

fn vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let word = String::from("borrow");
    let first = &word;
    let second = first;
    println!("{} {} {word}", vowels(first), vowels(second));
}
