// Quiz: read this program, then answer in memkata.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let held = Noisy("held");
    let _ = held;
    let _ = Noisy("temp");
    let _kept = Noisy("_kept");
    println!("end of main");
}
