// borrowing6: A borrow ends at its last use.
//
// `enqueue` adds a job to the end of a queue and returns a message naming
// the job and the one it was queued behind. `queue.last()` borrows the
// queue, and that borrow (`previous`) is still used to build the message
// AFTER `queue.push(job)` has changed the queue: a shared borrow and a
// mutable borrow in use at the same time. And by then `job` itself has
// moved into the queue. So this does not compile.
//
// A borrow doesn't last until the end of the block: only until the last line
// that uses it. Arrange the function so that everything it needs to read is
// read before the queue changes. No copies of the job names: the tests check
// that the queue holds the very String it was given.
// Do not change the tests.

pub fn enqueue(queue: &mut Vec<String>, job: String) -> String {
    let previous = queue.last();
    queue.push(job);
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
        let job = |name: &str| String::from(name);
        assert_eq!(enqueue(&mut queue, job("build")), "build is first in line");
        assert_eq!(enqueue(&mut queue, job("test")), "test queued behind build");
        assert_eq!(
            enqueue(&mut queue, job("deploy")),
            "deploy queued behind test"
        );
        assert_eq!(queue, ["build", "test", "deploy"]);
    }

    #[test]
    fn the_queue_holds_the_job_itself() {
        let mut queue = vec![String::from("lint")];
        let job = String::from("format");
        // Where the job's name lives on the heap.
        let name_at = job.as_ptr();
        enqueue(&mut queue, job);
        assert!(
            std::ptr::eq(queue[1].as_ptr(), name_at),
            "the queue holds a copy of the job's name, not the String you were given"
        );
    }
}
