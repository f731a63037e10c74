// threads6: Many readers, one writer.
//
// `Settings` is read all the time by many threads and changed rarely. It is
// kept in a `Mutex`, so only one thread at a time can hold it, even when all
// of them only want to read. Readers wait in line for nothing.
//
// `RwLock` (reader-writer lock) knows the difference: `read()` returns a
// shared guard, and any number of threads may hold one at the same time;
// `write()` returns an exclusive guard, which waits until nobody is reading.
// It is the same "many `&` or one `&mut`" rule, enforced while threads run.
// The test lets three readers in at once and counts how many of them are
// reading at the same time. Switch `Settings` to an `RwLock`, using `read()`
// in `read` and `write()` in `set`. Do not change the tests.

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

    // Calls `f` with a view of the settings; readers should not block each other.
    fn read<R>(&self, f: impl FnOnce(&HashMap<String, String>) -> R) -> R {
        let values = self.values.lock().unwrap();
        f(&values)
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
    use std::thread;
    use std::time::{Duration, Instant};

    // Starts `readers` threads that all call `settings.read` at once. Inside,
    // each waits (at most 500 ms) until every reader has arrived. Returns the
    // largest number of readers that were inside at the same time.
    fn readers_at_once(settings: &Settings, readers: usize) -> usize {
        let inside = AtomicUsize::new(0);
        let arrived = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let gave_up = AtomicBool::new(false);
        thread::scope(|s| {
            for _ in 0..readers {
                s.spawn(|| {
                    settings.read(|values| {
                        assert_eq!(values["theme"], "dark");
                        most.fetch_max(inside.fetch_add(1, SeqCst) + 1, SeqCst);
                        arrived.fetch_add(1, SeqCst);
                        let start = Instant::now();
                        while arrived.load(SeqCst) < readers && !gave_up.load(SeqCst) {
                            if start.elapsed() > Duration::from_millis(500) {
                                gave_up.store(true, SeqCst);
                            }
                            thread::yield_now();
                        }
                        inside.fetch_sub(1, SeqCst);
                    })
                });
            }
        });
        most.load(SeqCst)
    }

    #[test]
    fn readers_read_together() {
        let settings = Settings::new();
        settings.set("theme", "dark");
        let most = readers_at_once(&settings, 3);
        assert_eq!(
            most, 3,
            "at most {most} of 3 readers could read at the same time; the target is 3 (with a lock that lets many readers in)"
        );
    }

    #[test]
    fn writes_are_seen_by_readers() {
        let settings = Settings::new();
        settings.set("theme", "light");
        settings.set("theme", "dark");
        let theme = settings.read(|values| values["theme"].clone());
        assert_eq!(theme, "dark");
    }
}
