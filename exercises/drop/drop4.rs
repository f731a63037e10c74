// drop4: Let go early.
//
// A `RefCell` hands out borrows at run time: `borrow_mut()` returns a `RefMut`
// guard, and the cell counts as mutably borrowed until that guard is dropped.
// Normally that is at the end of the scope. `std::mem::drop(guard)` (also
// available as plain `drop`) ends it right away.
//
// `add_song` borrows the playlist mutably, adds a song and sorts, then asks
// `summary` for a description. But `summary` needs to borrow the playlist too,
// and the `RefMut` from `borrow_mut()` is still alive, so it fails.
// Release the mutable borrow as soon as `add_song` is done changing the list.
// Do not change `summary` or the tests.

use std::cell::RefCell;

fn add_song(playlist: &RefCell<Vec<String>>, song: &str) -> String {
    let mut songs = playlist.borrow_mut();
    songs.push(song.to_string());
    songs.sort();
    summary(playlist)
}

fn summary(playlist: &RefCell<Vec<String>>) -> String {
    let songs = playlist.try_borrow().expect(
        "summary() cannot read the playlist: a `RefMut` from `borrow_mut()` is still alive. \
         Drop it before calling summary()",
    );
    format!("{} songs, first: {}", songs.len(), songs[0])
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_and_summarizes() {
        let playlist = RefCell::new(vec!["Oceans".to_string()]);
        assert_eq!(
            add_song(&playlist, "Hurricane"),
            "2 songs, first: Hurricane"
        );
        assert_eq!(add_song(&playlist, "Zombie"), "3 songs, first: Hurricane");
    }

    #[test]
    fn playlist_is_free_afterwards() {
        let playlist = RefCell::new(Vec::new());
        add_song(&playlist, "Aurora");
        assert!(
            playlist.try_borrow_mut().is_ok(),
            "after add_song returns, nobody should still borrow the playlist"
        );
    }
}
