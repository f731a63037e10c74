// borrowing5: Borrow a slice.
//
// `first_word` takes a `&String` and `average` takes a `&Vec<f64>`. That
// works when the caller has a whole String or a whole Vec, but the tests
// want to pass a string literal, part of a String, and part of an array, and
// they don't compile: none of those is a String or a Vec.
//
// Ask for the least you need: a view of some text, wherever it lives, and
// a view of some numbers in a row, wherever they are kept. Rust turns a
// `&String` or a `&Vec<f64>` into such a view by itself, so callers that
// have a whole String or Vec keep working. The word handed back must still
// point into the caller's text: no copies.
// Change only the two parameter types. Do not change the tests.

pub fn first_word(text: &String) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

pub fn average(values: &Vec<f64>) -> f64 {
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
        assert!(
            std::ptr::eq(first_word(&line).as_ptr(), line.as_ptr()),
            "the word should be a view into the caller's text, not a copy of it"
        );
    }

    #[test]
    fn first_word_of_a_literal_and_of_part_of_a_string() {
        assert_eq!(first_word("  hello world"), "hello");
        let line = String::from("one two three");
        assert_eq!(first_word(&line[4..]), "two");
        assert!(std::ptr::eq(
            first_word(&line[4..]).as_ptr(),
            line[4..].as_ptr()
        ));
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
