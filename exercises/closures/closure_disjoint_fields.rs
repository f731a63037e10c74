// Quiz: read this program, then answer in memkata.

struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut player = Player {
        name: String::from("ann"),
        score: 0,
    };
    let mut add = |points: u32| player.score += points;
    player.name.push('!');
    add(5);
    println!("{} {}", player.name, player.score);
}
