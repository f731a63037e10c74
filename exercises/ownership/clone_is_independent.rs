// Quiz: read this program, then answer in memkata.

fn main() {
    let mut list = vec![String::from("tea")];
    let mut backup = list.clone();
    list.push(String::from("cake"));
    backup[0].push('!');
    println!("{list:?} {backup:?}");
}
