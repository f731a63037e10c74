// borrowing5: Borrow a slice.
//
// `first_word` takes a `&String` and `average` takes a `&Vec<f64>`. That
// works when the caller has a whole String or a whole Vec, but the tests
// want to pass a string literal, part of a String, and part of an array, and
// they don't compile: none of those is a String or a Vec.
//
// Ask for the least you need: a `&str` (a view of some text, wherever it
// lives) and a `&[f64]` (a view of some numbers in a row). A `&String` or a
// `&Vec<f64>` still turns into those by itself, so old callers keep working.
// Change only the two parameter types. Do not change the tests.

pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

pub fn average(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().sum::<f64>() / values.len() as f64
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_word_of_a_whole_string() {
        let line = String::from("borrow checker");
        assert_eq!(first_word(&line), "borrow");
    }

    #[test]
    fn first_word_of_a_literal_and_of_part_of_a_string() {
        assert_eq!(first_word("  hello world"), "hello");
        let line = String::from("one two three");
        assert_eq!(first_word(&line[4..]), "two");
    }

    #[test]
    fn average_of_a_vec_and_of_part_of_an_array() {
        let all = vec![1.0, 2.0, 6.0];
        assert_eq!(average(&all), 3.0);
        let readings = [100.0, 0.5, 1.5, 2.5];
        assert_eq!(average(&readings[1..]), 1.5);
        assert_eq!(average(&[]), 0.0);
    }
}
