// drop5: Free it now.
//
// Dropping a value frees its heap memory at that very moment. `process`
// loads a big raw buffer (1 MiB), keeps only its first 8 bytes (the header),
// and then builds a big report (another 1 MiB) from the header. The raw
// buffer is not needed while the report is built, so `process` drops it
// first: that keeps the peak memory near 1 MiB instead of 2 MiB.
//
// But it does not compile.
// Make it compile while the raw buffer is still freed before the report is
// built. Do not change `load`, `build_report` or the tests.

const SIZE: usize = 1 << 20;

fn load(seed: u8) -> Vec<u8> {
    (0..SIZE)
        .map(|i| ((i + seed as usize) % 251) as u8)
        .collect()
}

fn build_report(header: &[u8]) -> Vec<u8> {
    let mut report = Vec::with_capacity(SIZE);
    while report.len() < SIZE {
        report.extend_from_slice(header);
    }
    report
}

fn process(seed: u8) -> Vec<u8> {
    let raw = load(seed);
    let header = &raw[..8];
    drop(raw); // free the raw data before building the report
    build_report(header)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_repeats_the_header() {
        let report = process(0);
        assert_eq!(report.len(), SIZE);
        assert_eq!(&report[..10], &[0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
        let report = process(100);
        assert_eq!(
            &report[..10],
            &[100, 101, 102, 103, 104, 105, 106, 107, 100, 101],
            "the header must come from the raw data"
        );
    }

    #[test]
    fn peak_stays_near_one_buffer() {
        let (report, mem) = memkata_probe::measure(|| process(3));
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
