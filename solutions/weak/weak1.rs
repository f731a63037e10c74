// weak1: Look, but don't keep.
//
// A `Weak<T>` points at a value owned by `Rc`s without being an owner itself:
// it does not add to the strong count, so it never keeps the value alive.
// - `Rc::downgrade(&rc)` makes a `Weak` from an `Rc`;
// - `weak.upgrade()` returns `Some(Rc<T>)` while the value is still alive
//   (a temporary extra owner, for as long as you hold it), and `None` once
//   every `Rc` is gone.
//
// A `Spectator` follows a `Player`, but a player who leaves the game should
// really be gone, even if someone is still watching. Right now the spectator
// holds an `Rc` and keeps the player alive. Make `Spectator` hold a `Weak`
// instead, and fix `watch` and `watching` to match.
// Do not change the tests.

use std::rc::{Rc, Weak};

pub struct Player {
    pub name: String,
}

pub struct Spectator {
    target: Weak<Player>,
}

pub fn watch(player: &Rc<Player>) -> Spectator {
    Spectator {
        target: Rc::downgrade(player),
    }
}

impl Spectator {
    /// The name of the player being watched, or `None` if they are gone.
    pub fn watching(&self) -> Option<String> {
        self.target.upgrade().map(|player| player.name.clone())
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ana() -> Rc<Player> {
        Rc::new(Player {
            name: String::from("Ana"),
        })
    }

    #[test]
    fn sees_the_player_while_they_play() {
        let player = ana();
        let fan = watch(&player);
        assert_eq!(fan.watching(), Some(String::from("Ana")));
    }

    #[test]
    fn watching_is_not_owning() {
        let player = ana();
        let _fans = [watch(&player), watch(&player)];
        assert_eq!(
            Rc::strong_count(&player),
            1,
            "two spectators raised the strong count to {}: they own the player; a Weak doesn't count",
            Rc::strong_count(&player)
        );
    }

    #[test]
    fn sees_nobody_after_the_player_left() {
        let player = ana();
        let fan = watch(&player);
        drop(player);
        assert_eq!(
            fan.watching(),
            None,
            "the player was dropped, but the spectator still sees them: its Rc kept the player alive"
        );
    }
}
