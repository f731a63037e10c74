// Quiz: read this program, then answer in memkata.

use std::thread;

fn main() {
    let mut scores = vec![3, 4, 5];
    let (total, best) = thread::scope(|s| {
        let sum = s.spawn(|| scores.iter().sum::<i32>());
        let max = s.spawn(|| *scores.iter().max().unwrap());
        (sum.join().unwrap(), max.join().unwrap())
    });
    scores.push(total);
    println!("{best} {scores:?}");
}
