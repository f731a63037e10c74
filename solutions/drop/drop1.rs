// drop1: Say goodbye.
//
// When a value goes out of scope, Rust runs its destructor: the `drop` method
// of the `Drop` trait, if the type implements it. That is where a type gives
// back what it holds (memory, a file, a network connection...).
//
// `Connection` below already has an `impl Drop`, but its `drop` method does
// nothing yet. Make it record "closed <name>" in its log, for example
// "closed db" for a connection named "db". `DropLog::record` appends an entry.
// Do not change the tests.

struct Connection {
    name: String,
    log: memkata_probe::DropLog,
}

impl Connection {
    fn open(name: &str, log: &memkata_probe::DropLog) -> Connection {
        log.record(format!("opened {name}"));
        Connection {
            name: name.to_string(),
            log: log.clone(),
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.log.record(format!("closed {}", self.name));
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_at_end_of_scope() {
        let log = memkata_probe::DropLog::new();
        {
            let _conn = Connection::open("db", &log);
            assert_eq!(log.entries(), ["opened db"]);
        } // `_conn` goes out of scope here, so its `drop` runs.
        assert_eq!(
            log.entries(),
            ["opened db", "closed db"],
            "when `_conn` goes out of scope, its `drop` should record \"closed db\"; the log shows {:?}",
            log.entries()
        );
    }

    #[test]
    fn each_connection_closes_once() {
        let log = memkata_probe::DropLog::new();
        let a = Connection::open("a", &log);
        let b = Connection::open("b", &log);
        drop(a);
        drop(b);
        assert_eq!(
            log.entries(),
            ["opened a", "opened b", "closed a", "closed b"],
            "every connection should record its own close, exactly once; the log shows {:?}",
            log.entries()
        );
    }
}
