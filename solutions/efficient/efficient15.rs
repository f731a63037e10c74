// efficient15: Look before you copy the key.
//
// `tally` counts how often each word occurs. `entry` is the usual tool for
// this, but it needs an OWNED key before it can even look: `w.to_string()`
// runs for every word, including the 990 that are already in the map, whose
// fresh String is thrown away straight after.
//
// A key needs to be owned only when it goes INTO the map. Look a word up
// without owning it, and make an owned copy only for a word the map has not
// seen yet. The target is one allocation per DISTINCT word, plus what the
// table itself needs as it grows. Do not change the tests.

use std::collections::HashMap;

pub fn tally(words: &[&str]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for &w in words {
        if let Some(n) = counts.get_mut(w) {
            *n += 1;
        } else {
            counts.insert(w.to_string(), 1);
        }
    }
    counts
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLOURS: [&str; 10] = [
        "red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "orange", "violet",
    ];

    #[test]
    fn one_key_per_distinct_word() {
        // What a map of the 10 colours costs: 10 keys and the table's growth.
        let ((), table) = memkata_probe::measure(|| {
            let mut map = HashMap::new();
            for colour in COLOURS {
                map.insert(colour.to_string(), 0usize);
            }
        });
        let words: Vec<&str> = (0..1000).map(|i| COLOURS[i * 7 % 10]).collect();
        let (counts, mem) = memkata_probe::measure(|| tally(&words));
        assert!(
            mem.allocations <= table.allocations,
            "counting 1000 words (10 distinct) took {} allocations; the target is \
             at most {}: 10 keys and the table ({mem})",
            mem.allocations,
            table.allocations
        );
        let counts: HashMap<String, usize> = counts;
        assert_eq!(counts.len(), 10);
        assert!(counts.values().all(|&n| n == 100));
    }

    #[test]
    fn counts_are_right() {
        let counts = tally(&["to", "be", "or", "not", "to", "be"]);
        assert_eq!(counts["to"], 2);
        assert_eq!(counts["not"], 1);
        assert_eq!(counts.len(), 4);
    }
}
