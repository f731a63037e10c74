// ownership1: One value, one owner.
//
// Every value in Rust has exactly one owner: the variable that holds it.
// Writing `let b = a;` with a `String` does not copy the text. It MOVES the
// String: `b` becomes the owner and `a` can't be used any more.
//
// `greetings` wants two separate Strings: the original "hello", and a copy
// that it extends to "hello, world". Right now it moves `original` into
// `copy`, so it has nothing left to return as the original, and it does not
// compile. Make `copy` a real, separate copy of the text with `.clone()`.
// Do not change the tests.

pub fn greetings() -> (String, String) {
    let original = String::from("hello");
    let mut copy = original.clone();
    copy.push_str(", world");
    (original, copy)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_original_is_unchanged() {
        let (original, _) = greetings();
        assert_eq!(original, "hello");
    }

    #[test]
    fn the_copy_is_extended() {
        let (_, copy) = greetings();
        assert_eq!(copy, "hello, world");
    }
}
