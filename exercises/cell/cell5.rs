// cell5: One transcript, two writers.
//
// Two chat members share one transcript: both hold an `Rc` pointing at the
// same list, and each adds its lines to it. But an `Rc` only gives shared
// (`&`) access to what it holds, since any other owner might be reading it,
// so `push` through an `Rc` does not compile.
//
// `Rc` gives a value several owners; something from `std::cell` can give
// them a way to change it, one at a time.
// Change `Transcript` so that every member writes into the one shared list,
// and fix the functions that use it. Do not change the tests.

use std::rc::Rc;

type Transcript = Rc<Vec<String>>;

fn new_transcript() -> Transcript {
    Rc::new(Vec::new())
}

// A copy of the lines written so far.
fn lines(transcript: &Transcript) -> Vec<String> {
    transcript.to_vec()
}

struct Member {
    name: String,
    transcript: Transcript,
}

impl Member {
    fn join(name: &str, transcript: &Transcript) -> Member {
        Member {
            name: name.to_string(),
            transcript: Rc::clone(transcript),
        }
    }

    fn say(&self, text: &str) {
        self.transcript.push(format!("{}: {text}", self.name));
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_members_write_to_the_same_transcript() {
        let transcript = new_transcript();
        let ann = Member::join("ann", &transcript);
        let bob = Member::join("bob", &transcript);
        ann.say("hi");
        bob.say("hey ann");
        ann.say("bye");
        assert_eq!(
            lines(&transcript),
            ["ann: hi", "bob: hey ann", "ann: bye"],
            "every line, from both members, should land in the one shared transcript"
        );
    }

    #[test]
    fn two_chats_keep_two_transcripts() {
        let general = new_transcript();
        let random = new_transcript();
        Member::join("ann", &general).say("hello");
        Member::join("bob", &random).say("off topic");
        assert_eq!(lines(&general), ["ann: hello"]);
        assert_eq!(lines(&random), ["bob: off topic"]);
    }

    #[test]
    fn the_transcript_is_shared_not_copied() {
        let transcript = new_transcript();
        let ann = Member::join("ann", &transcript);
        let _bob = Member::join("bob", &transcript);
        assert_eq!(
            Rc::strong_count(&transcript),
            3,
            "the test, ann and bob should all own the same transcript"
        );
        drop(ann);
        assert_eq!(Rc::strong_count(&transcript), 2);
    }
}
