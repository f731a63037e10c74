// lifetimes7: Hand back a view into the argument.
//
// A sensor log is padded with zero readings at both ends. `active_part`
// should return the readings from the first non-zero one to the last, and
// `above` the active readings greater than a limit, lazily, as an iterator.
//
// Both functions first copy the input into a local Vec and then try to
// return a borrow of that copy. That can't work: the local Vec is dropped
// when the function returns, and the borrow would dangle. Yet the data the
// caller wants is already in the caller's own slice, which outlives the
// call.
//
// Make both functions hand back views of the caller's readings, with no
// copy at all: the tests check that neither allocates, with a log the
// caller owns. Do not change the signatures or the tests.

pub fn active_part(readings: &[u32]) -> &[u32] {
    let start = readings
        .iter()
        .position(|&r| r != 0)
        .unwrap_or(readings.len());
    let end = readings
        .iter()
        .rposition(|&r| r != 0)
        .map_or(start, |i| i + 1);
    &readings[start..end]
}

pub fn above(readings: &[u32], limit: u32) -> impl Iterator<Item = &u32> {
    active_part(readings).iter().filter(move |&&r| r > limit)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: [u32; 9] = [0, 0, 3, 0, 7, 5, 0, 0, 0];

    #[test]
    fn trims_the_padding() {
        let (part, mem) = memkata_probe::measure(|| active_part(&LOG));
        assert_eq!(part, &[3, 0, 7, 5]);
        assert_eq!(
            mem.allocations, 0,
            "active_part made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(active_part(&[0, 0]), &[] as &[u32]);
    }

    #[test]
    fn filters_lazily() {
        let (big, mem) = memkata_probe::measure(|| {
            let mut it = above(&LOG, 4);
            (it.next(), it.next(), it.next())
        });
        assert_eq!(big, (Some(&7), Some(&5), None));
        assert_eq!(
            mem.allocations, 0,
            "above made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn works_on_a_log_the_caller_owns() {
        let log: Vec<u32> = vec![0, 9, 0, 2, 0];
        let part = active_part(&log);
        assert_eq!(part, &[9, 0, 2]);
        assert_eq!(
            part.as_ptr(),
            log[1..].as_ptr(),
            "active_part returned a copy; it should point into the caller's log"
        );
        let big: Vec<&u32> = above(&log, 1).collect();
        assert_eq!(big, [&9, &2]);
        assert!(std::ptr::eq(big[0], &log[1]));
    }
}
