// efficient13: Sort without a scratch pad.
//
// `median` finds the middle value of a list of response times. It sorts
// them first with `sort`, which is a STABLE sort: elements that compare
// equal keep the order they had. std keeps that promise with the help of a
// scratch buffer: in today's std, for all but short slices, `sort` takes
// one from the heap, as big as the slice (or half of it, for very long
// ones).
//
// Response times are plain numbers: two equal ones cannot be told apart, so
// their order does not matter, and the median does not even need the whole
// slice in order. Find the median without asking the heap for anything: the
// caller lets you reorder its slice. The target is ZERO allocations.
// Do not change the tests.

/// The middle value of `times` once ordered (the upper one of the two
/// middle values for an even count). `times` may be reordered.
pub fn median(times: &mut [u32]) -> u32 {
    let middle = times.len() / 2;
    *times.select_nth_unstable(middle).1
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_scratch_buffer() {
        // 10 001 response times, scrambled: 0, 7919, 15838, ... modulo 10 007.
        let mut times: Vec<u32> = (0..10_001).map(|i| i * 7919 % 10_007).collect();
        let (middle, mem) = memkata_probe::measure(|| median(&mut times));
        assert_eq!(
            mem.allocations, 0,
            "finding the median of 10 001 times took {} allocations ({} bytes); \
             the target is 0 ({mem})",
            mem.allocations, mem.bytes_allocated
        );
        let below = times.iter().filter(|&&t| t < middle).count();
        assert_eq!(below, 5000, "{middle} is not the median");
    }

    #[test]
    fn small_lists() {
        assert_eq!(median(&mut [3, 1, 2]), 2);
        assert_eq!(median(&mut [5, 5, 1, 9]), 5);
        assert_eq!(median(&mut [40, 10, 30, 20]), 30);
        assert_eq!(median(&mut [7]), 7);
    }
}
