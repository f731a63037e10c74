// rc6: `Rc<str>` and `Rc<[T]>` for shared text and lists.
//
// Text or a list that many owners read but nobody changes does not need a
// `String` or a `Vec` at all: those types exist so you can GROW them.
// `Rc<String>` is two heap blocks: the Rc's block (the counts and the
// String's pointer, length and capacity), and the String's own buffer with
// the text. `Rc<str>` is one block: the counts with the text right after
// them. The same goes for `Rc<Vec<T>>` versus `Rc<[T]>`.
//
// `Rc::from("some text")` makes an `Rc<str>`, and `Rc::from(&[1, 2][..])`
// (any `&[T]` where T: Clone) makes an `Rc<[T]>`, each with one allocation.
// Cloning either is still just a count increment.
//
// Change `Label` and `Samples`, and the two functions that make them, so
// that each is built with a single allocation. Do not change the tests.

use std::rc::Rc;

pub type Label = Rc<str>;
pub type Samples = Rc<[u32]>;

pub fn label(name: &str) -> Label {
    Rc::from(name)
}

pub fn samples(values: &[u32]) -> Samples {
    Rc::from(values)
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
