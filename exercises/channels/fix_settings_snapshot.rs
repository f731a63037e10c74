// Quiz: read this program, then answer in memkata.
//
// `Live` holds the current settings for every thread of a server: readers
// call `current`, and `update` swaps new settings in. A reader may keep what
// `current` returns for a long while, and `update` must never have to wait
// for it. The marked lines do not compile yet.

use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Clone)]
struct Settings {
    theme: String,
}

struct Live {
    settings: Mutex<Arc<Settings>>,
}

impl Live {
    fn update(&self, settings: Settings) {
        *self.settings.lock().unwrap() = Arc::new(settings);
    }

    // [fix]
    fn current(&self) -> &Settings {
        &self.settings.lock().unwrap()
    }
    // [/fix]
}

fn main() {
    let live = Live {
        settings: Mutex::new(Arc::new(Settings {
            theme: String::from("dark"),
        })),
    };
    println!("{}", live.current().theme);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_never_block_an_update() {
        let live = Live {
            settings: Mutex::new(Arc::new(Settings {
                theme: String::from("dark"),
            })),
        };
        let (seen, mem) = memkata_probe::measure(|| live.current());
        assert_eq!(seen.theme, "dark");
        assert!(
            live.settings.try_lock().is_ok(),
            "the reader still holds the lock: `update` would wait for it"
        );
        assert_eq!(
            mem.allocations, 0,
            "reading the settings copied them ({mem})"
        );
        live.update(Settings {
            theme: String::from("light"),
        });
        assert_eq!(seen.theme, "dark", "the reader's snapshot changed");
        assert_eq!(live.current().theme, "light");
    }
}
