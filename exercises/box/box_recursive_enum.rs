// Quiz: read this program, then answer in memkata.

enum Chain {
    Link(u8, Chain),
    End,
}

fn main() {
    let chain = Chain::Link(1, Chain::End);
    if let Chain::Link(n, _) = chain {
        println!("first link: {n}");
    }
}
