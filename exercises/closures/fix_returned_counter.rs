// Quiz: which change to the marked lines makes `counter` compile and pass
// its test? Read the choices in memkata.

/// A new counter: each call returns the next number, starting at 1.
pub fn counter() -> impl FnMut() -> u32 {
    // [fix]
    let mut count = 0;
    || {
        count += 1;
        count
    }
    // [/fix]
}

fn main() {
    let mut next = counter();
    println!("{} {}", next(), next());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_counter_counts_on_its_own() {
        let mut a = counter();
        assert_eq!((a(), a(), a()), (1, 2, 3));
        let mut b = counter();
        assert_eq!(b(), 1);
        assert_eq!(a(), 4);
    }
}
