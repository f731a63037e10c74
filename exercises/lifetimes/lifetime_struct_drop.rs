// Quiz: read this program, then answer in memkata.
//
// `Label` borrows its text from a String it does not own.

struct Label<'a> {
    text: &'a str,
}

fn main() {
    let owner = String::from("fragile");
    let label = Label { text: &owner };
    println!("{}", label.text);
    drop(owner);
    println!("dropped");
}
