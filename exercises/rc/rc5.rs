// rc5: Take the value back out.
//
// While a value sits in an `Rc`, nobody owns it alone, so you cannot move
// it out with `*rc`: other owners might still be reading it (try to build
// this file). But once only ONE `Rc` is left, that one is the sole owner
// again, and nothing stands in the way of taking the value back.
//
// A shared `Draft` was filled by several writers. Make `publish` turn it
// into an owned `Draft` when the `Rc` it is given is the last owner,
// moving it out without copying it; and hand that `Rc` back, unharmed,
// when other owners remain. The tests count allocations and owners.
// Do not change the signature or the tests.

use std::rc::Rc;

#[derive(Debug, PartialEq)]
pub struct Draft {
    pub lines: Vec<String>,
}

pub fn publish(draft: Rc<Draft>) -> Result<Draft, Rc<Draft>> {
    Ok(*draft)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Rc<Draft> {
        Rc::new(Draft {
            lines: vec![String::from("Dear reader,"), String::from("Rc shares.")],
        })
    }

    #[test]
    fn last_owner_gets_the_draft() {
        let shared = draft();
        let (published, mem) = memkata_probe::measure(|| publish(shared));
        let published = published.expect("the only owner should get the draft back");
        assert_eq!(published.lines[1], "Rc shares.");
        assert_eq!(
            mem.allocations, 0,
            "publish made {} allocations; the target is 0: move the draft out, don't copy it ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn shared_draft_is_handed_back() {
        let mine = draft();
        let editor = Rc::clone(&mine);
        let back = match publish(mine) {
            Ok(_) => panic!("the editor still holds the draft, so publish must not take it"),
            Err(rc) => rc,
        };
        assert_eq!(
            Rc::strong_count(&back),
            2,
            "both owners should still be there"
        );
        drop(editor);
        let published = publish(back).expect("now it is the last owner");
        assert_eq!(published.lines.len(), 2);
    }
}
