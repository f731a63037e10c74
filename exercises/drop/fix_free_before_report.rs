// Quiz: which change to the lines between `// [fix]` and `// [/fix]` makes
// this program compile AND pass its tests? Read it, then answer in memkata.
//
// `process` needs only the first 8 bytes of a 1 MiB buffer to build a 1 MiB
// report. The buffer should be freed before the report is built, so that
// the peak memory stays near 1 MiB.

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
    // [fix]
    let header = &raw[..8];
    drop(raw);
    build_report(header)
    // [/fix]
}

fn main() {
    println!("{:?}", &process(1)[..10]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_repeats_the_header() {
        assert_eq!(&process(0)[..10], &[0, 1, 2, 3, 4, 5, 6, 7, 0, 1]);
        assert_eq!(&process(9)[..3], &[9, 10, 11]);
    }

    #[test]
    fn the_buffer_is_freed_first() {
        let (report, mem) = memkata_probe::measure(|| process(3));
        drop(report);
        assert!(
            mem.peak_bytes <= (SIZE + SIZE / 10) as u64,
            "the peak was {}: the 1 MiB buffer was still alive while the report was built",
            memkata_probe::human_bytes(mem.peak_bytes)
        );
    }
}
