// Quiz: which change to the lines between `// [fix]` and `// [/fix]` makes
// this program pass its tests? It is built with edition 2024. Read it, then
// answer in memkata.
//
// `push_double` reads the last score and adds twice that score at the end.

use std::cell::RefCell;

struct Scores {
    list: RefCell<Vec<u32>>,
}

impl Scores {
    fn push_double(&self) {
        // [fix]
        let list = self.list.borrow();
        if let Some(last) = list.last() {
            self.list.borrow_mut().push(last * 2);
        }
        // [/fix]
    }
}

fn main() {
    let scores = Scores {
        list: RefCell::new(vec![1, 5]),
    };
    scores.push_double();
    println!("{:?}", scores.list.borrow());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_the_last_score() {
        let scores = Scores {
            list: RefCell::new(vec![1, 5]),
        };
        scores.push_double();
        scores.push_double();
        assert_eq!(*scores.list.borrow(), [1, 5, 10, 20]);
    }

    #[test]
    fn copies_no_list() {
        let scores = Scores {
            list: RefCell::new(Vec::with_capacity(8)),
        };
        scores.list.borrow_mut().extend([3, 4]);
        let ((), mem) = memkata_probe::measure(|| scores.push_double());
        assert_eq!(*scores.list.borrow(), [3, 4, 8]);
        assert_eq!(
            mem.allocations, 0,
            "push_double allocated: it copied the list"
        );
    }
}
