// Quiz: read this program, then answer in memkata.

fn size_word(n: u32) -> &'static str {
    let words = ["none", "one", "many"];
    let i = if n < 2 { n as usize } else { 2 };
    words[i]
}

fn main() {
    let word;
    {
        let count = 7;
        word = size_word(count);
    }
    println!("{word}");
}
