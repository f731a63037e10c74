// Quiz: read this program, then answer in memkata.
//
// `display_name` shows a person's nickname if they have one, and the
// caller's fallback text otherwise. It does not compile yet.

pub struct Person {
    pub nickname: Option<String>,
}

// [fix]
pub fn display_name(person: &Person, fallback: &str) -> &str {
    person.nickname.as_deref().unwrap_or(fallback)
}
// [/fix]

fn main() {
    let ada = Person {
        nickname: Some(String::from("countess")),
    };
    println!("{}", display_name(&ada, "anonymous"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_callers_own_text() {
        let ada = Person {
            nickname: Some(String::from("countess")),
        };
        let nobody = Person { nickname: None };
        let fallback = String::from("anonymous");

        let shown = display_name(&ada, &fallback);
        assert_eq!(shown, "countess");
        assert_eq!(shown.as_ptr(), ada.nickname.as_ref().unwrap().as_ptr(), "a copy");

        let shown = display_name(&nobody, &fallback);
        assert_eq!(shown, "anonymous");
        assert_eq!(shown.as_ptr(), fallback.as_ptr(), "a copy");
    }
}
