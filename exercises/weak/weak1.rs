// weak1: Look, but don't keep.
//
// Every `Rc` is an owner: while one is left, the value stays alive. The
// `rc` module also has a pointer that points at a value owned by `Rc`s
// without being an owner itself: it never keeps the value alive, and to use
// the value you must first ask whether it is still there.
//
// A `Spectator` follows a `Player`, but a player who leaves the game should
// really be gone, even if someone is still watching. Right now the spectator
// holds an `Rc` and keeps the player alive.
// Make spectators follow players without owning them: `watching` gives the
// player's name while the player is alive, and `None` once they are gone.
// Do not change the tests.

use std::rc::Rc;

pub struct Player {
    pub name: String,
}

pub struct Spectator {
    target: Rc<Player>,
}

pub fn watch(player: &Rc<Player>) -> Spectator {
    Spectator {
        target: Rc::clone(player),
    }
}

impl Spectator {
    /// The name of the player being watched, or `None` if they are gone.
    pub fn watching(&self) -> Option<String> {
        Some(self.target.name.clone())
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
        let other = Rc::new(Player {
            name: String::from("Bo"),
        });
        assert_eq!(watch(&other).watching(), Some(String::from("Bo")));
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
