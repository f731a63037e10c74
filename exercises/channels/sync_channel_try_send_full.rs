// Quiz: read this program, then answer in memkata.

use std::sync::mpsc::{self, TrySendError};

fn main() {
    let (tx, rx) = mpsc::sync_channel(2);
    let mut refused = Vec::new();
    for n in 1..=4 {
        if let Err(TrySendError::Full(n)) = tx.try_send(n) {
            refused.push(n);
        }
    }
    let first = rx.recv().unwrap();
    println!("{first} {refused:?}");
}
