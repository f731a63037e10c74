// borrowing8: Don't grow what you're walking.
//
// `add_follow_ups` looks at every task in the list and, for each one marked
// urgent (it ends with "!"), adds a "check: <task>" task to the END of the
// same list. It pushes while a `for` loop is still iterating over the list.
// The iterator holds a shared borrow of the Vec for the whole loop, and a
// push needs a mutable one, so this does not compile. (If it did, a push
// could move the Vec's items to a new heap block while the iterator still
// points into the old one.)
//
// Don't change the list while you are still reading it: let the new tasks
// wait somewhere else while you read, and add them once the reading is
// over. No copies of the list: read the one you were lent.
// Do not change the tests.

pub fn add_follow_ups(tasks: &mut Vec<String>) {
    for task in tasks.iter() {
        if task.ends_with('!') {
            tasks.push(format!("check: {task}"));
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn urgent_tasks_get_a_follow_up_at_the_end() {
        let mut tasks = owned(&["fix login!", "write docs", "ship it!"]);
        add_follow_ups(&mut tasks);
        assert_eq!(
            tasks,
            owned(&[
                "fix login!",
                "write docs",
                "ship it!",
                "check: fix login!",
                "check: ship it!",
            ])
        );
    }

    #[test]
    fn nothing_urgent_nothing_added() {
        let mut tasks = owned(&["nap", "lunch"]);
        add_follow_ups(&mut tasks);
        assert_eq!(tasks, owned(&["nap", "lunch"]));
    }
}
