// rc6: Shared text and lists in one block.
//
// Text or a list that many owners read but nobody changes does not need a
// `String` or a `Vec` at all: those types exist so you can GROW them.
// `Rc<String>` is two heap blocks: the Rc's block (the counts and the
// String's pointer, capacity and length), and the String's own buffer with
// the text. But an `Rc` can also hold the text itself, with no String
// around it, in the same single block as its counts; and a list of items
// likewise, with no Vec around them.
//
// Make `Label` and `Samples`, and the two functions that make them, use
// one heap block each. Cloning them must stay a count increment, with no
// allocation. Do not change the tests.

use std::rc::Rc;

pub type Label = Rc<String>;
pub type Samples = Rc<Vec<u32>>;

pub fn label(name: &str) -> Label {
    Rc::new(name.to_string())
}

pub fn samples(values: &[u32]) -> Samples {
    Rc::new(values.to_vec())
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_one_allocation() {
        let (l, mem) = memkata_probe::measure(|| label("warehouse-7"));
        assert_eq!(&*l, "warehouse-7");
        assert_eq!(
            mem.allocations, 1,
            "label made {} allocations; the target is 1: keep the text in the Rc's own block ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn samples_are_one_allocation() {
        let (s, mem) = memkata_probe::measure(|| samples(&[3, 1, 4, 1, 5]));
        assert_eq!(&s[..], &[3, 1, 4, 1, 5][..]);
        assert_eq!(
            mem.allocations, 1,
            "samples made {} allocations; the target is 1: keep the numbers in the Rc's own block ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn clones_share_the_text() {
        let l = label("dock");
        let (copies, mem) = memkata_probe::measure(|| [l.clone(), l.clone(), l.clone()]);
        assert_eq!(mem.allocations, 0, "cloning an Rc never allocates ({mem})");
        assert!(copies.iter().all(|c| Rc::ptr_eq(c, &l)));
        assert_eq!(Rc::strong_count(&l), 4);
    }
}
