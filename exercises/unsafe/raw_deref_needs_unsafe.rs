// Quiz: read this program, then answer in memkata.

fn main() {
    let mut level = 3;
    let writer = &mut level as *mut i32;
    let reader = writer as *const i32;
    println!("{}", reader == writer as *const i32);
    println!("{}", *reader);
}
