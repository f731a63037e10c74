// Quiz: which change to the marked lines makes this compile and pass its
// test? Read the test first: it checks that nothing is leaked.

pub fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    // [fix]
    |name: &str| format!("{greeting}, {name}!")
    // [/fix]
}

fn main() {
    // memkata runs the test below.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_and_frees_its_greeting() {
        let ((), mem) = memkata_probe::measure(|| {
            let hello = make_greeter(String::from("Hello"));
            assert_eq!(hello("Ferris"), "Hello, Ferris!");
            assert_eq!(hello("Ada"), "Hello, Ada!");
        });
        assert_eq!(
            mem.live_bytes, 0,
            "the greeting was never freed: it leaked"
        );
    }
}
