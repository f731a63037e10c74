// efficient1: Write straight into the output.
//
// `greet_all` appends one line per guest to a String that the caller owns:
// "Hello, Ann!\nHello, Bob!\n...". The caller has already made room in it.
// Yet every line costs an allocation: `format!` builds each line as a
// brand-new String of its own, which is copied into `out` and then freed.
//
// The line's pieces (the greeting, the name, the end) all exist already.
// Get them into `out` without building anything in between. When `out` has
// room enough, the target is ZERO allocations. Do not change the tests.

pub fn greet_all(names: &[&str], out: &mut String) {
    for name in names {
        out.push_str("Hello, ");
        out.push_str(name);
        out.push_str("!\n");
    }
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
    fn no_allocation_when_there_is_room() {
        let mut out = String::with_capacity(1024);
        let ((), mem) = memkata_probe::measure(|| greet_all(&GUESTS, &mut out));
        assert_eq!(
            mem.allocations, 0,
            "greeting 8 guests into a String with room to spare took {} \
             allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert!(out.starts_with("Hello, Ann!\nHello, Bob!\n"));
        assert!(out.ends_with("Hello, Hana!\n"));
        assert_eq!(out.lines().count(), 8);
    }

    #[test]
    fn appends_after_what_is_there() {
        let mut out = String::from("Guests:\n");
        greet_all(&["Zoe"], &mut out);
        greet_all(&[], &mut out);
        assert_eq!(out, "Guests:\nHello, Zoe!\n");
    }
}
