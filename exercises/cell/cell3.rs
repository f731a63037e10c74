// cell3: Swap it out.
//
// `Cell::get` hands out a copy, so it only exists when the inside is `Copy`.
// A `String` is not `Copy` (copying it would mean a new heap allocation), so
// `self.latest.get()` does not compile here.
//
// A `Cell` can still hold a `String`: you just never look at it in place.
// Values go in and out whole, and a `Cell` is never left empty: whatever
// comes out, something else goes in at the same moment.
// Make `post` and `read` do what their comments say, keeping `latest` a
// `Cell`. Do not change the tests.

use std::cell::Cell;

// Holds only the most recent message.
struct Inbox {
    latest: Cell<Option<String>>,
}

impl Inbox {
    fn new() -> Inbox {
        Inbox {
            latest: Cell::new(None),
        }
    }

    // Stores `message` and returns the message it pushed out, if any.
    fn post(&self, message: &str) -> Option<String> {
        let old = self.latest.get();
        self.latest.set(Some(message.to_string()));
        old
    }

    // Returns the latest message and leaves the inbox empty.
    fn read(&self) -> Option<String> {
        self.latest.get()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_returns_the_message_it_replaced() {
        let inbox = Inbox::new();
        assert_eq!(inbox.post("hi"), None, "the inbox started empty");
        assert_eq!(
            inbox.post("lunch?"),
            Some("hi".to_string()),
            "posting again should hand back the message it pushed out"
        );
    }

    #[test]
    fn read_empties_the_inbox() {
        let inbox = Inbox::new();
        inbox.post("lunch?");
        assert_eq!(inbox.read(), Some("lunch?".to_string()));
        assert_eq!(
            inbox.read(),
            None,
            "after a read, the inbox should be empty"
        );
    }
}
