// threads8: Put the lock down.
//
// `run_jobs` shares a queue of jobs between worker threads: each worker
// locks the queue, takes a job, and runs it. The code compiles and every job
// runs, but no two workers ever run a job at the same time, so three
// workers are no faster than one.
//
// A lock is held for exactly as long as its guard lives. Find out how long
// the guard made by `queue.lock()` lives here: the temporaries of a
// `while let` condition are not dropped where you might expect.
// A worker should hold the lock only while it takes a job out, and let go
// of it before running the job. The tests look at the queue from inside a
// job. Do not change the tests.

use std::sync::Mutex;
use std::thread;

// Runs every job of `queue` on one of `workers` threads, taking the jobs one
// at a time from the back; `work` is called once per job.
fn run_jobs<J: Send>(queue: &Mutex<Vec<J>>, workers: usize, work: impl Fn(J) + Sync) {
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(job) = queue.lock().unwrap().pop() {
                    work(job);
                }
            });
        }
    });
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_queue_is_free_while_a_job_runs() {
        let queue = Mutex::new(vec![1, 2, 3]);
        let seen = Mutex::new(Vec::new());
        // One worker, so nobody else can be holding the queue's lock.
        run_jobs(&queue, 1, |job: u32| {
            let waiting = queue.try_lock().map(|jobs| jobs.len()).ok();
            seen.lock().unwrap().push((job, waiting));
        });
        assert_eq!(
            seen.into_inner().unwrap(),
            [(3, Some(2)), (2, Some(1)), (1, Some(0))],
            "(job, jobs left in the queue while it ran); `None`: the queue was \
             still locked while the job ran"
        );
    }

    #[test]
    fn every_job_runs_once() {
        let queue = Mutex::new((1..=10).collect());
        let done = Mutex::new(Vec::new());
        run_jobs(&queue, 3, |job: u32| done.lock().unwrap().push(job));
        let mut done = done.into_inner().unwrap();
        done.sort();
        assert_eq!(done, (1..=10).collect::<Vec<_>>());
        assert!(queue.into_inner().unwrap().is_empty());
    }
}
