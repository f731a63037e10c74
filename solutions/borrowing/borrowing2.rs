// borrowing2: Change the caller's value.
//
// `add_points` is meant to add to the caller's score, and `level_up` to raise
// the caller's player by one level. Both compile, yet the tests fail:
// `add_points` gets its own COPY of the number (a `u32` is `Copy`) and
// changes only that copy, and `level_up` gets its own copy of the whole
// `Player` (it is `Copy` too). The caller's values never change.
//
// To change a value that belongs to the caller, borrow it mutably: take a
// `&mut u32` and a `&mut Player`, write through them, and pass `&mut ...`
// from the tests.
// Do not change what the tests check.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Player {
    pub id: u32,
    pub level: u32,
}

pub fn add_points(score: &mut u32, points: u32) {
    *score += points;
    println!("score is now {score}");
}

pub fn level_up(player: &mut Player) {
    player.level += 1;
    println!("player {} is now level {}", player.id, player.level);
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_added_to_the_callers_score() {
        let mut score = 100;
        add_points(&mut score, 25);
        add_points(&mut score, 5);
        assert_eq!(score, 130, "the caller's score should have grown by 25 + 5");
    }

    #[test]
    fn the_callers_player_levels_up() {
        let mut hero = Player { id: 7, level: 1 };
        level_up(&mut hero);
        level_up(&mut hero);
        assert_eq!(
            hero,
            Player { id: 7, level: 3 },
            "the caller's player should be two levels higher"
        );
    }
}
