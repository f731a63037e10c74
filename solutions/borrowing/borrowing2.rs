// borrowing2: Change the caller's value.
//
// `play_round` plays one round of a game: the hero wins two fights (25 and
// 5 points), then goes up a level. It calls `add_points` and `level_up`,
// which are meant to change the caller's score and the caller's player, and
// it returns what each step reports.
//
// It compiles, yet the tests fail: `*score` hands `add_points` a COPY of the
// number (a `u32` is `Copy`), and `add_points` changes only that copy.
// `level_up` likewise gets its own copy of the whole `Player` (it is `Copy`
// too). The score and the player that `play_round` was lent never change.
//
// Make `add_points` and `level_up` change the caller's values themselves,
// not copies of them, and pass them on from `play_round`.
// Do not change the tests.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Player {
    pub id: u32,
    pub level: u32,
}

pub fn add_points(score: &mut u32, points: u32) -> String {
    *score += points;
    format!("score is now {score}")
}

pub fn level_up(player: &mut Player) -> String {
    player.level += 1;
    format!("player {} is now level {}", player.id, player.level)
}

pub fn play_round(score: &mut u32, hero: &mut Player) -> Vec<String> {
    vec![add_points(score, 25), add_points(score, 5), level_up(hero)]
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_changes_the_callers_score_and_player() {
        let mut score = 100;
        let mut hero = Player { id: 7, level: 1 };
        let report = play_round(&mut score, &mut hero);
        assert_eq!(score, 130, "the caller's score should have grown by 25 + 5");
        assert_eq!(
            hero,
            Player { id: 7, level: 2 },
            "the caller's player should be one level higher"
        );
        assert_eq!(
            report,
            [
                "score is now 125",
                "score is now 130",
                "player 7 is now level 2"
            ]
        );
    }

    #[test]
    fn rounds_add_up() {
        let mut score = 0;
        let mut hero = Player { id: 3, level: 10 };
        play_round(&mut score, &mut hero);
        let report = play_round(&mut score, &mut hero);
        assert_eq!(
            score, 60,
            "two rounds should add 2 x 30 to the caller's score"
        );
        assert_eq!(hero, Player { id: 3, level: 12 });
        assert_eq!(report[1], "score is now 60");
    }
}
