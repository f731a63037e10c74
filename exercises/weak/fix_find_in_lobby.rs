// Quiz: which change to the lines between `// [fix]` and `// [/fix]` makes
// this program compile AND pass its tests? Read it, then answer in memkata.
//
// A `Lobby` keeps a Weak to every player who joined, so it never keeps a
// player who left alive. `find` should hand out the player with that name,
// the very same one, if they are still there.

use std::rc::{Rc, Weak};

struct Player {
    name: String,
}

struct Lobby {
    players: Vec<Weak<Player>>,
}

impl Lobby {
    fn find(&self, name: &str) -> Option<Rc<Player>> {
        // [fix]
        self.players.iter().find(|p| p.name == name).cloned()
        // [/fix]
    }
}

fn player(name: &str) -> Rc<Player> {
    Rc::new(Player {
        name: name.to_string(),
    })
}

fn main() {
    let ana = player("Ana");
    let lobby = Lobby {
        players: vec![Rc::downgrade(&ana)],
    };
    println!("{}", lobby.find("Ana").is_some());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_players_still_there() {
        let ana = player("Ana");
        let bo = player("Bo");
        let cy = player("Cy");
        let lobby = Lobby {
            players: vec![Rc::downgrade(&ana), Rc::downgrade(&bo), Rc::downgrade(&cy)],
        };
        drop(bo);
        let found = lobby.find("Cy").expect("Cy is still there");
        assert!(
            Rc::ptr_eq(&found, &cy),
            "find should hand out Cy, not a copy"
        );
        assert!(lobby.find("Bo").is_none(), "Bo left");
        assert!(lobby.find("Dee").is_none(), "Dee never joined");
        drop(found);
        assert_eq!(Rc::strong_count(&ana), 1);
    }
}
