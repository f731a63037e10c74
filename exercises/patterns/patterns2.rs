// patterns2: A `&` in a pattern reaches behind the reference.
//
// `passed` walks a borrowed list of (name, score) pairs and returns the
// names of everyone who scored at least `pass`, as `&str`s that point into
// the list (the caller keeps the list; nothing is copied).
//
// Looping over a slice gives a `&(String, u32)` per turn. The loop's
// pattern `&(name, score)` starts with `&`: it matches the reference and
// binds the parts of the pair BEHIND it by value. For the score that means
// a copy, fine for a `u32`. For the name it means moving each String out
// of a list we only borrowed (E0507).
//
// Keep the names borrowed: make the pattern bind references into the pairs,
// and read the score through its reference.
// Do not change the signature or the tests.

pub fn passed(entries: &[(String, u32)], pass: u32) -> Vec<&str> {
    let mut names = Vec::new();
    for &(name, score) in entries {
        if score >= pass {
            names.push(name.as_str());
        }
    }
    names
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class() -> Vec<(String, u32)> {
        vec![
            (String::from("Ada"), 91),
            (String::from("Brendan"), 48),
            (String::from("Grace"), 77),
            (String::from("Linus"), 50),
        ]
    }

    #[test]
    fn picks_the_names_that_passed() {
        let entries = class();
        assert_eq!(passed(&entries, 50), ["Ada", "Grace", "Linus"]);
        assert_eq!(passed(&entries, 80), ["Ada"]);
        assert!(passed(&entries, 100).is_empty());
    }

    #[test]
    fn the_names_are_borrowed_from_the_list() {
        let entries = class();
        let names = passed(&entries, 0);
        assert_eq!(names.len(), entries.len());
        for (name, (own, _)) in names.iter().zip(&entries) {
            assert!(
                std::ptr::eq(name.as_ptr(), own.as_ptr()),
                "{name} is a copy, not the list's own name"
            );
        }
    }
}
