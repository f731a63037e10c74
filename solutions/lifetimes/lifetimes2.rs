// lifetimes2: Keep the owner alive.
//
// `summary` finds the longest word in a list and reports it. The list is made
// inside an inner block, but the borrow `winner` is used after that block
// ends, when `words` (and the Strings in it) have already been dropped.
// A reference must never outlive the value it points at.
// Fix it by moving the declaration of `words` out to the function's own
// scope, so it lives as long as `winner` needs it.
// Do not change `longest` or the tests.

pub fn longest(words: &[String]) -> &str {
    let mut best = "";
    for word in words {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

pub fn summary() -> String {
    let words = vec![
        String::from("kiwi"),
        String::from("banana"),
        String::from("fig"),
    ];
    let winner = longest(&words);
    format!("the longest word is {winner}")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_longest_word() {
        assert_eq!(summary(), "the longest word is banana");
    }

    #[test]
    fn longest_of_nothing_is_empty() {
        assert_eq!(longest(&[]), "");
    }
}
