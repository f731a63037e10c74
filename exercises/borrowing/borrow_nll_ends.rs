// Quiz: read this program, then answer in memkata.

fn main() {
    let mut primes = vec![2, 3, 5];
    let first = &primes[0];
    println!("first {first}");
    primes.push(7);
    println!("{} primes", primes.len());
}
