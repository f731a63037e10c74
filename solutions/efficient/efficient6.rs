// efficient6: Take it, don't copy it.
//
// An `Inbox` collects messages; `drain` hands them all over and leaves the
// inbox empty. Because `drain` only has `&mut self`, it cannot simply move
// `self.messages` out (the field would be left with nothing in it), so it
// clones the whole list and then clears the original: a deep copy of every
// message, immediately followed by freeing the originals.
//
// `std::mem::take(&mut self.messages)` moves the Vec out and puts an empty
// `Vec::new()` in its place, which costs nothing. In `set_subject`,
// `std::mem::replace` does the same but puts the value you give it back.
// The target is ZERO allocations. Do not change the tests.

#[derive(Default)]
pub struct Inbox {
    pub subject: String,
    pub messages: Vec<String>,
}

impl Inbox {
    pub fn add(&mut self, text: &str) {
        self.messages.push(text.to_string());
    }

    /// Returns all messages and leaves the inbox empty.
    pub fn drain(&mut self) -> Vec<String> {
        std::mem::take(&mut self.messages)
    }

    /// Sets a new subject and returns the old one.
    pub fn set_subject(&mut self, subject: String) -> String {
        std::mem::replace(&mut self.subject, subject)
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_inbox() -> Inbox {
        let mut inbox = Inbox {
            subject: "Weekly report".to_string(),
            ..Inbox::default()
        };
        for i in 0..50 {
            inbox.add(&format!("message number {i}"));
        }
        inbox
    }

    #[test]
    fn drain_moves_instead_of_copying() {
        let mut inbox = full_inbox();
        let (all, mem) = memkata_probe::measure(|| inbox.drain());
        assert!(
            mem.allocations == 0,
            "draining 50 messages took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(all.len(), 50);
        assert_eq!(all[49], "message number 49");
        assert!(inbox.messages.is_empty());
    }

    #[test]
    fn set_subject_moves_instead_of_copying() {
        let mut inbox = full_inbox();
        let new_subject = String::from("Monthly report");
        let (old, mem) = memkata_probe::measure(|| inbox.set_subject(new_subject));
        assert!(
            mem.allocations == 0,
            "swapping the subject took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(old, "Weekly report");
        assert_eq!(inbox.subject, "Monthly report");
    }
}
