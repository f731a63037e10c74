// Quiz: which change to the marked region makes this program pass its
// tests? Answer in memkata.
//
// A `Chain` is a persistent list: `prepend` makes a new chain that shares
// all the old chain's nodes through `Rc`, so many chains can share a tail.
// Like a `Box` list, a long chain is dropped recursively, one nested drop
// per node, unless its `Drop` unlinks the nodes in a loop.

use std::rc::Rc;

struct Node<T> {
    value: T,
    next: Option<Rc<Node<T>>>,
}

pub struct Chain<T> {
    head: Option<Rc<Node<T>>>,
}

impl<T> Chain<T> {
    pub fn empty() -> Self {
        Chain { head: None }
    }

    pub fn prepend(&self, value: T) -> Chain<T> {
        let next = self.head.clone();
        Chain {
            head: Some(Rc::new(Node { value, next })),
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.head.as_ref().map(|node| &node.value)
    }

    pub fn len(&self) -> usize {
        let mut len = 0;
        let mut link = &self.head;
        while let Some(node) = link {
            len += 1;
            link = &node.next;
        }
        len
    }
}

impl<T> Drop for Chain<T> {
    fn drop(&mut self) {
        // [fix]
        // [/fix]
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::hint::black_box;

    thread_local! {
        static DEEPEST: Cell<usize> = const { Cell::new(usize::MAX) };
        static DROPPED: Cell<usize> = const { Cell::new(0) };
    }

    /// Notes, when dropped, how deep in the stack its drop runs.
    struct Probe;

    impl Drop for Probe {
        fn drop(&mut self) {
            let here = 0u8;
            let address = black_box(&here) as *const u8 as usize;
            DEEPEST.with(|d| d.set(d.get().min(address)));
            DROPPED.with(|n| n.set(n.get() + 1));
        }
    }

    #[test]
    fn dropping_a_long_chain_takes_little_stack() {
        let mut chain = Chain::empty();
        for _ in 0..5000 {
            chain = chain.prepend(Probe);
        }
        let top = 0u8;
        let top = black_box(&top) as *const u8 as usize;
        drop(chain);
        let used = top - DEEPEST.with(Cell::get);
        assert_eq!(DROPPED.with(Cell::get), 5000, "every value dropped");
        assert!(used < 16 * 1024, "dropping used {used} bytes of stack");
    }

    #[test]
    fn a_shared_tail_outlives_one_chain() {
        let base = Chain::empty().prepend(1).prepend(2);
        let a = base.prepend(3);
        let b = base.prepend(4);
        drop(base);
        drop(a);
        assert_eq!(b.len(), 3);
        assert_eq!(b.first(), Some(&4));
    }

    #[test]
    fn frees_every_node() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut chain = Chain::empty();
            for i in 0..100 {
                chain = chain.prepend(i.to_string());
            }
        });
        assert_eq!(mem.live_bytes, 0, "every node and value is freed");
    }
}
