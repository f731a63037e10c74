// ownership4: Hand it back.
//
// `tidy` cleans up a line of text in two steps, each done by a helper that
// takes the `String` by value (so it may change it). But a helper that takes
// ownership and returns nothing keeps the String: it is dropped when the
// helper ends, its changes are lost, and `tidy` can't use `line` again.
//
// Make each helper give ownership back: return the changed `String`, and in
// `tidy` catch it again with `let line = helper(line);`. No clones: the tests
// check that the text is changed where it already is, not copied.
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
            "`tidy` returned text at a new heap address: it was copied. Move the String through the helpers instead of cloning it"
        );
    }
}
