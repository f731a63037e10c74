// Quiz: which change to the marked lines makes `text_len` compile and pass
// its test? Read the choices in memkata.

#[derive(Clone)]
pub enum Sign {
    Blank,
    Text(String),
}

/// How many bytes of text the sign carries (0 for a blank sign).
pub fn text_len(sign: &Sign) -> usize {
    // [fix]
    match *sign {
        Sign::Text(text) => text.len(),
        Sign::Blank => 0,
    }
    // [/fix]
}

fn main() {
    println!("{}", text_len(&Sign::Text(String::from("open"))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_text_without_copying_it() {
        let sign = Sign::Text(String::from("closed on Sundays"));
        let (len, mem) = memkata_probe::measure(|| text_len(&sign));
        assert_eq!(len, 17);
        assert_eq!(mem.allocations, 0, "text_len copied the sign ({mem})");
        assert_eq!(text_len(&Sign::Blank), 0);
    }
}
