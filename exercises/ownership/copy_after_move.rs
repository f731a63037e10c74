// Quiz: read this program, then answer in memkata.

#[derive(Clone, Copy)]
struct Score {
    points: u32,
}

fn main() {
    let mine = Score { points: 1 };
    let mut yours = mine;
    yours.points += 10;
    println!("{} {}", mine.points, yours.points);
}
