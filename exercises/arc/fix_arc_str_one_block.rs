// Quiz: read this program, then answer in memkata.
//
// `label` makes a shared name that many threads will read. It should cost
// exactly one allocation: the Arc's own block, with the text inside it.
// The marked line does not compile yet.

use std::sync::Arc;

fn label(name: &str) -> Arc<str> {
    // [fix]
    Arc::new(name.to_string())
    // [/fix]
}

fn main() {
    println!("{}", label("dock 7"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_block_for_a_label() {
        let (name, mem) = memkata_probe::measure(|| label("warehouse 7"));
        assert_eq!(&*name, "warehouse 7");
        assert_eq!(
            mem.allocations, 1,
            "label made {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
    }
}
