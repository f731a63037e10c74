// rc4: Change my copy, not everyone's.
//
// An `Rc` hands out shared references only: other owners may be reading
// the value, so Rust will not let you change it through an `Rc` (try to
// build this file). But sometimes one owner wants its OWN changed version,
// while the others keep the value as it was.
//
// Make `set_theme` and `grow_font` change the prefs seen through `prefs`
// only. When other `Rc`s share the prefs, they must keep the old ones.
// When `prefs` is the only owner, there is nobody to protect: the change
// must happen in place, in the same allocation, with no copy. The tests
// check both cases. Do not change the tests.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Prefs {
    pub theme: String,
    pub font_size: u32,
}

pub fn set_theme(prefs: &mut Rc<Prefs>, theme: &str) {
    prefs.theme = theme.to_string();
}

pub fn grow_font(prefs: &mut Rc<Prefs>) {
    prefs.font_size += 2;
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Rc<Prefs> {
        Rc::new(Prefs {
            theme: String::from("light"),
            font_size: 12,
        })
    }

    #[test]
    fn changing_my_copy_leaves_the_others_alone() {
        let shared = defaults();
        let mut mine = Rc::clone(&shared);
        set_theme(&mut mine, "dark");
        grow_font(&mut mine);
        assert_eq!(mine.theme, "dark");
        assert_eq!(mine.font_size, 14);
        assert_eq!(
            *shared,
            Prefs {
                theme: String::from("light"),
                font_size: 12
            },
            "the other owner's prefs changed too"
        );
        assert!(!Rc::ptr_eq(&shared, &mine));
        assert_eq!(Rc::strong_count(&shared), 1);
    }

    #[test]
    fn a_lone_owner_changes_in_place() {
        let mut only = defaults();
        let before = Rc::as_ptr(&only);
        let ((), mem) = memkata_probe::measure(|| grow_font(&mut only));
        assert_eq!(only.font_size, 14);
        assert_eq!(
            Rc::as_ptr(&only),
            before,
            "the prefs moved to a new allocation although nobody else owned them"
        );
        assert_eq!(
            mem.allocations, 0,
            "grow_font made {} allocations on a value with one owner; the target is 0 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn a_lone_owner_gets_a_new_theme_in_place() {
        let mut only = defaults();
        let before = Rc::as_ptr(&only);
        set_theme(&mut only, "solarized");
        assert_eq!(only.theme, "solarized");
        assert_eq!(
            Rc::as_ptr(&only),
            before,
            "the prefs moved to a new allocation although nobody else owned them"
        );
    }
}
