// borrowing10: Borrow fields, not the whole struct.
//
// `Lobby::welcome_all` walks through `self.players` and writes a line into
// `self.log` for each one. It writes through the helper method `log_mut`,
// and that does not compile: a method taking `&mut self` borrows ALL of
// `self` mutably, including `players`, which the loop is still reading.
//
// The compiler tracks the fields of a struct separately when it can see
// which field you use: a shared borrow of `self.players` and a mutable
// borrow of `self.log` can be in use at the same time. Make the loop body
// borrow only what it changes. No copies of the players, and don't take
// them out of the lobby to put them back later.
// Do not change the tests.

pub struct Lobby {
    pub players: Vec<String>,
    pub log: Vec<String>,
}

impl Lobby {
    pub fn welcome_all(&mut self) {
        for player in &self.players {
            self.log.push(format!("welcome, {player}"));
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_player_is_welcomed_in_the_log() {
        let mut lobby = Lobby {
            players: vec![String::from("Ada"), String::from("Linus")],
            log: vec![String::from("lobby opened")],
        };
        lobby.welcome_all();
        assert_eq!(
            lobby.log,
            ["lobby opened", "welcome, Ada", "welcome, Linus"]
        );
        assert_eq!(lobby.players, ["Ada", "Linus"]);
    }
}
