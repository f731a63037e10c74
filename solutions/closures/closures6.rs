// closures6: Every closure has a type of its own.
//
// `make_rule` turns a `Rule` into a check on a password. Each arm of its
// `match` returns a different closure. It doesn't compile: no two closures
// have the same type, even when they take and return the same things, and
// `impl Fn(&str) -> bool` stands for ONE type that the function always
// returns (E0308: `match` arms have incompatible types).
//
// Make `make_rule` return one type that can hold any of these closures:
// the tests keep rules of different kinds side by side in one list. Each
// closure must own what it needs, since it outlives `make_rule` and the
// `rule` it came from.
// Do not change the tests.

pub enum Rule {
    MinLength(usize),
    Contains(char),
    NotEqual(String),
}

pub fn make_rule(rule: Rule) -> Box<dyn Fn(&str) -> bool> {
    match rule {
        Rule::MinLength(min) => Box::new(move |pw: &str| pw.len() >= min),
        Rule::Contains(c) => Box::new(move |pw: &str| pw.contains(c)),
        Rule::NotEqual(banned) => Box::new(move |pw: &str| pw != banned),
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    type Check = Box<dyn Fn(&str) -> bool>;

    fn policy() -> Vec<Check> {
        vec![
            make_rule(Rule::MinLength(8)),
            make_rule(Rule::Contains('#')),
            make_rule(Rule::NotEqual(String::from("password#1"))),
        ]
    }

    fn passes(password: &str) -> bool {
        policy().iter().all(|rule| rule(password))
    }

    #[test]
    fn a_password_must_pass_every_rule() {
        assert!(passes("correct#horse"));
        assert!(!passes("short#"), "too short");
        assert!(!passes("no hash here"), "no #");
        assert!(!passes("password#1"), "the banned one");
    }

    #[test]
    fn each_rule_checks_one_thing() {
        let min = make_rule(Rule::MinLength(3));
        assert!(min("abc") && !min("ab"));
        let banned = make_rule(Rule::NotEqual(String::from("1234")));
        assert!(!banned("1234") && banned("12345"));
    }
}
