// weak2: Break the cycle.
//
// An `Rc` frees its value when the strong count drops to zero. Two values
// that hold an `Rc` to EACH OTHER never get there: when your variables go
// away, each dancer is still owned by the other one, so neither is dropped
// and their memory is never freed. Rust calls this a leak, and it is safe
// (nothing is read after it is freed), but the memory is lost until the
// program ends.
//
// The test below measures building a pair of dancers and dropping it with
// `memkata_probe::measure`, and finds bytes still live at the end.
// The `RefCell` is what lets `pair_up` set the links after both dancers
// exist and are shared; you know it from the `cell` topic.
// Make dropping the pair free both dancers, while each dancer can still
// name its partner for as long as that partner is around.
// Do not change the tests.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct Dancer {
    pub name: String,
    partner: RefCell<Weak<Dancer>>,
}

impl Dancer {
    pub fn new(name: &str) -> Rc<Dancer> {
        Rc::new(Dancer {
            name: name.to_string(),
            partner: RefCell::new(Weak::new()),
        })
    }

    pub fn partner_name(&self) -> Option<String> {
        self.partner.borrow().upgrade().map(|p| p.name.clone())
    }
}

pub fn pair_up(a: &Rc<Dancer>, b: &Rc<Dancer>) {
    *a.partner.borrow_mut() = Rc::downgrade(b);
    *b.partner.borrow_mut() = Rc::downgrade(a);
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_know_each_other() {
        let al = Dancer::new("Al");
        let bo = Dancer::new("Bo");
        pair_up(&al, &bo);
        assert_eq!(al.partner_name().as_deref(), Some("Bo"));
        assert_eq!(bo.partner_name().as_deref(), Some("Al"));
    }

    #[test]
    fn dropping_the_pair_frees_it() {
        let ((), mem) = memkata_probe::measure(|| {
            let al = Dancer::new("Al");
            let bo = Dancer::new("Bo");
            pair_up(&al, &bo);
        });
        assert_eq!(
            mem.live_bytes, 0,
            "dropping the pair leaked {} bytes; the target is 0: an Rc cycle keeps both dancers alive ({mem})",
            mem.live_bytes
        );
    }

    #[test]
    fn a_partner_who_left_is_gone() {
        let al = Dancer::new("Al");
        let bo = Dancer::new("Bo");
        pair_up(&al, &bo);
        drop(bo);
        assert_eq!(
            al.partner_name(),
            None,
            "Bo was dropped, but Al's link still owns Bo and keeps them alive"
        );
    }
}
