// efficient9: Let the data flow through.
//
// `error_stats` counts the error lines of a log and adds up their lengths.
// It works in stages, and every stage stores its results in a new Vec
// before the next stage starts: all lines, then the error lines, then their
// lengths. Each of those Vecs lives on the heap, only to be read once.
//
// Nothing here needs to be looked at twice: each line can go through every
// stage on its own, and be forgotten. Let the lines flow through the stages
// one at a time, storing nothing. The test measures the heap's peak while
// it runs: the target is 0 bytes. Do not change the tests.

/// (number of lines starting with "ERROR", total bytes of those lines)
pub fn error_stats(log: &str) -> (usize, usize) {
    log.lines()
        .filter(|line| line.starts_with("ERROR"))
        .fold((0, 0), |(count, total), line| {
            (count + 1, total + line.len())
        })
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_log() -> String {
        let mut log = String::new();
        for i in 0..300 {
            let line = match i % 3 {
                0 => format!("INFO request {i} served\n"),
                1 => format!("DEBUG cache hit for key {i}\n"),
                _ => format!("ERROR disk {i} is full\n"),
            };
            log.push_str(&line);
        }
        log
    }

    #[test]
    fn no_heap_while_scanning() {
        let log = sample_log();
        let (stats, mem) = memkata_probe::measure(|| error_stats(&log));
        assert!(
            mem.peak_bytes == 0,
            "the heap peaked at {} bytes while scanning the log; the target is 0 ({mem})",
            mem.peak_bytes
        );
        assert_eq!(stats.0, 100);
        assert_eq!(stats.1, 2164);
    }

    #[test]
    fn small_logs() {
        assert_eq!(error_stats(""), (0, 0));
        assert_eq!(error_stats("ERROR x\nINFO y\nERROR zz"), (2, 15));
    }
}
