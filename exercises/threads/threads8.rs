// threads8: Put the lock down.
//
// `run_jobs` shares a queue of jobs between worker threads: each worker locks
// the queue, takes a job, and runs it. The code compiles and every job runs,
// but the workers never run at the same time, so three workers are no faster
// than one.
//
// The reason is hidden in `while let`: the temporaries of its condition,
// here the `MutexGuard` made by `queue.lock()`, live until the end of the
// loop body. So each worker still holds the lock while `work(job)` runs, and
// the others wait in line for it.
// A lock guard should live only as long as you touch the locked data. Take
// the job out in a separate step that drops the guard (a `let` statement, a
// small function or closure), and run the job after that.
// Do not change the tests.

use std::sync::Mutex;
use std::thread;

// Runs every job on one of `workers` threads; `work` is called once per job.
fn run_jobs<J: Send>(jobs: Vec<J>, workers: usize, work: impl Fn(J) + Sync) {
    let queue = Mutex::new(jobs);
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
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
    use std::time::{Duration, Instant};

    #[test]
    fn workers_run_jobs_at_the_same_time() {
        let busy = AtomicUsize::new(0);
        let started = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let gave_up = AtomicBool::new(false);
        // Each job waits (at most 500 ms) until all three jobs have started.
        run_jobs(vec![1, 2, 3], 3, |_job: u32| {
            most.fetch_max(busy.fetch_add(1, SeqCst) + 1, SeqCst);
            started.fetch_add(1, SeqCst);
            let start = Instant::now();
            while started.load(SeqCst) < 3 && !gave_up.load(SeqCst) {
                if start.elapsed() > Duration::from_millis(500) {
                    gave_up.store(true, SeqCst);
                }
                thread::yield_now();
            }
            busy.fetch_sub(1, SeqCst);
        });
        let most = most.load(SeqCst);
        assert_eq!(
            most, 3,
            "at most {most} of 3 workers ran a job at the same time; the target is 3. Does a worker still hold the queue's lock while it works?"
        );
    }

    #[test]
    fn every_job_runs_once() {
        let done = Mutex::new(Vec::new());
        run_jobs((1..=10).collect(), 3, |job: u32| {
            done.lock().unwrap().push(job)
        });
        let mut done = done.into_inner().unwrap();
        done.sort();
        assert_eq!(done, (1..=10).collect::<Vec<_>>());
    }
}
