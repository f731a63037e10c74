// toolbox6: An arena that lends for its whole life.
//
// An arena owns many values of one type, and hands out references to them
// that last as long as the arena (`&'arena T`). Values can then point at
// each other with plain references, and are all freed together, by one
// drop of the arena. Here, each `Person` refers to their boss.
//
// The draft pushes into a `Vec` through `&mut self`, so only one reference
// can be out at a time: the second `alloc` needs the arena mutably while
// the first reference still borrows it. `alloc` must take `&self` (change
// through `&self` needs a cell), and it must never move a value it has
// lent, so a value can't live in a `Vec` that may grow. Keep the values in
// chunks instead: push into the newest chunk while it has room (that never
// reallocates it), and start a new, bigger chunk when it is full. Lending
// a value out of a chunk for as long as `&self` takes `unsafe`: write a
// `// SAFETY:` comment saying why the value will stay put.
// The tests count allocations (one per value is too many) and bytes (one
// huge block up front is too much), and check that no value ever moves.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::cell::RefCell;

const FIRST_CHUNK: usize = 16;

pub struct Arena<T> {
    chunks: RefCell<Vec<Vec<T>>>,
}

impl<T> Arena<T> {
    pub fn new() -> Self {
        Arena {
            chunks: RefCell::new(Vec::new()),
        }
    }

    pub fn alloc(&self, value: T) -> &T {
        let mut chunks = self.chunks.borrow_mut();
        let room = chunks.last().is_some_and(|c| c.len() < c.capacity());
        if !room {
            let size = chunks.last().map_or(FIRST_CHUNK, |c| 2 * c.capacity());
            chunks.push(Vec::with_capacity(size));
        }
        let chunk = chunks.last_mut().expect("a chunk with room");
        chunk.push(value);
        let value: *const T = chunk.last().expect("just pushed");
        // SAFETY: a chunk is never pushed to past its capacity, so its
        // buffer never moves, and values are only removed when the arena is
        // dropped. So `value` stays valid as long as `&self` borrows the
        // arena, and nothing ever changes it or lends it mutably.
        unsafe { &*value }
    }
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Person<'a> {
    pub name: String,
    pub boss: Option<&'a Person<'a>>,
}

/// The names from `person` up to the top, joined with " < ".
pub fn chain_of_command(person: &Person<'_>) -> String {
    let mut names = vec![person.name.as_str()];
    let mut next = person.boss;
    while let Some(boss) = next {
        names.push(&boss.name);
        next = boss.boss;
    }
    names.join(" < ")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use memkata_probe::DropLog;
    use std::cell::Cell;

    #[test]
    fn values_can_point_at_each_other() {
        let people = Arena::new();
        let ada = people.alloc(Person {
            name: "Ada".into(),
            boss: None,
        });
        let bo = people.alloc(Person {
            name: "Bo".into(),
            boss: Some(ada),
        });
        let cy = people.alloc(Person {
            name: "Cy".into(),
            boss: Some(bo),
        });
        assert_eq!(chain_of_command(cy), "Cy < Bo < Ada");
        assert_eq!(chain_of_command(ada), "Ada");
    }

    /// Adds its number to `total` when it is dropped.
    struct Tally<'a> {
        number: Cell<u64>,
        total: &'a Cell<u64>,
    }

    impl Drop for Tally<'_> {
        fn drop(&mut self) {
            self.total.set(self.total.get() + self.number.get());
        }
    }

    #[test]
    fn lent_values_never_move() {
        let total = Cell::new(0);
        let tallies = Arena::new();
        let tally = |number| Tally {
            number: Cell::new(number),
            total: &total,
        };
        let first = tallies.alloc(tally(1));
        let mut all: Vec<&Tally> = Vec::with_capacity(100_000);
        let ((), mem) = memkata_probe::measure(|| {
            all.extend((0..100_000).map(|_| tallies.alloc(tally(0))));
        });
        let freed = mem.bytes_allocated - mem.live_bytes;
        assert!(
            freed < 1024,
            "the arena freed {freed} bytes as it grew: did values move out?"
        );
        first.number.set(500);
        all[99_999].number.set(20);
        drop(tallies);
        assert_eq!(
            total.get(),
            520,
            "the values the arena drops are the ones it lent, where it lent them"
        );
    }

    #[test]
    fn allocates_in_chunks_and_frees_everything() {
        let ((), mem) = memkata_probe::measure(|| {
            let words = Arena::new();
            for n in 0..1000 {
                words.alloc(n.to_string());
            }
        });
        let arena = mem.allocations - 1000;
        assert!(
            arena <= 20,
            "{arena} allocations besides the 1000 strings: allocate in chunks"
        );
        assert!(
            mem.peak_bytes < 1 << 20,
            "{} at the peak, for 1000 short strings: grow the chunks as needed",
            memkata_probe::human_bytes(mem.peak_bytes)
        );
        assert_eq!(mem.live_bytes, 0, "dropping the arena frees everything");
    }

    #[test]
    fn dropping_the_arena_drops_each_value() {
        let log = DropLog::new();
        let tokens = Arena::new();
        for name in ["a", "b", "c"] {
            tokens.alloc(log.token(name));
        }
        assert!(log.is_empty());
        drop(tokens);
        let mut dropped = log.entries();
        dropped.sort();
        assert_eq!(dropped, ["a", "b", "c"]);
    }
}
