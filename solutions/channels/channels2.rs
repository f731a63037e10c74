// channels2: The loop ends when the senders do.
//
// `run_all` starts one thread per job. Each job gets a `Sender` and may send
// any number of results through it: none, one, or many. `run_all` gathers
// them all from the `Receiver`.
//
// It receives one result per job, so whenever a job sends more than one,
// results are left behind. `run_all` can't know how many will come, and it
// doesn't need to: receiving can end by itself. Once the channel is empty
// and no `Sender` is left anywhere, receiving reports that the channel is
// closed. Every `Sender` counts: the clones the jobs hold, and also the
// original that `run_all` made. While one of them lives, a receiver waits for
// more, forever (memkata would stop the program after 10 seconds).
// Make `run_all` gather every result, and return once the jobs are done.
// Do not change the tests.

use std::sync::mpsc::{self, Sender};
use std::thread;

pub type Job<T> = Box<dyn FnOnce(Sender<T>) + Send>;

// Runs every job on a thread of its own; returns all the results they sent,
// in any order.
pub fn run_all<T: Send + 'static>(jobs: Vec<Job<T>>) -> Vec<T> {
    let (tx, rx) = mpsc::channel();
    for job in jobs {
        let tx = tx.clone();
        thread::spawn(move || job(tx));
    }
    drop(tx);
    rx.iter().collect()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    // A job that sends each of `words`, one message per word.
    fn sends(words: &[&'static str]) -> Job<&'static str> {
        let words = words.to_vec();
        Box::new(move |tx| {
            for word in words {
                tx.send(word).unwrap();
            }
        })
    }

    #[test]
    fn every_result_arrives() {
        let jobs = vec![sends(&["ant"]), sends(&[]), sends(&["bee", "cat", "dog"])];
        let mut results = run_all(jobs);
        results.sort();
        assert_eq!(
            results,
            ["ant", "bee", "cat", "dog"],
            "3 jobs sent 4 results in all"
        );
    }

    #[test]
    fn a_job_may_hand_its_sender_on() {
        // This job gives its Sender to a helper thread, which sends later.
        let relay: Job<&'static str> = Box::new(|tx| {
            thread::spawn(move || {
                tx.send("late").unwrap();
                tx.send("later").unwrap();
            });
        });
        let mut results = run_all(vec![relay, sends(&["early"])]);
        results.sort();
        assert_eq!(results, ["early", "late", "later"]);
    }

    #[test]
    fn no_jobs_no_results() {
        assert!(run_all::<u8>(Vec::new()).is_empty());
    }
}
