// closures4: A closure captures fields, not the whole struct.
//
// `Inbox::clean` throws away every message from a blocked sender. It calls
// `Vec::retain` on `self.messages` with a closure that asks the helper
// method `self.is_blocked(..)`.
//
// It doesn't compile. `retain` borrows `self.messages` mutably while it
// runs, and the closure, to call a method that takes `&self`, borrows ALL
// of `self`, messages included (E0502).
//
// Since edition 2021 a closure captures only the exact paths its body
// uses: a closure that mentions `self.blocked` borrows that one field, not
// `self`. Make the closure use only the field it needs. The tests measure
// the heap: cleaning must not allocate (no copies of the blocked list).
// Do not change the signatures or the tests.

pub struct Inbox {
    pub messages: Vec<String>,
    pub blocked: Vec<String>,
}

impl Inbox {
    fn is_blocked(&self, message: &str) -> bool {
        self.blocked
            .iter()
            .any(|sender| message.starts_with(sender.as_str()))
    }

    /// Removes every message that starts with a blocked sender's name.
    pub fn clean(&mut self) {
        self.messages.retain(|message| !self.is_blocked(message));
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn blocked_senders_are_cleaned_out() {
        let mut inbox = Inbox {
            messages: strings(&[
                "ada: lunch?",
                "spam: you won!",
                "bob: see you",
                "spam: last chance",
                "eve: psst",
            ]),
            blocked: strings(&["spam:", "eve:"]),
        };
        let at = inbox.messages.as_ptr();
        let ((), mem) = memkata_probe::measure(|| inbox.clean());
        assert_eq!(inbox.messages, ["ada: lunch?", "bob: see you"]);
        assert_eq!(inbox.blocked, ["spam:", "eve:"]);
        assert!(std::ptr::eq(inbox.messages.as_ptr(), at));
        assert_eq!(mem.allocations, 0, "clean allocated ({mem})");
    }

    #[test]
    fn nothing_blocked_nothing_removed() {
        let mut inbox = Inbox {
            messages: strings(&["ada: hi"]),
            blocked: Vec::new(),
        };
        inbox.clean();
        assert_eq!(inbox.messages, ["ada: hi"]);
    }
}
