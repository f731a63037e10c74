// lru_cache: A small least-recently-used cache.
//
// An LRU cache holds at most `capacity` entries. When it is full and a new key
// arrives, it evicts the entry that was used least recently. Here the entries
// live in a `HashMap`, and a `VecDeque` of keys remembers the order of use:
// least recently used at the front, most recently used at the back.
//
// This capstone combines ownership (the cache owns its keys and values, and
// hands an evicted entry back to the caller by value), borrowing (`get` lends
// a value out of `&mut self`), and moving values between collections.
//
// Your tasks:
// 1. `get` does not compile: it holds a borrow into `self.map` while calling
//    `self.touch`, which needs all of `self` mutably. Reorder it.
// 2. `put` never evicts. When a NEW key arrives and the cache is full, remove
//    the least recently used entry and return it.
// Do not change the tests.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "a cache needs room for at least one entry");
        LruCache {
            capacity,
            map: HashMap::with_capacity(capacity),
            order: VecDeque::with_capacity(capacity),
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Marks `key` as the most recently used.
    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let key = self.order.remove(pos).expect("the position is in range");
            self.order.push_back(key);
        }
    }

    /// Looks `key` up and marks it as the most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let value = self.map.get(key)?;
        self.touch(key);
        Some(value)
    }

    /// Inserts or updates `key`. Returns the entry evicted to make room, if
    /// any.
    pub fn put(&mut self, key: K, value: V) -> Option<(K, V)> {
        if let Some(slot) = self.map.get_mut(&key) {
            *slot = value;
            self.touch(&key);
            return None;
        }
        // TODO: if the cache is full, evict the least recently used entry
        // (its key is at the front of `order`) and return it.
        self.order.push_back(key.clone());
        self.map.insert(key, value);
        None
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_and_updates() {
        let mut cache = LruCache::new(2);
        assert!(cache.is_empty());
        assert_eq!(cache.put("a", 1), None);
        assert_eq!(cache.put("a", 10), None, "updating a key evicts nothing");
        assert_eq!(cache.get(&"a"), Some(&10));
        assert_eq!(cache.get(&"zzz"), None);
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn evicts_the_least_recently_used() {
        let mut cache = LruCache::new(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        let evicted = cache.put("d", 4);
        assert_eq!(
            evicted,
            Some(("a", 1)),
            "with a, b, c put in that order, `a` is the oldest"
        );
        assert_eq!(
            cache.len(),
            3,
            "a cache of capacity 3 holds {} entries",
            cache.len()
        );
    }

    #[test]
    fn get_counts_as_a_use() {
        let mut cache = LruCache::new(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        cache.get(&"a");
        assert_eq!(
            cache.put("d", 4),
            Some(("b", 2)),
            "`a` was just read, so `b` is the oldest"
        );
        cache.put("c", 30);
        assert_eq!(
            cache.put("e", 5),
            Some(("a", 1)),
            "`c` was just updated, so `a` is the oldest"
        );
        assert_eq!(cache.get(&"c"), Some(&30));
    }

    #[test]
    fn evicted_values_are_handed_back() {
        let mut cache = LruCache::new(1);
        cache.put(1, String::from("one"));
        let (key, value) = cache
            .put(2, String::from("two"))
            .expect("a cache with room for one must evict key 1 to store key 2");
        assert_eq!((key, value.as_str()), (1, "one"));
    }
}
