// Quiz: read this program, then answer in memkata.
//
// A `Button` keeps a `Weak` to itself, so that it can give it to the click
// handlers it registers without keeping itself alive. The marked lines do
// not compile yet.

use std::rc::{Rc, Weak};

struct Button {
    label: String,
    me: Weak<Button>,
}

fn button(label: &str) -> Rc<Button> {
    // [fix]
    let button = Rc::new(Button {
        label: label.to_string(),
        me: Weak::new(),
    });
    button.me = Rc::downgrade(&button);
    button
    // [/fix]
}

fn main() {
    println!("{}", button("OK").label);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_button_reaches_itself() {
        let ok = button("OK");
        let again = ok
            .me
            .upgrade()
            .expect("the button's own Weak should reach it");
        assert!(Rc::ptr_eq(&again, &ok), "the Weak points elsewhere");
        assert_eq!(again.label, "OK");
        drop(again);
        assert_eq!(Rc::strong_count(&ok), 1);
        assert_eq!(Rc::weak_count(&ok), 1);
    }
}
