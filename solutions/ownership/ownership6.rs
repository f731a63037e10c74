// ownership6: The loop that eats the list.
//
// `for item in items` takes the Vec by value: the loop becomes the owner of
// `items` and hands out each String by value, one per turn. When the loop
// ends, the Vec is gone. That is exactly right for the second loop here,
// which moves every String into one of two new lists. But the first loop
// only needs to LOOK at the items, and it already eats the Vec, so the
// second loop has nothing left to walk over.
//
// Make the first loop borrow the Vec instead (`for item in &items`), so that
// each `item` is a `&String`. Keep the second loop as it is: the tests check
// that the Strings are moved into the new lists, not copied.
// Do not change the tests.

pub struct Sorted {
    pub letters: usize,
    pub short: Vec<String>,
    pub long: Vec<String>,
}

pub fn sort_by_length(items: Vec<String>, limit: usize) -> Sorted {
    let mut letters = 0;
    for item in &items {
        letters += item.len();
    }

    let mut short = Vec::new();
    let mut long = Vec::new();
    for item in items {
        if item.len() > limit {
            long.push(item);
        } else {
            short.push(item);
        }
    }
    Sorted {
        letters,
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

    fn groceries() -> Vec<String> {
        ["milk", "watermelon", "eggs", "blueberries"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn counts_and_sorts() {
        let sorted = sort_by_length(groceries(), 5);
        assert_eq!(sorted.letters, 29);
        assert_eq!(sorted.short, ["milk", "eggs"]);
        assert_eq!(sorted.long, ["watermelon", "blueberries"]);
    }

    #[test]
    fn the_strings_are_moved_not_copied() {
        let items = groceries();
        // Where the text of "watermelon" lives on the heap.
        let watermelon_at = items[1].as_ptr();
        let sorted = sort_by_length(items, 5);
        assert!(
            std::ptr::eq(sorted.long[0].as_ptr(), watermelon_at),
            "\"watermelon\" in the long list is a copy: the second loop should move each String, not clone it"
        );
    }
}
