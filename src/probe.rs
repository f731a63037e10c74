//! The memory probe as memkata sees it: the embedded `memkata_probe` crate,
//! and the figures its measurements report back.

use serde::{Deserialize, Serialize};

use crate::human::bytes;

/// The probe crate's source, as embedded in this binary. Exercises are built
/// against this copy, never the workspace's, so figures can be trusted.
pub fn source() -> &'static [u8] {
    crate::course::file("probe/src/lib.rs").unwrap_or(b"")
}

/// The environment variable the probe reads (`memkata_probe::REPORT_ENV`).
pub const REPORT_ENV: &str = "MEMKATA_PROBE_REPORT";

/// What one `measure` call recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    /// The test that measured (`greet`, or `greet#2` for its second measurement).
    pub label: String,
    pub allocations: u64,
    pub bytes_allocated: u64,
    pub peak_bytes: u64,
    pub live_bytes: u64,
}

/// Reads the lines the probe appended: `label\tallocs\tbytes\tpeak\tlive`.
pub fn parse_report(text: &str) -> Vec<Measurement> {
    let mut all: Vec<Measurement> = text
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let label = parts.next()?.to_string();
            let mut num = || parts.next()?.trim().parse::<u64>().ok();
            Some(Measurement {
                label,
                allocations: num()?,
                bytes_allocated: num()?,
                peak_bytes: num()?,
                live_bytes: num()?,
            })
        })
        .collect();
    all.sort_by(|a, b| a.label.cmp(&b.label));
    all
}

/// Which figures a line shows: allocations and bytes always; peak and live
/// bytes only where they say something.
#[derive(Clone, Copy)]
struct Shown {
    peak: bool,
    live: bool,
}

fn describe(m: &Measurement, shown: Shown) -> String {
    let plural = if m.allocations == 1 { "" } else { "s" };
    let mut text = format!(
        "{} allocation{plural}, {}",
        m.allocations,
        bytes(m.bytes_allocated)
    );
    if shown.peak {
        text.push_str(&format!(", peak {}", bytes(m.peak_bytes)));
    }
    if shown.live {
        text.push_str(&format!(", {} live", bytes(m.live_bytes)));
    }
    text
}

/// One line per measurement, beside the reference solution's figures:
/// `greet: 12 allocations, 1.1 KiB (reference: 1 allocation, 96 B)`.
pub fn report_lines(mine: &[Measurement], reference: Option<&[Measurement]>) -> Vec<String> {
    mine.iter()
        .map(|m| {
            let theirs = reference.and_then(|r| r.iter().find(|x| x.label == m.label));
            let both = || std::iter::once(m).chain(theirs);
            let shown = Shown {
                peak: both().any(|x| x.peak_bytes != x.bytes_allocated),
                live: both().any(|x| x.live_bytes > 0),
            };
            match theirs {
                Some(t) => format!(
                    "{}: {} (reference: {})",
                    m.label,
                    describe(m, shown),
                    describe(t, shown)
                ),
                None => format!("{}: {}", m.label, describe(m, shown)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_describes() {
        let mine = parse_report("greet\t12\t1126\t1126\t0\nbad line\n");
        let theirs = parse_report("greet\t1\t96\t96\t0\n");
        assert_eq!(
            report_lines(&mine, Some(&theirs)),
            ["greet: 12 allocations, 1.1 KiB (reference: 1 allocation, 96 B)"]
        );
    }

    #[test]
    fn leaks_are_shown() {
        let mine = parse_report("cycle\t2\t96\t96\t96\n");
        let theirs = parse_report("cycle\t2\t96\t96\t0\n");
        assert_eq!(
            report_lines(&mine, Some(&theirs)),
            ["cycle: 2 allocations, 96 B, 96 B live (reference: 2 allocations, 96 B, 0 B live)"]
        );
    }
}
