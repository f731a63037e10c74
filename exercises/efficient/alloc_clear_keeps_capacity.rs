// Quiz: read this program, then answer in memkata.

fn main() {
    let mut buf = String::with_capacity(100);
    buf.push_str("first line");
    buf.clear();
    let after_clear = buf.capacity();
    buf.push_str("second");
    buf.shrink_to_fit();
    println!("{} {} {}", buf.len(), after_clear, buf.capacity());
}
