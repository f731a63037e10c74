// rc4: Copy on write with `Rc::make_mut`.
//
// An `Rc` hands out shared references only: other owners may be reading the
// value, so Rust will not let you change it through an `Rc` (try to build
// this file). But sometimes one owner wants its OWN modified version.
//
// `Rc::make_mut(&mut rc)` gives you `&mut T`, and it is clever about it:
// - if other `Rc`s point at the value, it first clones the value into a new
//   allocation that only `rc` points at (clone on write), so the other owners
//   keep the old value;
// - if `rc` is the only owner, nothing is cloned: you change the value in
//   place.
//
// Fix `set_theme` and `grow_font` with `Rc::make_mut`. Do not change the tests.

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
}
