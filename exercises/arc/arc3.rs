// arc3: The last owner takes it home.
//
// Worker threads write their reports into one shared log, an
// `Arc<Mutex<Vec<String>>>`: each worker owns a clone of the `Arc` and
// pushes through the lock. When every worker has been joined, their clones
// are gone, and `finish` holds the last `Arc`. Now the log should come back
// out as a plain `Vec<String>`, the very Vec the workers filled, without
// copying a single report.
//
// But `*log`, or calling a method that takes the `Mutex` by value, would move
// the value out of the `Arc`, and the compiler can't allow that: for all it
// knows, other owners still exist. Ask the `Arc` to give up its value: it
// can, once it is the last owner. Do not change the tests.

use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

// Waits for every worker, then returns the log they wrote.
pub fn finish(log: Arc<Mutex<Vec<String>>>, workers: Vec<JoinHandle<()>>) -> Vec<String> {
    for worker in workers {
        worker.join().unwrap();
    }
    log.into_inner().unwrap()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    // Starts one worker per report; each pushes its report into the log.
    fn start(reports: Vec<String>) -> (Arc<Mutex<Vec<String>>>, Vec<JoinHandle<()>>) {
        let log = Arc::new(Mutex::new(Vec::with_capacity(reports.len())));
        let workers = reports
            .into_iter()
            .map(|report| {
                let log = Arc::clone(&log);
                thread::spawn(move || log.lock().unwrap().push(report))
            })
            .collect();
        (log, workers)
    }

    #[test]
    fn the_log_comes_back_whole() {
        let reports: Vec<String> = (1..=4).map(|i| format!("worker {i}: ok")).collect();
        let texts: Vec<*const u8> = reports.iter().map(|r| r.as_ptr()).collect();
        let (log, workers) = start(reports);
        let buffer = log.lock().unwrap().as_ptr();
        let mut lines = finish(log, workers);
        assert_eq!(
            lines.as_ptr(),
            buffer,
            "this is not the Vec the workers filled: take the log itself out of the Arc and the Mutex"
        );
        for line in &lines {
            assert!(
                texts.contains(&line.as_ptr()),
                "`{line}` is a copy: the reports should be the very Strings the workers pushed"
            );
        }
        lines.sort();
        assert_eq!(
            lines,
            [
                "worker 1: ok",
                "worker 2: ok",
                "worker 3: ok",
                "worker 4: ok"
            ]
        );
    }

    #[test]
    fn no_workers_no_reports() {
        let (log, workers) = start(Vec::new());
        assert!(finish(log, workers).is_empty());
    }
}
