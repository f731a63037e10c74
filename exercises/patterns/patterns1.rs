// patterns1: Match on what you borrowed.
//
// A `Contact` is an email address or a phone number. `reach` is given a
// contact by reference and returns the text you would type to reach it: a
// `&str` that points INTO the contact, so nothing is copied. `country` says
// which country a phone number is in.
//
// Neither compiles yet, and the two errors are two sides of one rule.
// - `reach` matches on `*contact`, the contact itself. Its patterns then
//   bind the fields BY VALUE: they try to move the Strings out of a contact
//   that `reach` only borrowed (E0507).
// - `country` matches on `contact`, the reference. When a pattern like
//   `Contact::Phone { .. }` meets a reference, Rust looks through it and
//   binds every field BY REFERENCE, so `country` here is a `&u16`, not a
//   `u16` (E0308).
//
// Make `reach` bind references into the contact, and make `country` hand
// back the number itself.
// Do not change the signatures or the tests.

pub enum Contact {
    Email(String),
    Phone { country: u16, number: String },
}

pub fn reach(contact: &Contact) -> &str {
    match *contact {
        Contact::Email(address) => &address,
        Contact::Phone { number, .. } => &number,
    }
}

pub fn country(contact: &Contact) -> Option<u16> {
    match contact {
        Contact::Email(_) => None,
        Contact::Phone { country, .. } => Some(country),
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(contact: &Contact) -> &String {
        match contact {
            Contact::Email(address) => address,
            Contact::Phone { number, .. } => number,
        }
    }

    #[test]
    fn reach_points_into_the_contact() {
        let contacts = [
            Contact::Email(String::from("ada@example.com")),
            Contact::Phone {
                country: 44,
                number: String::from("20 7946 0018"),
            },
        ];
        for contact in &contacts {
            let got = reach(contact);
            assert_eq!(got, text_of(contact).as_str());
            assert!(
                std::ptr::eq(got.as_ptr(), text_of(contact).as_ptr()),
                "reach returned a copy of the text, not the contact's own text"
            );
        }
    }

    #[test]
    fn country_is_read_through_the_reference() {
        let phone = Contact::Phone {
            country: 33,
            number: String::from("1 40 20 50 50"),
        };
        let other = Contact::Phone {
            country: 44,
            number: String::from("20 7946 0018"),
        };
        let mail = Contact::Email(String::from("grace@example.com"));
        assert_eq!(country(&phone), Some(33));
        assert_eq!(country(&other), Some(44));
        assert_eq!(country(&mail), None);
        // Both contacts are still ours, and untouched.
        assert_eq!(reach(&phone), "1 40 20 50 50");
        assert_eq!(reach(&mail), "grace@example.com");
    }
}
