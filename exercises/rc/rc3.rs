// rc3: Clone the pointer, not the data.
//
// "Cloning an Rc" can mean two very different things:
// - `Rc::clone(&rc)` copies the POINTER: no allocation, the count goes up by
//   one, and both `Rc`s point at the same value;
// - cloning the value inside (`(*rc).clone()`, `Glossary::clone(&rc)`) copies
//   the DATA: every String and Vec inside is allocated again, and wrapping
//   the copy in `Rc::new` makes a second, unrelated value with its own count.
//
// `share` is meant to hand out one more owner of the same glossary, but it
// makes a deep copy. Fix it so that sharing costs no allocation at all.
// `Rc::ptr_eq(&a, &b)` is true when two `Rc`s point at the same value.
// Do not change the tests.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Glossary {
    pub terms: Vec<(String, String)>,
}

pub fn share(glossary: &Rc<Glossary>) -> Rc<Glossary> {
    Rc::new((**glossary).clone())
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Rc<Glossary> {
        let terms = [("owner", "who drops the value"), ("borrow", "a loan")];
        Rc::new(Glossary {
            terms: terms
                .iter()
                .map(|(t, d)| (t.to_string(), d.to_string()))
                .collect(),
        })
    }

    #[test]
    fn shares_the_same_glossary() {
        let original = glossary();
        let shared = share(&original);
        assert_eq!(shared.terms[0].0, "owner");
        assert!(
            Rc::ptr_eq(&original, &shared),
            "share returned an equal glossary at a different address: that is a deep copy, not a second owner"
        );
        assert_eq!(
            Rc::strong_count(&original),
            2,
            "after one share, the glossary should have 2 owners"
        );
    }

    #[test]
    fn sharing_does_not_allocate() {
        let original = glossary();
        let (copies, mem) =
            memkata_probe::measure(|| (0..10).map(|_| share(&original)).collect::<Vec<_>>());
        // The Vec that holds the 10 copies is one allocation of its own.
        assert_eq!(
            mem.allocations, 1,
            "sharing 10 times made {} allocations; the target is 1, the Vec holding the copies: an Rc::clone only adds 1 to a counter ({mem})",
            mem.allocations
        );
        assert_eq!(Rc::strong_count(&original), 11);
        drop(copies);
        assert_eq!(Rc::strong_count(&original), 1);
    }
}
