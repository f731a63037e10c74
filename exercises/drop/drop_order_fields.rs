// Quiz: read this program, then answer in memkata.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair");
    }
}

fn main() {
    let _pair = Pair {
        right: Noisy("right"),
        left: Noisy("left"),
    };
}
