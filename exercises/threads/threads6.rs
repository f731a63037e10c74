// threads6: Many readers, one writer.
//
// `Settings` is read all the time, by many threads, and changed rarely. It
// is kept in a `Mutex`, so only one thread at a time can get in, even when
// every one of them only wants to read: readers wait in line for nothing.
// `try_read` is for a thread that must never wait: it reads only if it can
// get in right away.
//
// Reading is shared (`&`) access, and any number of `&` may exist at once;
// only writing needs to be exclusive. Keep the settings behind a lock that
// knows the difference, so that readers never shut each other out, while a
// writer still gets the settings to itself. The test lets one thread read
// while another one tries to. Do not change the tests.

use std::collections::HashMap;
use std::sync::Mutex;

struct Settings {
    values: Mutex<HashMap<String, String>>,
}

impl Settings {
    fn new() -> Settings {
        Settings {
            values: Mutex::new(HashMap::new()),
        }
    }

    fn set(&self, key: &str, value: &str) {
        self.values
            .lock()
            .unwrap()
            .insert(key.to_string(), value.to_string());
    }

    // Calls `f` with a view of the settings, waiting if need be.
    fn read<R>(&self, f: impl FnOnce(&HashMap<String, String>) -> R) -> R {
        let values = self.values.lock().unwrap();
        f(&values)
    }

    // Calls `f` with a view of the settings if that is possible right away;
    // `None` if it would have to wait.
    fn try_read<R>(&self, f: impl FnOnce(&HashMap<String, String>) -> R) -> Option<R> {
        let values = self.values.try_lock().ok()?;
        Some(f(&values))
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::thread;

    fn dark() -> Settings {
        let settings = Settings::new();
        settings.set("theme", "light");
        settings.set("theme", "dark");
        settings
    }

    #[test]
    fn readers_see_the_last_write() {
        let settings = dark();
        assert_eq!(settings.read(|values| values["theme"].clone()), "dark");
        assert_eq!(settings.try_read(|values| values.len()), Some(1));
    }

    #[test]
    fn a_reader_does_not_shut_out_another() {
        let settings = dark();
        // While this thread reads, a second thread tries to read too.
        let other = settings.read(|_| {
            thread::scope(|s| {
                let second = s.spawn(|| settings.try_read(|values| values["theme"].clone()));
                second.join().unwrap()
            })
        });
        assert_eq!(
            other.as_deref(),
            Some("dark"),
            "a second reader could not get in while the first one was reading"
        );
    }

    #[test]
    fn reading_copies_nothing() {
        let settings = dark();
        let (len, mem) = memkata_probe::measure(|| settings.read(|values| values.len()));
        assert_eq!(len, 1);
        assert_eq!(
            mem.allocations, 0,
            "reading the settings made {} allocations: does `read` copy them? ({mem})",
            mem.allocations
        );
    }
}
