// Quiz: read this program, then answer in memkata.

fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(10);
    for i in 0..11 {
        v.push(i);
    }
    println!("len {}, room for 11: {}", v.len(), v.capacity() >= 11);
}
