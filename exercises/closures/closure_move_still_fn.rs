// Quiz: read this program, then answer in memkata.

fn call_twice(f: impl Fn() -> usize) -> usize {
    f() + f()
}

fn main() {
    let name = String::from("Ferris");
    let len = move || name.len();
    println!("{}", call_twice(len));
}
