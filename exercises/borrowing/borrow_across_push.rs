// Quiz: read this program, then answer in memkata.

fn main() {
    let mut primes = vec![2, 3, 5];
    let first = &primes[0];
    primes.push(7);
    println!("first {first}, {} primes", primes.len());
}
