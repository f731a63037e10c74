// efficient2: Ask for the right size up front.
//
// `squares(n)` returns the first `n` square numbers. It starts from an empty
// Vec and pushes: every time the Vec is full it must get a bigger block,
// copy everything across and free the old one. For 1000 numbers that happens
// about ten times.
//
// The final length is known before the loop starts. Make the Vec big enough
// from the start (`Vec::with_capacity`), or build it with `collect()` from an
// iterator that knows its own length. The target is ONE allocation.
// Do not change the tests.

pub fn squares(n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    for i in 1..=n {
        out.push(i * i);
    }
    out
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_allocation_for_a_thousand_squares() {
        let (v, mem) = memkata_probe::measure(|| squares(1000));
        assert!(
            mem.allocations <= 1,
            "building 1000 squares took {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
        assert_eq!(v.len(), 1000);
        assert_eq!(v[..4], [1, 4, 9, 16]);
        assert_eq!(v[999], 1_000_000);
    }

    #[test]
    fn no_wasted_space() {
        let (v, mem) = memkata_probe::measure(|| squares(1000));
        assert_eq!(
            mem.peak_bytes, 8000,
            "the heap peaked at {} bytes; 1000 u64s need exactly 8000 ({mem})",
            mem.peak_bytes
        );
        assert_eq!(v.len(), 1000);
    }
}
