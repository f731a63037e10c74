// ownership6: The loop that eats the list.
//
// `for item in items` takes the Vec by value: the loop becomes the owner of
// `items` and hands out each String by value, one per turn. When the loop
// ends, the Vec is gone. That is exactly right for the second loop here,
// which moves every String into one of two new lists. But the first loop
// only needs to LOOK at the items to add up their lengths, and it already
// eats the Vec: nothing is left to count, or to sort.
//
// Make the first loop leave the Vec with its owner, so that the rest of the
// function still has the list. Don't copy the list or its Strings, and keep
// the second loop as it is: the tests check that the Strings are moved into
// the new lists, not copied.
// Do not change the tests.

pub struct Sorted {
    pub average: usize,
    pub short: Vec<String>,
    pub long: Vec<String>,
}

/// Splits the items into those up to the average length, and longer ones.
pub fn split_at_average(items: Vec<String>) -> Sorted {
    let mut letters = 0;
    for item in items {
        letters += item.len();
    }
    let average = letters / items.len().max(1);

    let mut short = Vec::new();
    let mut long = Vec::new();
    for item in items {
        if item.len() > average {
            long.push(item);
        } else {
            short.push(item);
        }
    }
    Sorted {
        average,
        short,
        long,
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| String::from(*s)).collect()
    }

    #[test]
    fn splits_at_the_average_length() {
        let sorted = split_at_average(list(&["milk", "watermelon", "eggs", "blueberries"]));
        assert_eq!(sorted.average, 7);
        assert_eq!(sorted.short, ["milk", "eggs"]);
        assert_eq!(sorted.long, ["watermelon", "blueberries"]);

        let sorted = split_at_average(list(&["tea", "jam", "bread", "honey", "oats"]));
        assert_eq!(sorted.average, 4);
        assert_eq!(sorted.short, ["tea", "jam", "oats"]);
        assert_eq!(sorted.long, ["bread", "honey"]);
    }

    #[test]
    fn the_strings_are_moved_not_copied() {
        let items = list(&["milk", "watermelon", "eggs", "blueberries"]);
        // Where the text of each item lives on the heap.
        let text_at: Vec<_> = items.iter().map(|s| s.as_ptr()).collect();
        let sorted = split_at_average(items);
        let moved = std::ptr::eq(sorted.short[0].as_ptr(), text_at[0])
            && std::ptr::eq(sorted.long[0].as_ptr(), text_at[1])
            && std::ptr::eq(sorted.short[1].as_ptr(), text_at[2])
            && std::ptr::eq(sorted.long[1].as_ptr(), text_at[3]);
        assert!(
            moved,
            "a String in the new lists is a copy: the second loop should move each String, not \
            clone it"
        );
    }
}
