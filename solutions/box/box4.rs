// box4: Take it out of the box.
//
// A `Locker` keeps one parcel on the heap, in a Box. `collect` empties the
// locker and hands the parcel over. It works, but it clones the parcel out
// of its Box: the label and the contents are copied into new heap blocks,
// and the originals are dropped a moment later together with the Box.
//
// `collect` owns the Box it took out of the slot. Make it hand over the
// parcel that is in that Box, the very same one, with no copy. The tests
// measure the heap: the target is zero allocations in `collect`.
// Do not change the signatures, the `slot` field or the tests.

#[derive(Clone, Debug, PartialEq)]
pub struct Parcel {
    pub label: String,
    pub contents: Vec<u8>,
}

#[derive(Default)]
pub struct Locker {
    slot: Option<Box<Parcel>>,
}

impl Locker {
    pub fn store(&mut self, parcel: Parcel) {
        self.slot = Some(Box::new(parcel));
    }

    pub fn collect(&mut self) -> Option<Parcel> {
        let boxed = self.slot.take()?;
        Some(*boxed)
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glass() -> Parcel {
        Parcel {
            label: String::from("fragile: glass"),
            contents: vec![1, 2, 3, 4],
        }
    }

    #[test]
    fn collects_without_copying() {
        let mut locker = Locker::default();
        let parcel = glass();
        let ((), mem) = memkata_probe::measure(|| locker.store(parcel));
        assert_eq!(
            mem.allocations, 1,
            "store made {} allocations; the target is 1, the Box that holds the parcel ({mem})",
            mem.allocations
        );
        let (parcel, mem) = memkata_probe::measure(|| locker.collect());
        assert_eq!(parcel, Some(glass()));
        assert_eq!(
            mem.allocations, 0,
            "collect made {} allocations; the target is 0: move the parcel out of its Box instead of cloning it ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn the_locker_is_empty_afterwards() {
        let mut locker = Locker::default();
        assert_eq!(locker.collect(), None);
        locker.store(glass());
        assert!(locker.collect().is_some());
        assert_eq!(locker.collect(), None);
    }
}
