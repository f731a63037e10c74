// Quiz: read this program, then answer in memkata.
//
// A `Ledger` keeps its entries and their sum side by side. In the test, a
// thread pushes an entry and panics before it updates the sum, which
// poisons the `Mutex`. `balance` must still give the right balance. The
// marked line panics instead.

use std::sync::{Mutex, PoisonError};

struct Ledger {
    entries: Vec<i64>,
    sum: i64,
}

fn balance(ledger: &Mutex<Ledger>) -> i64 {
    // [fix]
    ledger.lock().unwrap().sum
    // [/fix]
}

fn main() {
    let ledger = Mutex::new(Ledger {
        entries: vec![5, 7],
        sum: 12,
    });
    println!("{}", balance(&ledger));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    #[test]
    fn the_balance_survives_a_crash() {
        let ledger = Mutex::new(Ledger {
            entries: vec![5, 7],
            sum: 12,
        });
        assert_eq!(balance(&ledger), 12);
        let crashed = thread::scope(|s| {
            s.spawn(|| {
                let mut ledger = ledger.lock().unwrap();
                ledger.entries.push(30);
                panic!("crashed before updating the sum");
            })
            .join()
        });
        assert!(crashed.is_err() && ledger.is_poisoned());
        assert_eq!(balance(&ledger), 42, "the entries are 5, 7 and 30");
    }
}
