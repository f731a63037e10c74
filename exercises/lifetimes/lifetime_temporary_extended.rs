// Quiz: read this program, then answer in memkata.

fn main() {
    let kept: &str = &String::from("kept");
    let lost: &str = String::from("lost").as_str();
    println!("{kept} {lost}");
}
