// Quiz: which change to the marked region makes this program compile and
// pass its tests? Answer in memkata.
//
// `transfer` moves points from one player's score to another's, so it needs
// two scores of the same slice mutably at once.

/// Two different scores of `scores`, both mutably.
/// Panics if `i == j` or if either is out of range.
pub fn pair_mut(
    scores: &mut [u32],
    i: usize,
    j: usize,
) -> (&mut u32, &mut u32) {
    // [fix]
    (&mut scores[i], &mut scores[j])
    // [/fix]
}

pub fn transfer(scores: &mut [u32], from: usize, to: usize, points: u32) {
    let (giver, taker) = pair_mut(scores, from, to);
    *giver -= points;
    *taker += points;
}

fn main() {
    let mut scores = [10, 20, 30];
    transfer(&mut scores, 2, 0, 5);
    println!("{scores:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfers_either_way() {
        let mut scores = [10, 20, 30];
        transfer(&mut scores, 0, 2, 5);
        assert_eq!(scores, [5, 20, 35]);
        transfer(&mut scores, 1, 0, 20);
        assert_eq!(scores, [25, 0, 35]);
    }

    #[test]
    fn both_point_into_the_slice() {
        let mut scores = [1, 2, 3, 4];
        let start = scores.as_ptr();
        let (a, b) = pair_mut(&mut scores, 3, 1);
        assert_eq!(a as *const u32, start.wrapping_add(3));
        assert_eq!(b as *const u32, start.wrapping_add(1));
    }

    #[test]
    #[should_panic]
    fn refuses_the_same_index_twice() {
        pair_mut(&mut [1, 2, 3], 1, 1);
    }

    #[test]
    #[should_panic]
    fn refuses_an_index_out_of_range() {
        pair_mut(&mut [1, 2, 3], 0, 3);
    }
}
