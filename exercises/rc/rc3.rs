// rc3: Share the value, don't copy it.
//
// "Cloning" around an `Rc` can mean two very different things: making one
// more `Rc` that points at the same value (a pointer is copied and a count
// goes up), or copying the value itself, every String and Vec in it, into
// new heap blocks. Wrapped in a new `Rc`, such a copy is a second,
// unrelated value with its own count: it looks equal, but it is not shared.
//
// `share` is meant to hand out one more owner of the same glossary, but it
// makes a deep copy. Make sharing cost no allocation at all, with the
// result pointing at the very same glossary (`Rc::ptr_eq(&a, &b)` tells
// whether two `Rc`s point at the same value; the tests use it).
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
            "sharing 10 times made {} allocations; the target is 1, the Vec holding the copies: one more owner of the same value only adds 1 to a counter ({mem})",
            mem.allocations
        );
        assert_eq!(Rc::strong_count(&original), 11);
        drop(copies);
        assert_eq!(Rc::strong_count(&original), 1);
    }
}
