// efficient10: Give the table its size.
//
// `index_by_id` builds a HashMap from user id to the user's position in the
// slice. Like a Vec, a HashMap that starts empty has to grow as entries
// arrive, and every time it grows it allocates a bigger table and moves
// every entry into it (rehashing them all).
//
// The number of entries is known in advance: `users.len()`. Create the map
// with `HashMap::with_capacity` (or `reserve` before the loop, or build it
// with `collect()` from an iterator that knows its length). The target is
// ONE allocation. Do not change the tests.

use std::collections::HashMap;

pub struct User {
    pub id: u32,
    pub age: u8,
}

pub fn index_by_id(users: &[User]) -> HashMap<u32, usize> {
    let mut index = HashMap::new();
    for (pos, user) in users.iter().enumerate() {
        index.insert(user.id, pos);
    }
    index
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users() -> Vec<User> {
        (0..1000)
            .map(|i| User {
                id: 10_000 + i * 3,
                age: (18 + i % 60) as u8,
            })
            .collect()
    }

    #[test]
    fn one_table_for_a_thousand_users() {
        let users = users();
        let (index, mem) = memkata_probe::measure(|| index_by_id(&users));
        assert!(
            mem.allocations <= 1,
            "indexing 1000 users took {} allocations; the target is 1 ({mem})",
            mem.allocations
        );
        assert_eq!(index.len(), 1000);
        assert_eq!(users[index[&10_300]].age, 18 + 100 % 60);
    }

    #[test]
    fn unknown_ids_are_missing() {
        let index = index_by_id(&users());
        assert!(!index.contains_key(&10_001));
        assert_eq!(index.get(&10_000), Some(&0));
    }
}
