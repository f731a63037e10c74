// Quiz: read this program, then answer in memkata.
//
// A `List` is either empty or a number followed by a smaller list. The
// type does not compile yet.

// [fix]
pub enum List {
    Cons(u32, List),
    Nil,
}

pub fn cons(head: u32, tail: List) -> List {
    List::Cons(head, tail)
}
// [/fix]

pub fn sum(list: &List) -> u32 {
    match list {
        List::Cons(head, tail) => head + sum(tail),
        List::Nil => 0,
    }
}

fn main() {
    println!("{}", sum(&cons(1, cons(2, List::Nil))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_node_is_one_exact_heap_block() {
        let (list, mem) = memkata_probe::measure(|| cons(1, cons(2, cons(3, List::Nil))));
        assert_eq!(sum(&list), 6);
        assert_eq!(mem.allocations, 3, "one heap block per node");
        assert_eq!(
            mem.bytes_allocated,
            3 * std::mem::size_of::<List>() as u64,
            "each block should hold exactly one List, nothing more"
        );
    }
}
