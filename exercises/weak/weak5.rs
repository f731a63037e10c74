// weak5: A dead Weak still holds the block.
//
// When the last `Rc` goes, the value inside is dropped at once. But the Rc's
// heap block, the allocation the value was stored in, is only freed when
// the last `Weak` is gone too: every `Weak` points into it and must still be
// able to learn that the value is dead. `Rc::weak_count(&rc)` and
// `weak.strong_count()` show the two counts.
//
// So a list of `Weak`s that is never cleaned up keeps every block it ever
// pointed at. Here a `Page` keeps its pixels inline (an array, not a Vec),
// so each dead bookmark pins more than 1 KiB.
//
// Write `prune`: it should forget the bookmarks whose page is closed (no
// strong owner left), so their blocks are freed. Do not change the tests.

use std::rc::{Rc, Weak};

pub struct Page {
    pub number: u32,
    pub pixels: [u8; 1024],
}

impl Page {
    pub fn open(number: u32) -> Rc<Page> {
        Rc::new(Page {
            number,
            pixels: [0; 1024],
        })
    }
}

pub struct Bookmarks {
    marks: Vec<Weak<Page>>,
}

impl Bookmarks {
    pub fn with_capacity(n: usize) -> Bookmarks {
        Bookmarks {
            marks: Vec::with_capacity(n),
        }
    }

    pub fn add(&mut self, page: &Rc<Page>) {
        self.marks.push(Rc::downgrade(page));
    }

    /// How many bookmarks are kept, open or not.
    pub fn count(&self) -> usize {
        self.marks.len()
    }

    /// The numbers of the bookmarked pages that are still open.
    pub fn open_pages(&self) -> Vec<u32> {
        self.marks
            .iter()
            .filter_map(Weak::upgrade)
            .map(|page| page.number)
            .collect()
    }

    /// Forgets the bookmarks whose page has been closed.
    pub fn prune(&mut self) {
        // TODO
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmarks_are_weak() {
        let page = Page::open(7);
        let mut marks = Bookmarks::with_capacity(4);
        marks.add(&page);
        marks.add(&page);
        assert_eq!(Rc::strong_count(&page), 1);
        assert_eq!(Rc::weak_count(&page), 2);
        assert_eq!(marks.open_pages(), vec![7, 7]);
        assert_eq!(page.pixels.len(), 1024);
    }

    #[test]
    fn pruning_frees_closed_pages() {
        let mut marks = Bookmarks::with_capacity(8);
        let kept = Page::open(1);
        marks.add(&kept);
        let ((), mem) = memkata_probe::measure(|| {
            let closed: Vec<Rc<Page>> = (2..=4).map(Page::open).collect();
            for page in &closed {
                marks.add(page);
            }
            drop(closed);
            marks.prune();
        });
        assert!(
            mem.live_bytes < 1024,
            "after prune, {} bytes are still live: a Weak to a closed page pins its block ({mem})",
            mem.live_bytes
        );
        assert_eq!(
            marks.count(),
            1,
            "only the bookmark to page 1 should be left"
        );
        assert_eq!(marks.open_pages(), vec![1]);
    }

    #[test]
    fn pruning_keeps_open_pages() {
        let pages: Vec<Rc<Page>> = (1..=3).map(Page::open).collect();
        let mut marks = Bookmarks::with_capacity(4);
        for page in &pages {
            marks.add(page);
        }
        marks.prune();
        assert_eq!(marks.open_pages(), vec![1, 2, 3]);
        assert_eq!(marks.count(), 3, "all three pages are still open");
    }
}
