// drop8: Take it out of the Option.
//
// `drop` only gets `&mut self`, so it cannot move a field out of `self`. And
// no method may move a field out of a value whose type implements `Drop`:
// its `drop` still runs later and would find the field gone (error E0509).
// A field kept in an `Option` can be emptied instead: what is left behind,
// `None`, also tells whoever looks later "already done".
//
// A `Letter` is delivered to the mailbox when you `post` it, or
// automatically when it is dropped without being posted, but never twice.
// `cancel` hands the body back (the very String the letter was written
// with), and then the letter must never be delivered.
// Make `deliver` and `cancel` compile and keep those promises, letting every
// `Letter` be dropped normally. Do not change the tests.

use memkata_probe::DropLog;

struct Letter {
    to: String,
    body: Option<String>,
    mailbox: DropLog,
}

impl Letter {
    fn new(to: &str, body: String, mailbox: &DropLog) -> Letter {
        Letter {
            to: String::from(to),
            body: Some(body),
            mailbox: mailbox.clone(),
        }
    }

    fn post(mut self) {
        self.deliver();
    } // `self` is dropped here, so `drop` calls `deliver` a second time.

    /// Gives the body back; the letter is then never delivered.
    fn cancel(mut self) -> String {
        self.body.unwrap_or_default()
    }

    fn deliver(&mut self) {
        if let Some(body) = self.body {
            self.mailbox.record(format!("to {}: {body}", self.to));
        }
    }
}

impl Drop for Letter {
    fn drop(&mut self) {
        self.deliver();
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posted_exactly_once() {
        let mailbox = DropLog::new();
        Letter::new("Ada", String::from("Hello!"), &mailbox).post();
        assert_eq!(
            mailbox.entries(),
            ["to Ada: Hello!"],
            "a posted letter should be delivered once, by `post`, and not again by `drop`"
        );
    }

    #[test]
    fn delivered_when_dropped_unposted() {
        let mailbox = DropLog::new();
        {
            let _letter = Letter::new("Alan", String::from("Forgot me?"), &mailbox);
        }
        assert_eq!(mailbox.entries(), ["to Alan: Forgot me?"]);
    }

    #[test]
    fn cancelled_letter_is_never_delivered() {
        let mailbox = DropLog::new();
        let body = String::from("Never mind");
        let written = body.as_ptr();
        let letter = Letter::new("Grace", body, &mailbox);
        let back = letter.cancel();
        assert_eq!(back, "Never mind");
        assert!(
            std::ptr::eq(back.as_ptr(), written),
            "cancel gave back a copy of the body, not the body itself"
        );
        assert!(
            mailbox.is_empty(),
            "a cancelled letter was delivered: {:?}",
            mailbox.entries()
        );
    }
}
