// drop3: Fields go in order.
//
// When a struct is dropped, Rust first runs the struct's own `drop` (if it
// implements `Drop`), then drops its fields one by one. Locals go last
// declared first; fields follow a rule of their own.
//
// `App` owns three services, each a token that records its name when it is
// dropped. They must shut down as in drop2: the server first, then the
// database, and the logger last. The tests build an `App` themselves, with
// the fields listed in whatever order they like.
// Make the services shut down in that order. Do not change the tests.

use memkata_probe::{DropLog, DropToken};

struct App {
    _server: DropToken,
    _database: DropToken,
    _logger: DropToken,
    log: DropLog,
}

impl Drop for App {
    fn drop(&mut self) {
        // Runs BEFORE any field is dropped: every field is still usable here.
        self.log.record("app stopping");
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(log: &DropLog) -> App {
        // The order of the fields in a struct literal does not matter.
        App {
            _logger: log.token("logger"),
            _database: log.token("database"),
            _server: log.token("server"),
            log: log.clone(),
        }
    }

    #[test]
    fn fields_shut_down_in_order() {
        let log = DropLog::new();
        let app = start(&log);
        assert!(
            log.is_empty(),
            "nothing should be dropped while the app runs"
        );
        drop(app);
        let expected = ["app stopping", "server", "database", "logger"];
        assert_eq!(
            log.entries(),
            expected,
            "the drop order was {:?}, the expected order is {:?}",
            log.entries(),
            expected
        );
    }

    #[test]
    fn the_literal_order_plays_no_part() {
        let log = DropLog::new();
        drop(App {
            _server: log.token("server"),
            log: log.clone(),
            _logger: log.token("logger"),
            _database: log.token("database"),
        });
        assert_eq!(
            log.entries(),
            ["app stopping", "server", "database", "logger"],
            "the same App, built with its fields listed in another order, should shut down the same way"
        );
    }
}
