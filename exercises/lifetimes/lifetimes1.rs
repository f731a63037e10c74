// lifetimes1: Tell the compiler where the answer comes from.
//
// `longer` returns whichever of its two string slices is longer. It does not
// compile: the result is a borrow, and Rust wants to know what it borrows
// from, `a` or `b`, so that the caller knows how long it may keep it.
// The honest answer is "from either one": name a lifetime, say `'a`, and put
// it on both parameters and on the return type.
// Do not change the tests.

pub fn longer(a: &str, b: &str) -> &str {
    if b.len() > a.len() { b } else { a }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_longer_one() {
        assert_eq!(longer("fig", "banana"), "banana");
        assert_eq!(longer("cherry", "kiwi"), "cherry");
    }

    #[test]
    fn a_tie_goes_to_the_first() {
        assert_eq!(longer("pear", "plum"), "pear");
    }

    #[test]
    fn works_with_borrowed_strings() {
        let first = String::from("apricot");
        let second = String::from("date");
        let winner = longer(&first, &second);
        assert_eq!(winner, "apricot");
    }
}
