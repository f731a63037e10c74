// box6: `None` costs nothing.
//
// `Stack` is a linked list: each node holds a value and a link to the node
// below it. Here a link is a `Box<Option<Node>>`: a heap block holding
// "maybe a node". So even an empty stack, and the bottom of every stack,
// needs a heap block just to say that there is nothing there.
//
// Make an empty link cost no heap block at all, and no extra space either:
// the tests want no allocation for an empty stack, exactly one per value
// pushed, and a link as small as one pointer. Change the `Link` type and
// the methods that use it. Do not change the tests.

type Link = Box<Option<Node>>;

struct Node {
    value: u32,
    next: Link,
}

#[derive(Default)]
pub struct Stack {
    top: Link,
    len: usize,
}

impl Stack {
    pub fn new() -> Stack {
        Stack {
            top: Box::new(None),
            len: 0,
        }
    }

    pub fn push(&mut self, value: u32) {
        let old_top = self.top.take();
        *self.top = Some(Node {
            value,
            next: Box::new(old_top),
        });
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<u32> {
        let node = self.top.take()?;
        self.top = node.next;
        self.len -= 1;
        Some(node.value)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_in_first_out() {
        let mut s = Stack::new();
        s.push(1);
        s.push(2);
        s.push(3);
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s.pop(), s.pop(), s.pop(), s.pop()),
            (Some(3), Some(2), Some(1), None)
        );
        assert!(s.is_empty());
    }

    #[test]
    fn one_block_per_value() {
        let (empty, mem) = memkata_probe::measure(Stack::new);
        assert_eq!(
            mem.allocations, 0,
            "an empty stack made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        drop(empty);
        let (s, mem) = memkata_probe::measure(|| {
            let mut s = Stack::new();
            for i in 0..100 {
                s.push(i);
            }
            s
        });
        assert_eq!(s.len(), 100);
        assert_eq!(
            mem.allocations, 100,
            "pushing 100 values made {} allocations; the target is 100, one per node ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn a_link_is_one_pointer_wide() {
        assert_eq!(
            std::mem::size_of::<Link>(),
            std::mem::size_of::<usize>(),
            "a Link should take no more room than one pointer"
        );
    }
}
