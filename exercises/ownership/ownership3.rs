// ownership3: Finish with it before you give it away.
//
// `post` puts a letter into the mailbox and returns a receipt naming who the
// letter is for. (`&mut Vec<Letter>` lets `post` add to the caller's Vec;
// more on `&mut` in the borrowing topic.)
//
// Pushing the letter into the mailbox MOVES it there: the mailbox is its
// owner from then on, and the `letter` variable can't be used again. But the
// receipt is built after the push, so this does not compile.
//
// The letter really should end up in the mailbox, so moving it is right.
// Get what you need from it while it is still yours. No copies of the
// letter or of its parts: the tests check that the mailbox holds the very
// letter you were given.
// Do not change the tests.

pub struct Letter {
    pub to: String,
    pub body: String,
}

pub fn post(mailbox: &mut Vec<Letter>, letter: Letter) -> String {
    mailbox.push(letter);
    format!("posted a letter to {}", letter.to)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter_to(to: &str) -> Letter {
        Letter {
            to: String::from(to),
            body: "Dear friend, ".repeat(50),
        }
    }

    #[test]
    fn the_receipt_names_the_recipient() {
        let mut mailbox = Vec::new();
        assert_eq!(
            post(&mut mailbox, letter_to("Ada")),
            "posted a letter to Ada"
        );
        assert_eq!(
            post(&mut mailbox, letter_to("Grace")),
            "posted a letter to Grace"
        );
        assert_eq!(mailbox.len(), 2);
        assert_eq!(mailbox[1].to, "Grace");
    }

    #[test]
    fn the_letter_itself_is_in_the_mailbox() {
        let letter = letter_to("Ada");
        // Where the texts of the letter live on the heap.
        let to_text_at = letter.to.as_ptr();
        let body_text_at = letter.body.as_ptr();
        let mut mailbox = Vec::new();
        post(&mut mailbox, letter);
        assert!(
            std::ptr::eq(mailbox[0].body.as_ptr(), body_text_at)
                && std::ptr::eq(mailbox[0].to.as_ptr(), to_text_at),
            "the mailbox holds a copy of the letter, not the letter itself: a move hands over \
            the same heap text, a clone makes new text"
        );
    }
}
