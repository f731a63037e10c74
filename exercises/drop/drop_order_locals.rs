// Quiz: read this program, then answer in memkata.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("first a");
    let _b = Noisy("b");
    let _a = Noisy("second a");
    println!("end of main");
}
