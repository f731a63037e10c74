// efficient13: Bulk operations, not byte by byte.
//
// `pad_to_block` copies a message and appends zero bytes until its length
// is a multiple of `block` (as block ciphers and disk sectors want). It does
// it one `push` at a time, so the Vec grows, and moves, again and again.
//
// The final length is known before copying anything:
// `data.len().next_multiple_of(block)`. Make the Vec that big up front,
// then use the bulk methods: `extend_from_slice` copies a whole slice at
// once, and `resize` fills up to a length with copies of a value.
// The target is ONE allocation. Do not change the tests.

pub fn pad_to_block(data: &[u8], block: usize) -> Vec<u8> {
    let len = data.len().next_multiple_of(block);
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(data);
    out.resize(len, 0);
    out
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_allocation_for_the_padded_copy() {
        let message: Vec<u8> = (0..1000).map(|i| (i % 251) as u8 + 1).collect();
        let (padded, mem) = memkata_probe::measure(|| pad_to_block(&message, 64));
        assert!(
            mem.allocations <= 1,
            "padding 1000 bytes took {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
        assert_eq!(padded.len(), 1024);
        assert_eq!(padded[..1000], message[..]);
        assert!(padded[1000..].iter().all(|&b| b == 0));
    }

    #[test]
    fn exact_fits_get_no_padding() {
        assert_eq!(pad_to_block(&[1, 2, 3, 4], 4), [1, 2, 3, 4]);
        assert_eq!(pad_to_block(&[7], 4), [7, 0, 0, 0]);
        assert!(pad_to_block(&[], 8).is_empty());
    }
}
