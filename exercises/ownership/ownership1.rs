// ownership1: One value, one owner.
//
// Every value in Rust has exactly one owner: the variable that holds it.
// Writing `let b = a;` with a `String` does not copy the text. It MOVES the
// String: `b` becomes the owner and `a` can't be used any more.
//
// `greetings` is given a greeting and hands back two Strings: the greeting
// exactly as it came, and a second one that says the same and then
// ", world". Right now it moves the greeting into `copy`, so there is only
// one String, and nothing is left to return as the original: it does not
// compile.
//
// Make `copy` a String of its own, with its own text, so that the original
// stays as it came and is handed back untouched.
// Do not change the tests.

pub fn greetings(original: String) -> (String, String) {
    let mut copy = original;
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
        let (original, _) = greetings(String::from("hello"));
        assert_eq!(original, "hello");
        let (original, _) = greetings(String::from("hi"));
        assert_eq!(original, "hi");
    }

    #[test]
    fn the_copy_is_extended() {
        let (_, copy) = greetings(String::from("hello"));
        assert_eq!(copy, "hello, world");
        let (_, copy) = greetings(String::from("hi"));
        assert_eq!(copy, "hi, world");
    }

    #[test]
    fn the_original_is_the_string_you_were_given() {
        let greeting = String::from("good morning");
        // Where the text of the greeting lives on the heap.
        let text_at = greeting.as_ptr();
        let (original, copy) = greetings(greeting);
        assert_eq!(copy, "good morning, world");
        assert!(
            std::ptr::eq(original.as_ptr(), text_at),
            "the original handed back is not the String you were given: hand the original back \
            as it is, and make the copy the new String"
        );
    }
}
