// weak3: A tree that knows its parents.
//
// In a tree, parents own their children: a folder's `children` list holds
// `Rc`s, so a folder stays alive as long as its parent does. A child also
// wants to find its parent (to print its full path, say), but that link must
// NOT own: a child owning its parent, which owns the child, is the cycle
// from weak2. So the parent link is a `Weak`, wrapped in a `RefCell` because
// it is set after the child has been made and shared.
//
// `Folder` and `path` are ready. `add_child` puts the child in the parent's
// list but never tells the child who its parent is, so every path stops at
// the folder's own name. Finish `add_child`. Do not change the tests.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct Folder {
    pub name: String,
    pub parent: RefCell<Weak<Folder>>,
    pub children: RefCell<Vec<Rc<Folder>>>,
}

impl Folder {
    pub fn new(name: &str) -> Rc<Folder> {
        Rc::new(Folder {
            name: name.to_string(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(Vec::new()),
        })
    }
}

/// Makes `child` one of `parent`'s children.
pub fn add_child(parent: &Rc<Folder>, child: Rc<Folder>) {
    parent.children.borrow_mut().push(child);
}

/// The folder's full path, like "home/ana/notes".
pub fn path(folder: &Folder) -> String {
    match folder.parent.borrow().upgrade() {
        Some(parent) => format!("{}/{}", path(&parent), folder.name),
        None => folder.name.clone(),
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    // home/ana/notes; returns (home, notes).
    fn tree() -> (Rc<Folder>, Rc<Folder>) {
        let home = Folder::new("home");
        let ana = Folder::new("ana");
        let notes = Folder::new("notes");
        add_child(&ana, Rc::clone(&notes));
        add_child(&home, ana);
        (home, notes)
    }

    #[test]
    fn children_find_their_parents() {
        let (home, notes) = tree();
        assert_eq!(home.children.borrow().len(), 1);
        assert_eq!(
            path(&notes),
            "home/ana/notes",
            "`notes` cannot find its parent: add_child should point the child's `parent` link at the parent"
        );
    }

    #[test]
    fn parents_own_children_not_the_other_way() {
        let (home, notes) = tree();
        assert_eq!(
            Rc::strong_count(&notes),
            2,
            "`notes` is owned by the test and by `ana`"
        );
        assert_eq!(
            Rc::strong_count(&home),
            1,
            "children must not own their parent"
        );
        assert_eq!(
            Rc::weak_count(&home),
            1,
            "`home` should have one Weak link pointing at it, from `ana`"
        );
    }

    #[test]
    fn dropping_the_root_frees_the_tree() {
        let (home, notes) = tree();
        drop(home);
        assert!(
            notes.parent.borrow().upgrade().is_none(),
            "`ana` should be gone with `home`, so `notes` has no parent left"
        );
        assert_eq!(path(&notes), "notes");
        let ((), mem) = memkata_probe::measure(|| drop(tree()));
        assert_eq!(
            mem.live_bytes, 0,
            "building and dropping a tree leaked {} bytes; the target is 0 ({mem})",
            mem.live_bytes
        );
    }
}
