// Quiz: read this program, then answer in memkata.

fn bump(values: &mut [i32]) {
    for v in values.iter_mut() {
        *v += 10;
    }
}

fn main() {
    let mut numbers = vec![1, 2, 3, 4];
    bump(&mut numbers[1..3]);
    println!("{numbers:?}");
}
