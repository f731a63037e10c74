// Quiz: read this program, then answer in memkata.
//
// `retitle` should change the title seen through `doc` only: other owners
// of the same Doc keep the old title. It does not compile yet.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub title: String,
}

pub fn retitle(doc: &mut Rc<Doc>, title: &str) {
    // [fix]
    doc.title = title.to_string();
    // [/fix]
}

fn main() {
    let mut doc = Rc::new(Doc {
        title: String::from("draft"),
    });
    retitle(&mut doc, "final");
    println!("{}", doc.title);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Rc<Doc> {
        Rc::new(Doc {
            title: String::from("draft"),
        })
    }

    #[test]
    fn the_other_owners_keep_the_old_title() {
        let shared = draft();
        let mut mine = Rc::clone(&shared);
        retitle(&mut mine, "mine");
        assert_eq!(mine.title, "mine");
        assert_eq!(shared.title, "draft");
    }

    #[test]
    fn a_lone_owner_changes_in_place() {
        let mut only = draft();
        let before = Rc::as_ptr(&only);
        retitle(&mut only, "final");
        assert_eq!(only.title, "final");
        assert_eq!(Rc::as_ptr(&only), before, "copied although nobody else owned it");
    }
}
