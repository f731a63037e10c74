// toolbox5: Keep the first few items inline.
//
// Most of the tag lists this program builds hold one to four tags, yet
// each `SmallVec` allocates a heap block for its first item. A small-buffer
// vector keeps its first `N` items in an array inside the value itself, and
// only moves them to the heap when an item does not fit; the `smallvec`
// crate is the well-known one.
//
// Make `SmallVec` store up to `N` items inline with no allocation at all.
// When the `N + 1`-th item arrives, move everything into one `Vec` with room
// to grow (a single allocation), and from then on push there. The tests
// measure the allocations, and check where the items live.
// Do not change the tests.

pub struct SmallVec<T, const N: usize> {
    storage: Storage<T, N>,
}

enum Storage<T, const N: usize> {
    Inline { len: usize, items: [T; N] },
    Heap(Vec<T>),
}

impl<T: Copy + Default, const N: usize> SmallVec<T, N> {
    pub fn new() -> Self {
        SmallVec {
            storage: Storage::Inline {
                len: 0,
                items: [T::default(); N],
            },
        }
    }

    pub fn push(&mut self, item: T) {
        match &mut self.storage {
            Storage::Inline { len, items } if *len < N => {
                items[*len] = item;
                *len += 1;
            }
            Storage::Inline { items, .. } => {
                let mut heap = Vec::with_capacity(2 * N + 1);
                heap.extend_from_slice(items);
                heap.push(item);
                self.storage = Storage::Heap(heap);
            }
            Storage::Heap(heap) => heap.push(item),
        }
    }

    pub fn as_slice(&self) -> &[T] {
        match &self.storage {
            Storage::Inline { len, items } => &items[..*len],
            Storage::Heap(heap) => heap,
        }
    }
}

impl<T: Copy + Default, const N: usize> Default for SmallVec<T, N> {
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
    use std::mem::size_of_val;

    fn filled<const N: usize>(count: u32) -> SmallVec<u32, N> {
        let mut tags = SmallVec::new();
        for tag in 0..count {
            tags.push(tag);
        }
        tags
    }

    #[test]
    fn a_few_items_need_no_allocation() {
        let (tags, mem) = memkata_probe::measure(|| filled::<4>(4));
        assert_eq!(tags.as_slice(), [0, 1, 2, 3]);
        assert_eq!(mem.allocations, 0, "four items fit inline");
        let start = &tags as *const SmallVec<u32, 4> as usize;
        let items = tags.as_slice().as_ptr() as usize;
        assert!(
            items >= start && items < start + size_of_val(&tags),
            "inline items live inside the SmallVec itself"
        );
    }

    #[test]
    fn spilling_allocates_once() {
        let (tags, mem) = memkata_probe::measure(|| filled::<4>(5));
        assert_eq!(tags.as_slice(), [0, 1, 2, 3, 4]);
        assert_eq!(mem.allocations, 1, "one block, when the fifth item came");
        let (tags, mem) = memkata_probe::measure(|| filled::<3>(100));
        assert_eq!(tags.as_slice(), (0..100).collect::<Vec<u32>>());
        assert!(mem.allocations < 10, "{} allocations", mem.allocations);
    }

    #[test]
    fn starts_empty() {
        let (tags, mem) = memkata_probe::measure(SmallVec::<u8, 8>::new);
        assert!(tags.as_slice().is_empty());
        assert_eq!(mem.allocations, 0);
    }
}
