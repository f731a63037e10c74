// lifetimes1: Tell the compiler where the answer comes from.
//
// `longer` hands back whichever of its two string slices is longer. It
// copies nothing: the result is one of the caller's own strings. It does
// not compile, because a returned borrow has to say what it borrows from,
// so that every caller knows how long it may keep the result.
//
// Make the signature of `longer` tell the truth about where its result
// comes from. The tests check that the result is one of the inputs, the
// very same bytes in memory, not a copy. Do not change the tests.

pub fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
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
    fn hands_back_the_callers_own_string() {
        let first = String::from("apricot");
        let second = String::from("date");
        for winner in [longer(&first, &second), longer(&second, &first)] {
            assert_eq!(winner, "apricot");
            assert_eq!(
                winner.as_ptr(),
                first.as_ptr(),
                "longer returned a copy of \"apricot\"; it should return the caller's own string"
            );
        }
    }
}
