// Quiz: read this program, then answer in memkata.

fn main() {
    let ada = String::from("ada");
    let bob = String::from("bob");
    let mut names = vec![Some(ada), None, Some(bob)];
    for name in &mut names {
        if let Some(n) = name {
            n.push('!');
        }
    }
    println!("{names:?}");
}
