// borrowing6: A borrow ends at its last use.
//
// `enqueue` adds a job to the end of a queue and returns a message naming
// the job it was queued behind. `queue.last()` borrows the queue, and that
// borrow (`previous`) is still used to build the message AFTER
// `queue.push(...)` has changed the queue. That is a shared borrow and a
// mutable borrow in use at the same time, so it does not compile.
//
// A borrow doesn't last until the end of the block: only until the last line
// that uses it. Reorder the function so that the message is finished before
// the push; then the borrow is over when the queue changes.
// Don't clone the previous job's name, and do not change the tests.

pub fn enqueue(queue: &mut Vec<String>, job: &str) -> String {
    let previous = queue.last();
    queue.push(job.to_string());
    match previous {
        Some(previous) => format!("{job} queued behind {previous}"),
        None => format!("{job} is first in line"),
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_queue_up_in_order() {
        let mut queue = Vec::new();
        assert_eq!(enqueue(&mut queue, "build"), "build is first in line");
        assert_eq!(enqueue(&mut queue, "test"), "test queued behind build");
        assert_eq!(enqueue(&mut queue, "deploy"), "deploy queued behind test");
        assert_eq!(queue, ["build", "test", "deploy"]);
    }
}
