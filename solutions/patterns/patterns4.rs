// patterns4: Look inside an Option without taking it.
//
// A `Profile` may have a nickname and a status line, each an
// `Option<String>` it owns. The three methods below only borrow the
// profile, and each one tries to use the String inside an Option by value:
// `self.nickname.map(..)`, `let Some(..) = self.nickname` and
// `if let Some(..) = self.status` would all MOVE the String out of a
// profile they only borrowed (E0507).
//
// `Option` can turn a `&Option<String>` into an `Option<&String>`, or even
// into an `Option<&str>`, and a `&mut Option<String>` into an
// `Option<&mut String>`; and `if let` / `let else` can match on a
// reference to the field instead of the field itself. Make each method
// borrow the text inside the Option. The tests check that the `&str`s you
// return point into the profile, and that the status is edited in place.
// Do not change the signatures or the tests.

pub struct Profile {
    pub login: String,
    pub nickname: Option<String>,
    pub status: Option<String>,
}

impl Profile {
    /// The nickname, if there is one.
    pub fn nickname(&self) -> Option<&str> {
        self.nickname.as_deref()
    }

    /// What to show: the nickname if there is one, else the login.
    pub fn display_name(&self) -> &str {
        let Some(nick) = &self.nickname else {
            return &self.login;
        };
        nick
    }

    /// Adds `mood` to the end of the status, if there is one.
    pub fn add_mood(&mut self, mood: &str) {
        if let Some(status) = &mut self.status {
            status.push(' ');
            status.push_str(mood);
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada() -> Profile {
        Profile {
            login: String::from("ada_l"),
            nickname: Some(String::from("Countess")),
            status: Some(String::from("computing")),
        }
    }

    fn anonymous() -> Profile {
        Profile {
            login: String::from("user_1815"),
            nickname: None,
            status: None,
        }
    }

    #[test]
    fn names_are_borrowed_from_the_profile() {
        let p = ada();
        let own = p.nickname.as_ref().unwrap().as_ptr();
        assert_eq!(p.nickname(), Some("Countess"));
        assert!(std::ptr::eq(p.nickname().unwrap().as_ptr(), own));
        assert_eq!(p.display_name(), "Countess");
        assert!(std::ptr::eq(p.display_name().as_ptr(), own));
        // The profile still has its nickname afterwards.
        assert_eq!(p.nickname.as_deref(), Some("Countess"));
    }

    #[test]
    fn without_a_nickname_the_login_is_shown() {
        let p = anonymous();
        assert_eq!(p.nickname(), None);
        assert_eq!(p.display_name(), "user_1815");
        assert!(std::ptr::eq(p.display_name().as_ptr(), p.login.as_ptr()));
    }

    #[test]
    fn the_status_is_edited_in_place() {
        let mut status = String::with_capacity(64);
        status.push_str("computing");
        let mut p = Profile {
            status: Some(status),
            ..ada()
        };
        let at = p.status.as_ref().unwrap().as_ptr();
        p.add_mood("happily");
        assert_eq!(p.status.as_deref(), Some("computing happily"));
        let edited = p.status.as_ref().unwrap().as_ptr();
        assert!(
            std::ptr::eq(edited, at),
            "the status was rebuilt, not edited"
        );
        let mut q = anonymous();
        q.add_mood("happily");
        assert_eq!(q.status, None);
    }
}
