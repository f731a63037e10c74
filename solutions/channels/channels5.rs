// channels5: Always in the same order.
//
// A bank keeps each account behind a `Mutex` of its own, so that transfers
// between different accounts can run at the same time. A transfer locks
// both of its accounts. Now picture two transfers at the same moment,
// 0 -> 2 and 2 -> 0: the first locks account 0, the second locks account 2,
// and then each waits forever for the lock the other one holds. Nothing
// crashes; both threads simply stop. That is a deadlock, and a test that
// just runs transfers may pass a thousand times before the timing goes wrong.
//
// The classic cure is one order that every thread follows. If each transfer
// locks the lower account number first, a thread holding a lock never waits
// for a lower one, so no two threads can wait on each other in a circle.
// `lock` notes every lock it takes, so the tests can check the order (keep
// using it). Make `transfer` lock its two accounts in one global order,
// whichever way the money goes. Do not change the tests.

use std::sync::{Mutex, MutexGuard};

pub struct Bank {
    accounts: Vec<Mutex<i64>>,
    locks_taken: Mutex<Vec<usize>>,
}

impl Bank {
    pub fn new(balances: &[i64]) -> Bank {
        Bank {
            accounts: balances.iter().map(|&b| Mutex::new(b)).collect(),
            locks_taken: Mutex::new(Vec::new()),
        }
    }

    // Locks one account, and notes that it did.
    fn lock(&self, account: usize) -> MutexGuard<'_, i64> {
        self.locks_taken.lock().unwrap().push(account);
        self.accounts[account].lock().unwrap()
    }

    pub fn balance(&self, account: usize) -> i64 {
        *self.lock(account)
    }

    // Moves `amount` from one account to another. Returns false, and moves
    // nothing, if `from` holds less than `amount`.
    pub fn transfer(&self, from: usize, to: usize, amount: i64) -> bool {
        if from == to {
            return true; // nothing moves, and one lock must not be taken twice
        }
        let lower = self.lock(from.min(to));
        let higher = self.lock(from.max(to));
        let (mut source, mut target) = if from < to {
            (lower, higher)
        } else {
            (higher, lower)
        };
        if *source < amount {
            return false;
        }
        *source -= amount;
        *target += amount;
        true
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    // The accounts locked since the last call, in order.
    fn locks_taken(bank: &Bank) -> Vec<usize> {
        std::mem::take(&mut *bank.locks_taken.lock().unwrap())
    }

    #[test]
    fn the_lower_account_is_locked_first() {
        let bank = Bank::new(&[100, 100, 100]);
        assert!(bank.transfer(0, 2, 30));
        assert_eq!(locks_taken(&bank), [0, 2]);
        assert!(bank.transfer(2, 0, 10));
        let order = locks_taken(&bank);
        assert_eq!(
            order,
            [0, 2],
            "transfer(2 -> 0) locked the accounts in the order {order:?}, but a transfer 0 -> 2 locks them as [0, 2]: run at the same moment, each could hold one lock and wait forever for the other"
        );
        assert!(bank.transfer(2, 1, 10));
        let order = locks_taken(&bank);
        assert_eq!(order, [1, 2], "transfer(2 -> 1) locked {order:?}");
    }

    #[test]
    fn money_moves_the_right_way() {
        let bank = Bank::new(&[50, 0, 10]);
        assert!(bank.transfer(2, 1, 10));
        assert!(!bank.transfer(1, 0, 11), "account 1 holds only 10");
        assert!(bank.transfer(0, 1, 50));
        assert!(bank.transfer(1, 1, 500));
        let balances: Vec<i64> = (0..3).map(|a| bank.balance(a)).collect();
        assert_eq!(balances, [0, 60, 0]);
    }
}
