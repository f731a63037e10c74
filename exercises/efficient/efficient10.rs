// efficient10: Tidy up in place.
//
// `Sessions` remembers when each logged-in user was last seen. `expire`
// forgets the users who have been idle too long. It does so by building a
// brand-new map of the users it keeps, copying every kept name into a new
// String on the way, and then dropping the old map: the whole table is
// rebuilt just to remove some of its entries.
//
// The entries to keep are already in the map, and a map can forget an
// entry without disturbing the others. Remove the idle users from the map
// you have, and leave everyone else where they are. The target is ZERO
// allocations, and the kept names must be the very same Strings.
// Do not change the tests.

use std::collections::HashMap;

#[derive(Default)]
pub struct Sessions {
    last_seen: HashMap<String, u64>,
}

impl Sessions {
    pub fn seen(&mut self, user: &str, now: u64) {
        self.last_seen.insert(user.to_string(), now);
    }

    pub fn is_active(&self, user: &str) -> bool {
        self.last_seen.contains_key(user)
    }

    /// Forgets every user not seen since `now - max_idle`; returns how many
    /// users are left.
    pub fn expire(&mut self, now: u64, max_idle: u64) -> usize {
        let mut kept = HashMap::new();
        for (user, &time) in &self.last_seen {
            if now - time <= max_idle {
                kept.insert(user.clone(), time);
            }
        }
        self.last_seen = kept;
        self.last_seen.len()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn busy_day() -> Sessions {
        let mut sessions = Sessions::default();
        for i in 0..1000 {
            // user-0 was seen at time 0, user-999 at time 999.
            sessions.seen(&format!("user-{i}"), i);
        }
        sessions
    }

    #[test]
    fn expiring_allocates_nothing() {
        let mut sessions = busy_day();
        let name = |s: &Sessions, user: &str| s.last_seen.get_key_value(user).unwrap().0.as_ptr();
        let before = name(&sessions, "user-900");
        let (left, mem) = memkata_probe::measure(|| sessions.expire(1000, 200));
        assert_eq!(
            mem.allocations, 0,
            "expiring 800 of 1000 sessions took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(left, 200);
        assert!(
            std::ptr::eq(name(&sessions, "user-900"), before),
            "the users who stay were copied"
        );
    }

    #[test]
    fn only_idle_users_go() {
        let mut sessions = busy_day();
        assert_eq!(sessions.expire(1000, 1000), 1000);
        assert_eq!(sessions.expire(1500, 100), 0);
        let mut sessions = busy_day();
        sessions.seen("user-3", 990);
        assert_eq!(sessions.expire(1000, 10), 11);
        assert!(sessions.is_active("user-3"));
        assert!(sessions.is_active("user-999"));
        assert!(!sessions.is_active("user-4"));
    }
}
