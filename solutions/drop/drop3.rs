// drop3: Fields go in order.
//
// When a struct is dropped, Rust first runs the struct's own `drop` (if it
// implements `Drop`), then drops its fields one by one in the order they are
// DECLARED in the struct definition: top to bottom. (Not the reverse, as with
// local variables.)
//
// `App` owns three services, each a token that records its name when dropped.
// They must shut down as in drop2: the server first, then the database, and
// the logger last. Reorder the FIELDS of `App` so that they do. Leave
// `App::start` and the tests as they are: the order of the fields in a struct
// literal does not matter for dropping, only the struct definition does.

use memkata_probe::{DropLog, DropToken};

struct App {
    server: DropToken,
    database: DropToken,
    logger: DropToken,
    log: DropLog,
}

impl App {
    fn start(log: &DropLog) -> App {
        App {
            logger: log.token("logger"),
            database: log.token("database"),
            server: log.token("server"),
            log: log.clone(),
        }
    }

    fn services(&self) -> [&str; 3] {
        [self.server.name(), self.database.name(), self.logger.name()]
    }
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

    #[test]
    fn fields_shut_down_in_order() {
        let log = DropLog::new();
        let app = App::start(&log);
        assert_eq!(app.services(), ["server", "database", "logger"]);
        assert!(
            log.is_empty(),
            "nothing should be dropped while the app runs"
        );
        drop(app);
        let expected = ["app stopping", "server", "database", "logger"];
        assert_eq!(
            log.entries(),
            expected,
            "the drop order was {:?}, the expected order is {:?}; fields are dropped in the order they are declared",
            log.entries(),
            expected
        );
    }
}
