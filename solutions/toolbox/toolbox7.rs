// toolbox7: Ids that notice when their item is gone.
//
// A `Pool` keeps items in a `Vec` and hands out ids, so that items can
// refer to each other without references (as the arena capstone does). To
// keep memory bounded, a removed item's slot is reused by the next insert.
// But then an old id finds whatever took its slot: a removed enemy's id
// suddenly points at the new one, and nothing complains.
//
// Give every slot a generation number: an id stores the generation its
// slot had when the id was made, and removing an item moves the slot to the
// next generation. An id whose generation is not the slot's current one is
// stale, and finds nothing. Slots must still be reused: the tests check
// that inserting after a remove does not grow the pool.
// Do not change the tests.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id {
    index: usize,
    generation: u64,
}

struct Slot<T> {
    generation: u64,
    value: Option<T>,
}

pub struct Pool<T> {
    slots: Vec<Slot<T>>,
    free: Vec<usize>,
}

impl<T> Pool<T> {
    pub fn new() -> Self {
        Pool {
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    pub fn insert(&mut self, value: T) -> Id {
        match self.free.pop() {
            Some(index) => {
                let slot = &mut self.slots[index];
                slot.value = Some(value);
                Id {
                    index,
                    generation: slot.generation,
                }
            }
            None => {
                self.slots.push(Slot {
                    generation: 0,
                    value: Some(value),
                });
                Id {
                    index: self.slots.len() - 1,
                    generation: 0,
                }
            }
        }
    }

    fn slot(&self, id: Id) -> Option<&Slot<T>> {
        self.slots
            .get(id.index)
            .filter(|slot| slot.generation == id.generation)
    }

    pub fn get(&self, id: Id) -> Option<&T> {
        self.slot(id)?.value.as_ref()
    }

    pub fn remove(&mut self, id: Id) -> Option<T> {
        let slot = self.slots.get_mut(id.index)?;
        if slot.generation != id.generation {
            return None;
        }
        let value = slot.value.take()?;
        slot.generation += 1;
        self.free.push(id.index);
        Some(value)
    }
}

impl<T> Default for Pool<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted() {
        let mut pool = Pool::new();
        let orc = pool.insert("orc");
        let elf = pool.insert("elf");
        assert_eq!(pool.get(orc), Some(&"orc"));
        assert_eq!(pool.remove(elf), Some("elf"));
        assert_eq!(pool.get(elf), None);
        assert_eq!(pool.remove(elf), None, "removed twice");
    }

    #[test]
    fn a_stale_id_finds_nothing() {
        let mut pool = Pool::new();
        let orc = pool.insert("orc");
        pool.remove(orc);
        let troll = pool.insert("troll");
        assert_eq!(pool.get(troll), Some(&"troll"));
        assert_eq!(
            pool.get(orc),
            None,
            "the orc is gone; the troll took its slot"
        );
        assert_eq!(pool.remove(orc), None, "a stale id removes nothing");
        assert_eq!(pool.get(troll), Some(&"troll"));
        assert_ne!(orc, troll);
    }

    #[test]
    fn slots_are_reused() {
        let mut pool = Pool::new();
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
