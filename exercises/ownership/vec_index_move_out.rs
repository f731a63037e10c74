// Quiz: read this program, then answer in memkata.

fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let last = names.pop().unwrap();
    let first = names[0];
    println!("{first} {last} {}", names.len());
}
