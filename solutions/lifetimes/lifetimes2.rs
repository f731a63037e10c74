// lifetimes2: Keep the owner alive.
//
// `summary` reports the longest word of a text. `load` makes the words:
// lowercase copies, owned Strings in a Vec. `longest` then borrows the
// winner from that Vec, without copying it.
//
// It does not compile: `words` lives in an inner block, and the borrow
// `winner` is still used after that block has ended, when the Vec and its
// Strings are already gone. A reference must never outlive its owner.
//
// Make the owner live as long as the borrow is needed. Keep the winner a
// borrow: the tests check that `summary` copies nothing beyond loading the
// words and writing the report, and frees everything it made.
// Do not change `load`, `longest` or the tests.

/// The words of `text`, lowercased.
pub fn load(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

pub fn longest(words: &[String]) -> &str {
    let mut best = "";
    for word in words {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

pub fn summary(text: &str) -> String {
    let words = load(text);
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
        assert_eq!(summary("Kiwi BANANA fig"), "the longest word is banana");
        assert_eq!(summary("an Apricot"), "the longest word is apricot");
    }

    #[test]
    fn longest_of_nothing_is_empty() {
        assert_eq!(longest(&[]), "");
    }

    #[test]
    fn the_winner_is_borrowed_not_copied() {
        let text = "Plum Cherry Clementine Fig";
        let (_, loading) = memkata_probe::measure(|| load(text));
        let winner = String::from("clementine");
        let (_, writing) = memkata_probe::measure(|| format!("the longest word is {winner}"));
        let (report, mem) = memkata_probe::measure(|| summary(text));
        assert_eq!(report, "the longest word is clementine");
        let budget = loading.allocations + writing.allocations;
        assert!(
            mem.allocations <= budget,
            "summary made {} allocations; loading the words takes {}, writing the report {}: the rest is a copy ({mem})",
            mem.allocations,
            loading.allocations,
            writing.allocations
        );
        assert_eq!(
            mem.live_bytes,
            report.capacity() as u64,
            "summary left memory behind besides its report: the words were never freed ({mem})"
        );
    }
}
