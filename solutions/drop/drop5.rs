// drop5: Free it now.
//
// Dropping a value frees its heap memory at that very moment. `process` loads
// a big raw buffer (1 MiB), keeps only its first 8 bytes (the header), and
// then builds a big report (another 1 MiB). The raw buffer is not needed while
// the report is built, so `process` drops it first: that keeps the peak memory
// near 1 MiB instead of 2 MiB.
//
// But it does not compile: `header` borrows from `raw`, and a value cannot be
// moved (into `drop`, or anywhere) while something still borrows it.
// Keep `drop(raw)` where it is, and make `header` a small copy that does not
// borrow from `raw`. Do not change the tests.

const SIZE: usize = 1 << 20;

fn load() -> Vec<u8> {
    (0..SIZE).map(|i| (i % 251) as u8).collect()
}

fn build_report(header: &[u8]) -> Vec<u8> {
    let mut report = Vec::with_capacity(SIZE);
    while report.len() < SIZE {
        report.extend_from_slice(header);
    }
    report
}

fn process() -> Vec<u8> {
    let raw = load();
    let header: [u8; 8] = raw[..8].try_into().expect("the raw data has a header");
    drop(raw); // free the raw data before building the report
    build_report(&header)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_repeats_the_header() {
        let report = process();
        assert_eq!(report.len(), SIZE);
        assert_eq!(&report[..10], &[0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
    }

    #[test]
    fn peak_stays_near_one_buffer() {
        let (report, mem) = memkata_probe::measure(process);
        drop(report);
        let target = (SIZE + SIZE / 10) as u64;
        assert!(
            mem.peak_bytes <= target,
            "process() peaked at {}; the target is at most {}: is `raw` freed before the report is built? ({mem})",
            memkata_probe::human_bytes(mem.peak_bytes),
            memkata_probe::human_bytes(target)
        );
    }
}
