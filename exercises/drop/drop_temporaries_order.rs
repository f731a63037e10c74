// Quiz: read this program, then answer in memkata. (Edition 2024.)

struct Noisy(&'static str);

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total() -> usize {
    let _local = Noisy("local");
    let n = Noisy("let temp").len();
    println!("after let");
    n + Noisy("tail temp").len()
}

fn main() {
    let n = total();
    println!("total {n}");
}
