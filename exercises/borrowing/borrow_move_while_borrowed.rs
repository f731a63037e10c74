// Quiz: read this program, then answer in memkata.

fn main() {
    let name = String::from("Ferris");
    let borrowed = &name;
    let owner = name;
    println!("{borrowed} and {owner}");
}
