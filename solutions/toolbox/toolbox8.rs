// toolbox8: Return a borrow from one branch.
//
// `Registry::entry` returns the entry with a given name, adding it first if
// it is missing. The code is correct, and yet it does not compile. If the
// search finds an entry, the `&mut` it returns is handed to the caller, so
// it must last until the function returns; today's borrow checker then
// treats `self.entries` as borrowed until the function returns on *every*
// path, including the one where nothing was found and we want to push.
// This is a known limitation (NLL "problem case #3"); Polonius, the next
// borrow checker, accepts this code, but stable Rust does not yet.
//
// The workaround: make the search return something that borrows nothing (a
// position), and borrow again, once, on the path that returns. Make `entry`
// compile without changing what it does: no copies, no `unsafe`.
// Do not change the tests.

pub struct Entry {
    pub name: String,
    pub visits: u32,
}

#[derive(Default)]
pub struct Registry {
    entries: Vec<Entry>,
}

impl Registry {
    /// The entry called `name`, added (with 0 visits) if it is missing.
    pub fn entry(&mut self, name: &str) -> &mut Entry {
        if let Some(i) = self.entries.iter().position(|e| e.name == name) {
            return &mut self.entries[i];
        }
        self.entries.push(Entry {
            name: name.to_string(),
            visits: 0,
        });
        self.entries.last_mut().expect("just pushed")
    }

    pub fn names(&self) -> Vec<&str> {
        self.entries.iter().map(|e| e.name.as_str()).collect()
    }
}

pub fn visit(registry: &mut Registry, name: &str) -> u32 {
    let entry = registry.entry(name);
    entry.visits += 1;
    entry.visits
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_each_name_once() {
        let mut registry = Registry::default();
        assert_eq!(visit(&mut registry, "home"), 1);
        assert_eq!(visit(&mut registry, "about"), 1);
        assert_eq!(visit(&mut registry, "home"), 2);
        assert_eq!(registry.names(), ["home", "about"]);
    }

    #[test]
    fn hands_out_the_stored_entry() {
        let mut registry = Registry::default();
        registry.entry("about");
        registry.entry("home");
        let home = registry.entry("home") as *const Entry;
        assert_eq!(home, &registry.entries[1] as *const Entry, "not a copy");
    }
}
