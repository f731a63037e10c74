// lifetimes6: Give the temporary a name.
//
// `slug` turns a title into a lowercase, dash-separated slug. It calls
// `to_lowercase()`, which makes a brand-new String, and borrows a `&str` from
// it straight away. But that String was never stored in a variable: it is a
// temporary, and a temporary is dropped at the end of the statement that
// made it. The borrow `lower` would point at freed memory on the next line.
//
// Store the String in a `let` binding of its own, so it lives until the end
// of the function, and borrow from that.
// Do not change the tests.

pub fn slug(title: &str) -> String {
    let lower: &str = title.trim().to_lowercase().as_str();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.join("-")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_with_dashes() {
        assert_eq!(
            slug("  Ownership And Borrowing "),
            "ownership-and-borrowing"
        );
    }

    #[test]
    fn squeezes_repeated_spaces() {
        assert_eq!(slug("Box   and  Rc"), "box-and-rc");
    }

    #[test]
    fn empty_title_empty_slug() {
        assert_eq!(slug("   "), "");
    }
}
