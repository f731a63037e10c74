// Quiz: read this program, then answer in memkata.

fn main() {
    let word = String::from("rust");
    let mut count = 1;
    {
        let word = word.to_uppercase();
        count += 1;
        println!("{word} {count}");
    }
    println!("{word} {count}");
}
