// Quiz: which change to the marked lines makes `steps` compile and pass its
// test? Read the choices in memkata.

/// Two steps to run in order: add `offset`, then multiply by `factor`.
pub fn steps(offset: i32, factor: i32) -> Vec<Box<dyn Fn(i32) -> i32>> {
    // [fix]
    vec![|x| x + offset, |x| x * factor]
    // [/fix]
}

fn main() {
    let total = steps(1, 10).iter().fold(4, |acc, step| step(acc));
    println!("{total}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_the_steps_in_order() {
        let run = |x| steps(1, 10).iter().fold(x, |acc, step| step(acc));
        assert_eq!(run(4), 50);
        assert_eq!(run(-1), 0);
        assert_eq!(steps(2, 3).len(), 2);
    }
}
