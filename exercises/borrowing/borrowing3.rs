// borrowing3: One writer at a time.
//
// `transfer` moves coins between two accounts stored in the same HashMap.
// It takes a mutable reference to the sender's balance and another to the
// receiver's balance, and then uses both. The compiler refuses: both
// references borrow `balances` mutably, and a value can only have ONE
// mutable borrow in use at a time (it can't know the two keys differ).
//
// You don't need both references at once: finish with one account before
// you reach for the other. (A transfer from an account to itself must
// leave it as it was.)
// Do not change the tests.

use std::collections::HashMap;

pub fn transfer(balances: &mut HashMap<String, u32>, from: &str, to: &str, amount: u32) {
    let sender = balances.get_mut(from).expect("no such sender");
    let receiver = balances.get_mut(to).expect("no such receiver");
    *sender -= amount;
    *receiver += amount;
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> HashMap<String, u32> {
        HashMap::from([
            (String::from("ana"), 50),
            (String::from("ben"), 10),
            (String::from("cy"), 0),
        ])
    }

    #[test]
    fn coins_move_from_one_account_to_the_other() {
        let mut balances = bank();
        transfer(&mut balances, "ana", "ben", 20);
        assert_eq!(balances["ana"], 30);
        assert_eq!(balances["ben"], 30);
        assert_eq!(balances["cy"], 0);
    }

    #[test]
    fn transfers_can_chain() {
        let mut balances = bank();
        transfer(&mut balances, "ana", "cy", 50);
        transfer(&mut balances, "cy", "ben", 15);
        assert_eq!(balances["ana"], 0);
        assert_eq!(balances["ben"], 25);
        assert_eq!(balances["cy"], 35);
    }

    #[test]
    fn a_transfer_to_yourself_changes_nothing() {
        let mut balances = bank();
        transfer(&mut balances, "ben", "ben", 10);
        assert_eq!(balances["ben"], 10);
        assert_eq!(balances["ana"], 50);
    }
}
