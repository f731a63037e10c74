// box2: A type that contains itself.
//
// `Expr` is a tiny arithmetic expression: a number, or the sum or product of
// two smaller expressions. It does not compile: an `Expr` would hold two
// whole `Expr`s inline, each of which holds two more, and so on, so Rust
// can't give the type a size.
//
// Make `Expr` a type of known size, in which each child expression lives
// in a heap block of its own, owned by its parent. The tests count one
// block per child and check that a dropped tree frees all of them.
// `eval` should not need to change. Do not change the tests.

pub enum Expr {
    Num(i64),
    Add(Expr, Expr),
    Mul(Expr, Expr),
}

impl Expr {
    pub fn eval(&self) -> i64 {
        match self {
            Expr::Num(n) => *n,
            Expr::Add(a, b) => a.eval() + b.eval(),
            Expr::Mul(a, b) => a.eval() * b.eval(),
        }
    }
}

pub fn num(n: i64) -> Expr {
    Expr::Num(n)
}

pub fn add(a: Expr, b: Expr) -> Expr {
    Expr::Add(a, b)
}

pub fn mul(a: Expr, b: Expr) -> Expr {
    Expr::Mul(a, b)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_a_tree() {
        // 2 + 3 * 4
        let e = add(num(2), mul(num(3), num(4)));
        assert_eq!(e.eval(), 14);
    }

    #[test]
    fn a_deep_chain() {
        // 1 + (1 + (1 + ... ))
        let mut e = num(0);
        for _ in 0..100 {
            e = add(num(1), e);
        }
        assert_eq!(e.eval(), 100);
    }

    #[test]
    fn one_block_per_boxed_child() {
        let (e, mem) = memkata_probe::measure(|| mul(num(6), num(7)));
        assert_eq!(e.eval(), 42);
        assert_eq!(
            mem.allocations, 2,
            "mul(num(6), num(7)) made {} allocations; the target is 2, one Box per child ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn a_dropped_tree_frees_every_block() {
        let (value, mem) = memkata_probe::measure(|| add(num(1), mul(num(2), num(3))).eval());
        assert_eq!(value, 7);
        assert_eq!(
            mem.live_bytes, 0,
            "the tree was dropped but {} bytes were never freed ({mem})",
            mem.live_bytes
        );
    }
}
