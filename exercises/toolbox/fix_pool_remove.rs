// Quiz: which change to the marked region makes this program pass its
// tests? Answer in memkata.
//
// A `Pool` with generational ids: an id stores its slot's generation, and
// it is valid only while the slot still has that generation. Slots are
// reused through the `free` list.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id {
    index: usize,
    generation: u64,
}

struct Slot<T> {
    generation: u64,
    value: Option<T>,
}

#[derive(Default)]
pub struct Pool<T> {
    slots: Vec<Slot<T>>,
    free: Vec<usize>,
}

impl<T> Pool<T> {
    pub fn insert(&mut self, value: T) -> Id {
        let index = match self.free.pop() {
            Some(index) => index,
            None => {
                self.slots.push(Slot { generation: 0, value: None });
                self.slots.len() - 1
            }
        };
        let slot = &mut self.slots[index];
        slot.value = Some(value);
        Id { index, generation: slot.generation }
    }

    pub fn get(&self, id: Id) -> Option<&T> {
        let slot = self.slots.get(id.index)?;
        if slot.generation != id.generation {
            return None;
        }
        slot.value.as_ref()
    }

    pub fn remove(&mut self, id: Id) -> Option<T> {
        // [fix]
        let value = self.slots.get_mut(id.index)?.value.take()?;
        self.free.push(id.index);
        Some(value)
        // [/fix]
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stale_id_finds_nothing() {
        let mut pool = Pool::default();
        let orc = pool.insert("orc");
        assert_eq!(pool.remove(orc), Some("orc"));
        let troll = pool.insert("troll");
        assert_eq!(pool.get(orc), None, "the troll took the orc's slot");
        assert_eq!(pool.get(troll), Some(&"troll"));
    }

    #[test]
    fn a_stale_id_removes_nothing() {
        let mut pool = Pool::default();
        let orc = pool.insert("orc");
        pool.remove(orc);
        let troll = pool.insert("troll");
        assert_eq!(pool.remove(orc), None);
        assert_eq!(pool.get(troll), Some(&"troll"));
    }

    #[test]
    fn slots_are_reused() {
        let mut pool = Pool::default();
        let first = pool.insert(0u64);
        pool.remove(first);
        let ((), mem) = memkata_probe::measure(|| {
            for n in 0..1000 {
                let id = pool.insert(n);
                assert_eq!(pool.remove(id), Some(n));
            }
        });
        assert_eq!(mem.allocations, 0, "one slot serves every insert");
    }
}
