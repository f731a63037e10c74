// Quiz: read this program, then answer in memkata.
//
// `Label` borrows its text from a String it does not own, and it has a
// `Drop` impl of its own.

struct Label<'a> {
    text: &'a str,
}

impl Drop for Label<'_> {
    fn drop(&mut self) {
        println!("label for {} dropped", self.text);
    }
}

fn main() {
    let owner = String::from("fragile");
    let label = Label { text: &owner };
    println!("{}", label.text);
    drop(owner);
    println!("owner dropped");
}
