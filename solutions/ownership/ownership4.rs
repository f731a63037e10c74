// ownership4: Hand it back.
//
// `tidy` cleans up a line of text in two steps, each done by a helper that
// takes the `String` by value (so it may change it). But a helper that takes
// ownership and returns nothing keeps the String: it is dropped when the
// helper ends, its changes are lost, and `tidy` can't use `line` again.
//
// Make each helper give the String back to its caller, changes and all, and
// let `tidy` take it back after each step. The tests call each helper with
// a String and expect a String back. No copies: the text must be changed
// where it already is on the heap.
// Do not change the tests.

fn trim_trailing_spaces(mut line: String) -> String {
    while line.ends_with(' ') {
        line.pop();
    }
    line
}

fn end_with_newline(mut line: String) -> String {
    line.push('\n');
    line
}

pub fn tidy(line: String) -> String {
    let line = trim_trailing_spaces(line);
    end_with_newline(line)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_helper_hands_the_string_back() {
        let trimmed: String = trim_trailing_spaces(String::from("a b  "));
        assert_eq!(trimmed, "a b");
        let ended: String = end_with_newline(String::from("done"));
        assert_eq!(ended, "done\n");
    }

    #[test]
    fn trailing_spaces_go_and_a_newline_comes() {
        assert_eq!(tidy(String::from("hello   ")), "hello\n");
        assert_eq!(tidy(String::from("no spaces")), "no spaces\n");
    }

    #[test]
    fn the_text_is_not_copied() {
        let mut line = String::with_capacity(64);
        line.push_str("fix me  ");
        // Where the text lives on the heap.
        let text_at = line.as_ptr();
        let tidied = tidy(line);
        assert_eq!(tidied, "fix me\n");
        assert!(
            std::ptr::eq(tidied.as_ptr(), text_at),
            "`tidy` returned text at a new heap address: it was copied. Move the String through \
            the helpers instead of cloning it"
        );
    }
}
