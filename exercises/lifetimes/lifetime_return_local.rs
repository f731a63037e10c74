// Quiz: read this program, then answer in memkata.

fn label(name: &str) -> &str {
    let text = format!("<{name}>");
    &text
}

fn main() {
    let who = String::from("ada");
    println!("{}", label(&who));
}
