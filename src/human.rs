//! Quantities as people read them: bytes, seconds, counted nouns.

use std::time::Duration;

/// `96 B`, `1.1 KiB`, `3.0 MiB`.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// `10 s`, `0.25 s`.
pub fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.2} s")
    }
}

/// `1 test`, `3 tests`: `n` and the noun, plural when `n` is not 1.
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_a_person_wrote_it() {
        assert_eq!(bytes(96), "96 B");
        assert_eq!(bytes(1126), "1.1 KiB");
        assert_eq!(bytes(3 << 20), "3.0 MiB");
        assert_eq!(seconds(Duration::from_secs(10)), "10 s");
        assert_eq!(seconds(Duration::from_millis(250)), "0.25 s");
        assert_eq!(count(1u32, "test"), "1 test");
        assert_eq!(count(0u32, "warning"), "0 warnings");
    }
}
