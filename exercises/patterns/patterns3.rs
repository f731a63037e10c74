// patterns3: Change it where it lives.
//
// A `Team` may have a captain. `captain_scores` adds a goal to the captain's
// tally and says whether there was a captain to score.
//
// `match self.captain` names the field itself, not a reference to it, so
// the pattern `Some(mut captain)` binds the Player BY VALUE: it would move
// the captain out of the team, which `&mut self` only lends us (E0507).
// Even if that were allowed, the goal would be added to a Player that is
// no longer in the team.
//
// Make the pattern bind a MUTABLE REFERENCE to the captain inside the
// team, and add the goal through it. The test checks that the team keeps
// the very same captain (its name is not copied or rebuilt).
// Do not change the signatures or the tests.

pub struct Player {
    pub name: String,
    pub goals: u32,
}

pub struct Team {
    pub captain: Option<Player>,
}

impl Team {
    pub fn captain_scores(&mut self) -> bool {
        match self.captain {
            Some(mut captain) => {
                captain.goals += 1;
                true
            }
            None => false,
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use memkata_probe::measure;

    #[test]
    fn the_captain_in_the_team_gets_the_goal() {
        let mut team = Team {
            captain: Some(Player {
                name: String::from("Marta"),
                goals: 115,
            }),
        };
        let name_at = team.captain.as_ref().unwrap().name.as_ptr();
        for goals in [116, 117] {
            let (scored, mem) = measure(|| team.captain_scores());
            assert!(scored);
            assert_eq!(mem.allocations, 0, "the captain was copied ({mem})");
            let captain = team.captain.as_ref().expect("no captain");
            assert_eq!(captain.goals, goals);
            assert_eq!(captain.name, "Marta");
            assert!(
                std::ptr::eq(captain.name.as_ptr(), name_at),
                "the captain was copied or rebuilt, not changed in place"
            );
        }
    }

    #[test]
    fn no_captain_no_goal() {
        let mut team = Team { captain: None };
        assert!(!team.captain_scores());
        assert!(team.captain.is_none());
    }
}
