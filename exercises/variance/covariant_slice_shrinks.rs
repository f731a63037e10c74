// Quiz: read this program, then answer in memkata.
//
// `names` holds `&'static str`s; `guest` is a String that lives only as
// long as `main`.

fn longest<'a>(names: &[&'a str], extra: &'a str) -> &'a str {
    let mut best = extra;
    for &name in names {
        if name.len() > best.len() {
            best = name;
        }
    }
    best
}

fn main() {
    let names: Vec<&'static str> = vec!["ada", "grace"];
    let guest = String::from("margaret");
    println!("{}", longest(&names, &guest));
    println!("{}", names.len());
}
