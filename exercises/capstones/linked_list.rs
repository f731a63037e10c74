// linked_list: A doubly linked list with Rc, RefCell and Weak.
//
// A node is shared (by its neighbour and maybe by the list's `head` or
// `tail`), so nodes live in `Rc<RefCell<Node>>`: `Rc` for shared ownership,
// `RefCell` to relink a node through a shared pointer.
//
// Each node also points BACK at its predecessor, and here that link is an
// `Rc` too: neighbours own each other.
//
// Your tasks:
// 1. `dropping_a_list_frees_everything` reports a leak: after the list is
//    dropped, its nodes are still there. Work out why their counts never
//    reach zero, and change what a back link is so that a node is owned
//    only by `head` or by the node before it (the last one by `tail` too),
//    while it can still reach the node before it.
// 2. Write `pop_back`, the mirror image of `pop_front`.
// Do not change the tests.

use std::cell::RefCell;
use std::rc::Rc;

type Link<T> = Option<Rc<RefCell<Node<T>>>>;

struct Node<T> {
    value: T,
    next: Link<T>,
    prev: Option<Rc<RefCell<Node<T>>>>, // TODO: must not own the node before
}

struct List<T> {
    head: Link<T>,
    tail: Link<T>,
    len: usize,
}

impl<T> List<T> {
    fn new() -> Self {
        List {
            head: None,
            tail: None,
            len: 0,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn push_front(&mut self, value: T) {
        let node = Rc::new(RefCell::new(Node {
            value,
            next: self.head.take(),
            prev: None,
        }));
        match &node.borrow().next {
            Some(old_head) => old_head.borrow_mut().prev = Some(Rc::clone(&node)),
            None => self.tail = Some(Rc::clone(&node)),
        }
        self.head = Some(node);
        self.len += 1;
    }

    fn push_back(&mut self, value: T) {
        let node = Rc::new(RefCell::new(Node {
            value,
            next: None,
            prev: self.tail.clone(),
        }));
        match self.tail.take() {
            Some(old_tail) => old_tail.borrow_mut().next = Some(Rc::clone(&node)),
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        let old_head = self.head.take()?;
        match old_head.borrow_mut().next.take() {
            Some(next) => {
                next.borrow_mut().prev = None;
                self.head = Some(next);
            }
            None => self.tail = None,
        }
        self.len -= 1;
        Some(into_value(old_head))
    }

    fn pop_back(&mut self) -> Option<T> {
        // TODO: take the tail; follow its `prev` link back to the new tail
        // (once the link no longer owns, it must give you an owner first),
        // unlink it, and unwrap the old tail's value as `pop_front` does.
        todo!("pop_back")
    }
}

/// Unwraps a node that nothing else points at any more.
fn into_value<T>(node: Rc<RefCell<Node<T>>>) -> T {
    match Rc::try_unwrap(node) {
        Ok(cell) => cell.into_inner().value,
        Err(_) => panic!("a popped node is still owned by another node"),
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_and_pop_at_both_ends() {
        let mut list = List::new();
        list.push_back(2);
        list.push_back(3);
        list.push_front(1);
        assert_eq!(list.len(), 3);
        assert_eq!(list.pop_back(), Some(3));
        assert_eq!(list.pop_front(), Some(1));
        assert_eq!(list.pop_back(), Some(2));
        assert_eq!(list.pop_back(), None);
        assert_eq!(list.pop_front(), None);
        assert!(list.is_empty());
        list.push_front(4);
        assert_eq!(
            list.pop_back(),
            Some(4),
            "a list emptied by pops must work again"
        );
    }

    #[test]
    fn back_links_do_not_own() {
        let mut list = List::new();
        list.push_back("a");
        list.push_back("b");
        let first = list.head.as_ref().unwrap();
        assert_eq!(
            Rc::strong_count(first),
            1,
            "the first node should be owned only by `list.head`, but it has {} owners",
            Rc::strong_count(first)
        );
        assert_eq!(
            Rc::weak_count(first),
            1,
            "the second node's `prev` should be a Weak link to the first"
        );
    }

    #[test]
    fn dropping_a_list_frees_everything() {
        let ((), mem) = memkata_probe::measure(|| {
            let mut list = List::new();
            for i in 0..100 {
                list.push_back(i);
                list.push_front(i);
            }
            drop(list);
        });
        assert_eq!(
            mem.live_bytes,
            0,
            "after dropping the list, {} are still allocated: the nodes own each other in a cycle ({mem})",
            memkata_probe::human_bytes(mem.live_bytes)
        );
    }
}
