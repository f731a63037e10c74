// Quiz: read this program, then answer in memkata.

use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    drop(rx);
    match tx.send(String::from("hello")) {
        Ok(()) => println!("sent"),
        Err(err) => println!("returned {}", err.0),
    }
}
