// efficient1: Size the string once.
//
// `greet_all` builds one line per guest: "Hello, Ann!\nHello, Bob!\n...".
// It works, but every `format!` makes a brand-new String on the heap, and
// `out` itself has to grow (and move) again and again as it gets longer.
//
// The whole text's length is easy to work out before writing a single byte:
// each line is "Hello, " + the name + "!\n". Work out that length, make the
// String with `String::with_capacity`, and fill it with `push_str` (no
// `format!`). The test measures the heap: the target is ONE allocation.
// Do not change the tests.

pub fn greet_all(names: &[&str]) -> String {
    let mut out = String::new();
    for name in names {
        out += &format!("Hello, {name}!\n");
    }
    out
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUESTS: [&str; 8] = [
        "Ann", "Bob", "Chiara", "Dmitri", "Eun-ji", "Femi", "Gustavo", "Hana",
    ];

    #[test]
    fn one_allocation_for_the_whole_text() {
        let (text, mem) = memkata_probe::measure(|| greet_all(&GUESTS));
        assert!(
            mem.allocations <= 1,
            "building the greetings took {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
        assert!(text.starts_with("Hello, Ann!\nHello, Bob!\n"));
        assert!(text.ends_with("Hello, Hana!\n"));
        assert_eq!(text.lines().count(), 8);
    }

    #[test]
    fn no_guests_no_text() {
        assert_eq!(greet_all(&[]), "");
    }
}
