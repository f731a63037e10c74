// Quiz: which change makes this compile and pass its test?
//
// `next_or` takes the last name off a queue, or gives back the fallback
// `or` when the queue is empty. The queue holds `&'static str`s; the
// fallback is borrowed from a String. As written, `next_or` does not
// compile.

// [fix]
fn next_or<'a, 'b>(queue: &mut Vec<&'a str>, or: &'b str) -> &'b str {
// [/fix]
    queue.pop().unwrap_or(or)
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_then_falls_back() {
        let mut queue: Vec<&'static str> = vec!["ada", "grace"];
        let guest = String::from("guest");
        assert_eq!(next_or(&mut queue, &guest), "grace");
        assert_eq!(next_or(&mut queue, &guest), "ada");
        assert_eq!(next_or(&mut queue, &guest), "guest");
        queue.push("alan");
        assert_eq!(queue, ["alan"]);
    }
}
