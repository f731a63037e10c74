// Quiz: read this program, then answer in memkata.

use std::mem::{self, ManuallyDrop};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let _b = ManuallyDrop::new(Noisy("b"));
    let mut c = ManuallyDrop::new(Noisy("c"));
    mem::forget(a);
    // SAFETY: `c` is not used again after this line.
    unsafe { ManuallyDrop::drop(&mut c) };
    println!("end of main");
}
