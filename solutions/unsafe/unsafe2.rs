// unsafe2: A queue that points at both ends.
//
// This queue pops at the front and pushes at the back in O(1): it keeps a
// pointer to its first node and one to its last. The last node is owned by
// the node before it, so `tail` cannot be a reference (a struct cannot borrow
// from itself); it is a raw pointer, and so are the other links. Each node
// is made with `Box::new`, turned into a raw pointer with `Box::into_raw`,
// and freed exactly once by `Box::from_raw` in `pop_front`.
//
// The links are `Option<*mut Node<T>>`. That works, but the tests ask for
// two things it cannot give:
// - a link one pointer wide: a `*mut` may be null, so `Option` needs room
//   for its own tag, beside the address;
// - a queue of `&'static str` that can be used where a queue of shorter
//   borrows is expected: `*mut T` is invariant in `T`.
// std has a raw pointer type that promises never to be null (so `None` can
// take the null address) and is covariant like `&T`. Make the links that
// type, and update the code that uses them.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::ptr::NonNull;

type Link<T> = Option<NonNull<Node<T>>>;

struct Node<T> {
    value: T,
    next: Link<T>,
}

struct Queue<T> {
    head: Link<T>,
    tail: Link<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue {
            head: None,
            tail: None,
        }
    }

    fn push_back(&mut self, value: T) {
        let node = NonNull::from(Box::leak(Box::new(Node { value, next: None })));
        match self.tail {
            // SAFETY: `tail` points at the last node, which the queue owns
            // and has not freed, and `&mut self` means nobody else is
            // looking at it.
            Some(tail) => unsafe { (*tail.as_ptr()).next = Some(node) },
            None => self.head = Some(node),
        }
        self.tail = Some(node);
    }

    fn pop_front(&mut self) -> Option<T> {
        let head = self.head?;
        // SAFETY: `head` came from a leaked `Box` in `push_back`, and once
        // it is unlinked below the queue never uses it again, so it is
        // freed exactly once.
        let node = unsafe { Box::from_raw(head.as_ptr()) };
        self.head = node.next;
        if self.head.is_none() {
            self.tail = None;
        }
        Some(node.value)
    }

    fn front(&self) -> Option<&T> {
        // SAFETY: the node lives until it is popped, which needs `&mut
        // self`, so not before the returned borrow of `self` ends.
        self.head.map(|head| unsafe { &head.as_ref().value })
    }
}

impl<T> Drop for Queue<T> {
    fn drop(&mut self) {
        while self.pop_front().is_some() {}
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use memkata_probe::DropLog;
    use std::mem::size_of;

    fn shorten<'a>(queue: Queue<&'static str>) -> Queue<&'a str> {
        queue
    }

    #[test]
    fn pops_in_the_order_pushed() {
        let mut queue = Queue::new();
        for word in ["one", "two", "three"] {
            queue.push_back(word.to_string());
        }
        assert_eq!(queue.front().map(String::as_str), Some("one"));
        assert_eq!(queue.pop_front().as_deref(), Some("one"));
        queue.push_back("four".to_string());
        let rest: Vec<String> = std::iter::from_fn(|| queue.pop_front()).collect();
        assert_eq!(rest, ["two", "three", "four"]);
        assert!(queue.front().is_none());
    }

    #[test]
    fn a_link_is_one_pointer_wide() {
        assert_eq!(
            size_of::<Link<u64>>(),
            size_of::<*mut u64>(),
            "an optional link should fit in one pointer, with `None` as null"
        );
    }

    #[test]
    fn a_static_queue_can_lend_for_less() {
        let mut long_lived = Queue::new();
        long_lived.push_back("static");
        let local = String::from("local");
        let mut queue = shorten(long_lived);
        queue.push_back(&local);
        assert_eq!(queue.pop_front(), Some("static"));
        assert_eq!(queue.pop_front(), Some("local"));
    }

    #[test]
    fn drops_every_value_once() {
        let log = DropLog::new();
        let mut queue = Queue::new();
        for name in ["a", "b", "c"] {
            queue.push_back(log.token(name));
        }
        drop(queue.pop_front());
        drop(queue);
        assert_eq!(log.entries(), ["a", "b", "c"]);
    }

    #[test]
    fn frees_every_node() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut queue = Queue::new();
            for i in 0..10 {
                queue.push_back(i.to_string());
            }
            queue.pop_front();
        });
        assert_eq!(mem.live_bytes, 0, "every node and value is freed");
    }
}
