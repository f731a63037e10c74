// arc4: One copy of each name.
//
// A log analyser reads millions of lines, and most of them name one of a
// few services: "auth", "billing", "search"... Keeping each occurrence as
// a String of its own would store millions of copies of the same words.
// An interner keeps ONE shared copy of every distinct name and hands out
// `Arc<str>`s to it: equal names are the same allocation, and handing out a
// name it already knows costs no allocation at all, just a count going up.
// They are `Arc`s, not `Rc`s, so the names can be sent to other threads.
//
// `intern` makes a new `Arc` on every call, so equal names end up as
// separate copies. Make it hand out its own copy of a name it already
// knows, and store a new one only for a name it has not seen. Looking a
// name up must not allocate. Do not change the tests.

use std::collections::HashSet;
use std::sync::Arc;

#[derive(Default)]
pub struct Interner {
    names: HashSet<Arc<str>>,
}

impl Interner {
    // The interner's shared copy of `name`.
    pub fn intern(&mut self, name: &str) -> Arc<str> {
        if let Some(known) = self.names.get(name) {
            return Arc::clone(known);
        }
        let shared: Arc<str> = Arc::from(name);
        self.names.insert(Arc::clone(&shared));
        shared
    }

    // How many distinct names the interner holds.
    pub fn distinct(&self) -> usize {
        self.names.len()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    #[test]
    fn equal_names_are_one_value() {
        let mut names = Interner::default();
        let first = names.intern("auth");
        let second = names.intern(&String::from("auth"));
        assert!(
            Arc::ptr_eq(&first, &second),
            "two \"auth\"s live at different addresses: the second should be the interner's copy"
        );
        assert_eq!(
            Arc::strong_count(&first),
            3,
            "the interner and the two callers"
        );
        assert_eq!(names.distinct(), 1);
    }

    #[test]
    fn a_known_name_costs_no_allocation() {
        let mut names = Interner::default();
        names.intern("billing");
        let (again, mem) =
            memkata_probe::measure(|| (0..100).map(|_| names.intern("billing")).count());
        assert_eq!(again, 100);
        assert_eq!(
            mem.allocations, 0,
            "interning a known name 100 times made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn names_can_go_to_other_threads() {
        let mut names = Interner::default();
        let lines = ["search", "auth", "search", "billing", "auth", "search"];
        let shared: Vec<Arc<str>> = lines.iter().map(|l| names.intern(l)).collect();
        assert_eq!(names.distinct(), 3);
        assert!(!Arc::ptr_eq(&shared[0], &shared[1]));
        let search = names.intern("search");
        assert_eq!(
            Arc::strong_count(&search),
            5,
            "the interner, the 3 \"search\" lines and `search` should share one name"
        );
        let counter = thread::spawn(move || shared.iter().filter(|n| &***n == "search").count());
        assert_eq!(counter.join().unwrap(), 3);
        assert_eq!(Arc::strong_count(&search), 2, "the interner and `search`");
    }
}
