// Quiz: which change to the marked region makes this program compile and
// pass its tests? Answer in memkata.
//
// This is roughly how `Vec::pop` works inside, written by hand over a
// `Vec`'s buffer: `ptr::read` copies the last value out bitwise, and
// `set_len` changes how many slots the `Vec` counts as live (and so will
// drop). `Vec::set_len` is `unsafe`: the caller promises that the first
// `new_len` slots hold live values.

use std::ptr;

pub struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    pub fn new() -> Self {
        Stack { items: Vec::new() }
    }

    pub fn push(&mut self, item: T) {
        self.items.push(item);
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn pop(&mut self) -> Option<T> {
        // [fix]
        let last = self.items[self.items.len() - 1];
        Some(last)
        // [/fix]
    }
}

fn main() {
    let mut stack = Stack::new();
    stack.push(String::from("kept"));
    println!("{:?} {:?}", stack.pop(), stack.pop());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_the_last_item_and_shrinks() {
        let mut stack = Stack::new();
        stack.push(1);
        stack.push(2);
        assert_eq!(stack.pop(), Some(2));
        assert_eq!(stack.len(), 1, "the popped slot no longer counts");
        assert_eq!(stack.pop(), Some(1));
        assert_eq!(stack.len(), 0);
    }

    #[test]
    fn an_empty_stack_pops_nothing() {
        let mut stack: Stack<u32> = Stack::new();
        assert_eq!(stack.pop(), None);
        stack.push(7);
        assert_eq!(stack.pop(), Some(7));
        assert_eq!(stack.pop(), None);
    }
}
