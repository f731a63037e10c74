// Quiz: read this program, then answer in memkata.

fn main() {
    let pair = (String::from("key"), String::from("value"));
    let (ref k, v) = pair;
    println!("{k}={v}");
    println!("{} is still here", pair.0);
}
