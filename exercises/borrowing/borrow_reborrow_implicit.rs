// Quiz: read this program, then answer in memkata.

fn add(list: &mut Vec<i32>, n: i32) {
    list.push(n);
}

fn main() {
    let mut numbers = Vec::new();
    let r = &mut numbers;
    add(r, 1);
    add(r, 2);
    println!("{r:?}");
}
