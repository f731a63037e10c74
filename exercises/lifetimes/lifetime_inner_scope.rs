// Quiz: read this program, then answer in memkata.

fn main() {
    let first: &String;
    {
        let names = vec![String::from("ada"), String::from("grace")];
        first = &names[0];
        println!("inside: {first}");
    }
    println!("outside: {first}");
}
