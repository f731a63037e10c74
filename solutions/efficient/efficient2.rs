// efficient2: Ask for the right size up front.
//
// `squares(n)` returns the first `n` square numbers. It starts from an empty
// Vec and pushes: every time the Vec is full, it must ask for a bigger
// block, which usually means copying everything across and freeing the old
// one, again and again as it grows.
//
// How many numbers the Vec will hold is known before the loop starts. Let
// the Vec know it too, so that it gets exactly the block it needs, once.
// The target is ONE allocation of exactly 1000 numbers. Do not change the
// tests.

pub fn squares(n: u64) -> Vec<u64> {
    let mut out = Vec::with_capacity(n as usize);
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
