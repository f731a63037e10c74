// arc6: Lend one part, keep the guard.
//
// A music app shares its track list between the player and the editor as
// an `Rc<RefCell<Vec<Track>>>`: both own it, and either may borrow it. The
// player shows the title of the current track many times a second, and
// `title` copies the whole title String every time it is asked.
//
// The player should let its caller read the title where it lies. A plain
// `&str` can't be returned: the title is only reachable through the guard
// that `borrow()` returns, and that guard is gone when `title` returns
// (try it: the compiler will refuse). Handing out the guard of the whole
// list would show far more than a title. Make `title` return a guard that
// keeps the track list borrowed while the caller looks, and shows only the
// current title. Do not change the tests.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

pub struct Track {
    pub title: String,
    pub seconds: u32,
}

pub struct Player {
    tracks: Rc<RefCell<Vec<Track>>>,
    current: usize,
}

impl Player {
    pub fn new(tracks: &Rc<RefCell<Vec<Track>>>) -> Player {
        Player {
            tracks: Rc::clone(tracks),
            current: 0,
        }
    }

    // The title of the track being played.
    pub fn title(&self) -> Ref<'_, str> {
        Ref::map(self.tracks.borrow(), |tracks| {
            tracks[self.current].title.as_str()
        })
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracks() -> Rc<RefCell<Vec<Track>>> {
        let track = |title: &str, seconds| Track {
            title: title.to_string(),
            seconds,
        };
        Rc::new(RefCell::new(vec![
            track("Intro", 42),
            track("Borrowed Time", 215),
        ]))
    }

    #[test]
    fn the_title_is_read_where_it_lies() {
        let tracks = tracks();
        let player = Player::new(&tracks);
        let (title, mem) = memkata_probe::measure(|| player.title());
        assert_eq!(&*title, "Intro");
        assert_eq!(
            title.as_ptr(),
            tracks.borrow()[0].title.as_ptr(),
            "the title you returned is a copy, not the track's own title"
        );
        assert_eq!(
            mem.allocations, 0,
            "reading the title made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn the_list_stays_borrowed_while_the_title_is_shown() {
        let tracks = tracks();
        let player = Player::new(&tracks);
        let title = player.title();
        assert!(
            tracks.try_borrow_mut().is_err(),
            "the editor could change the list while the title is on screen: keep the list borrowed as long as the title is"
        );
        assert_eq!(&*title, "Intro");
        drop(title);
        tracks.borrow_mut()[0].title = String::from("Overture");
        assert_eq!(&*player.title(), "Overture");
        assert_eq!(tracks.borrow()[1].seconds, 215);
    }
}
