// rc5: Take the value back out.
//
// While a value sits in an `Rc`, nobody owns it alone, so you cannot move it
// out with `*rc`: other owners might still be reading it (try to build this
// file). But once only ONE `Rc` is left, it is the sole owner again, and it
// can give the value back without copying it.
//
// `Rc::try_unwrap(rc)` does exactly that. It returns a `Result`:
// - `Ok(value)` if `rc` was the last strong owner: the value is moved out
//   and the Rc's allocation is freed;
// - `Err(rc)` if other owners remain: you get your `Rc` back, unharmed.
//
// A shared `Draft` was filled by several writers; `publish` should turn it
// into an owned `Draft` when nobody else holds it, and hand the `Rc` back
// otherwise. Fix `publish`. Do not change the tests.

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
