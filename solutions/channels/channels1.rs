// channels1: Sent is gone.
//
// A channel carries values from one thread to another. `send` takes the
// value itself, not a borrow, and the receiving thread becomes its new
// owner: nothing is copied, and the sender keeps nothing. After a value is
// sent, the sending code may not read it again, not even "just to log it":
// by then another thread may be changing or dropping it.
//
// `forward` sends each line to a printer thread and adds up the bytes it
// sent, but it asks a line for its length after sending it (try to build
// this file). Make `forward` add up the bytes and send the lines
// themselves, not copies of them. Do not change the tests.

use std::sync::mpsc::Sender;

// Sends every line to the printer; returns how many bytes were sent in all.
pub fn forward(lines: Vec<String>, printer: &Sender<String>) -> usize {
    let mut bytes = 0;
    for line in lines {
        bytes += line.len();
        printer.send(line).unwrap();
    }
    bytes
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread;

    #[test]
    fn the_printer_gets_the_lines_themselves() {
        let lines: Vec<String> = ["GET /", "POST /login", "GET /favicon.ico"]
            .iter()
            .map(|l| l.to_string())
            .collect();
        let addresses: Vec<*const u8> = lines.iter().map(|l| l.as_ptr()).collect();
        let (tx, rx) = mpsc::channel::<String>();
        let printer = thread::spawn(move || rx.iter().collect::<Vec<String>>());
        let bytes = forward(lines, &tx);
        drop(tx);
        let printed = printer.join().unwrap();
        assert_eq!(printed, ["GET /", "POST /login", "GET /favicon.ico"]);
        assert_eq!(bytes, 32);
        let printed: Vec<*const u8> = printed.iter().map(|l| l.as_ptr()).collect();
        assert_eq!(
            printed, addresses,
            "the printer got copies of the lines: send the lines themselves"
        );
    }

    #[test]
    fn nothing_to_send() {
        let (tx, rx) = mpsc::channel::<String>();
        assert_eq!(forward(Vec::new(), &tx), 0);
        drop(tx);
        assert!(rx.recv().is_err());
    }
}
