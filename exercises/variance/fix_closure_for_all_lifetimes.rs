// Quiz: which change makes this compile and pass its test?
//
// `widths` measures each word after `trim` has cut its spaces off. `trim`
// must accept a borrow of any lifetime and return part of it: its bound,
// `impl Fn(&str) -> &str`, is short for `for<'a> Fn(&'a str) -> &'a str`.
// As written, the closure does not satisfy that bound.

fn widths(words: &[String], trim: impl Fn(&str) -> &str) -> Vec<usize> {
    words.iter().map(|word| trim(word).len()).collect()
}

fn padded_widths(words: &[String]) -> Vec<usize> {
    // [fix]
    let trim = |word: &str| word.trim();
    widths(words, trim)
    // [/fix]
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_without_the_spaces() {
        let words = vec![String::from(" ab "), String::from("cde  ")];
        assert_eq!(padded_widths(&words), [2, 3]);
    }
}
