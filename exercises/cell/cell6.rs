// cell6: Let go before you write.
//
// `RefCell` checks the borrowing rules while the program runs: any number of
// `borrow()`s at once, or a single `borrow_mut()`, never both. Break the rule
// and there is no compile error: the program panics with "already borrowed".
// A `Ref` guard counts as a reader until it is dropped, and the drop rules
// you know decide when that is.
//
// This code compiles, but the tests panic: in `repeat_last`, the guard in
// `songs` is still alive when `borrow_mut()` asks to write.
// Make `repeat_last` finish reading before it writes, copying no more than
// the one title it repeats. Do not change the tests.

use std::cell::RefCell;

struct Playlist {
    songs: RefCell<Vec<String>>,
}

impl Playlist {
    fn new(songs: &[&str]) -> Playlist {
        Playlist {
            songs: RefCell::new(songs.iter().map(|s| s.to_string()).collect()),
        }
    }

    // Plays the last song once more: adds a copy of it at the end.
    fn repeat_last(&self) {
        let songs = self.songs.borrow();
        if let Some(last) = songs.last() {
            self.songs.borrow_mut().push(last.clone());
        }
    }

    fn songs(&self) -> Vec<String> {
        self.songs.borrow().clone()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_the_last_song() {
        let playlist = Playlist::new(&["intro", "encore"]);
        playlist.repeat_last();
        playlist.repeat_last();
        assert_eq!(playlist.songs(), ["intro", "encore", "encore", "encore"]);
    }

    #[test]
    fn copies_only_the_repeated_title() {
        let playlist = Playlist::new(&["one", "two", "three", "four"]);
        playlist.songs.borrow_mut().reserve(8); // room to grow: pushing allocates nothing
        let ((), mem) = memkata_probe::measure(|| playlist.repeat_last());
        assert_eq!(playlist.songs().len(), 5);
        assert_eq!(
            mem.allocations, 1,
            "repeat_last made {} allocations; the target is 1, the repeated title ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn an_empty_playlist_stays_empty() {
        let playlist = Playlist::new(&[]);
        playlist.repeat_last();
        assert!(playlist.songs().is_empty());
    }
}
