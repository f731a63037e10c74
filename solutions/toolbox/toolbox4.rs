// toolbox4: Drop a long list without a deep stack.
//
// `Stack` is a linked list of boxed nodes. Nothing is wrong with how it
// grows, but look at how it is dropped: Rust's drop glue for a node drops
// its `next` field, which drops the next node, which drops its `next`...
// one nested call per node. A list of a few hundred thousand nodes
// overflows the stack, and the program dies with a stack overflow.
//
// The test measures how much stack dropping 5000 nodes takes. Write a
// `Drop` for `Stack` that unlinks the nodes in a loop: take each node's
// `next` out before the node is dropped, so that no drop ever has more than
// one node to drop. Every value must still be dropped, and every node freed.
// Do not change the tests.

type Link<T> = Option<Box<Node<T>>>;

struct Node<T> {
    value: T,
    next: Link<T>,
}

struct Stack<T> {
    head: Link<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None }
    }

    fn push(&mut self, value: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { value, next }));
    }

    fn pop(&mut self) -> Option<T> {
        let node = self.head.take()?;
        self.head = node.next;
        Some(node.value)
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut link = self.head.take();
        while let Some(mut node) = link {
            link = node.next.take();
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

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
            DEEPEST.with(|deepest| deepest.set(deepest.get().min(address)));
            DROPPED.with(|n| n.set(n.get() + 1));
        }
    }

    #[test]
    fn dropping_takes_little_stack() {
        let mut stack = Stack::new();
        for _ in 0..5000 {
            stack.push(Probe);
        }
        let top = 0u8;
        let top = black_box(&top) as *const u8 as usize;
        drop(stack);
        let used = top - DEEPEST.with(Cell::get);
        assert_eq!(DROPPED.with(Cell::get), 5000, "every value is dropped");
        assert!(
            used < 16 * 1024,
            "dropping 5000 nodes used {used} bytes of stack: one nested drop per node"
        );
    }

    #[test]
    fn frees_every_node() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut stack = Stack::new();
            for i in 0..1000 {
                stack.push(i.to_string());
            }
            assert_eq!(stack.pop().as_deref(), Some("999"));
        });
        assert_eq!(mem.live_bytes, 0, "every node and value is freed");
    }
}
