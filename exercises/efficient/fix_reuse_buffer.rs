// Quiz: read this program, then answer in memkata.
//
// `checksum` writes each record as a line of text and adds up the bytes of
// every line. The test counts the heap allocations with memkata_probe: the
// lines should all be written into one buffer.

use std::fmt::Write;

fn checksum(records: &[(u32, &str)]) -> usize {
    let mut total = 0;
    // [fix]
    for (id, name) in records {
        let line = format!("{id}: {name}\n");
        total += line.bytes().map(usize::from).sum::<usize>();
    }
    // [/fix]
    total
}

fn main() {
    println!("{}", checksum(&[(1, "ann"), (2, "bob")]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_buffer_for_every_line() {
        let names: Vec<String> = (0..100).map(|i| format!("user-{i}")).collect();
        let records: Vec<(u32, &str)> = names
            .iter()
            .enumerate()
            .map(|(i, name)| (i as u32, name.as_str()))
            .collect();
        let expected: usize = records
            .iter()
            .map(|(id, name)| {
                format!("{id}: {name}\n")
                    .bytes()
                    .map(usize::from)
                    .sum::<usize>()
            })
            .sum();
        let (sum, mem) = memkata_probe::measure(|| checksum(&records));
        assert_eq!(sum, expected, "the checksum is wrong");
        assert!(
            mem.allocations <= 1,
            "100 lines took {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
    }
}
