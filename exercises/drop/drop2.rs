// drop2: Last in, first out.
//
// Locals are dropped when their scope ends. Rust picks the order for you,
// and it is not arbitrary: a value declared later may depend on one declared
// earlier, so the earlier one must outlive it.
//
// `run_server` starts three services, then serves. Each service is a token
// that records its name in the log when it is dropped: that is when the
// service shuts down. The shutdown must go: first the server (it uses the
// database), then the database, and last the logger (everyone logs their
// shutdown to it).
// Make the services shut down in that order, just by letting the end of
// `run_server` drop them. Do not change the tests.

use memkata_probe::DropLog;

fn run_server(log: &DropLog, serve: impl FnOnce()) {
    let _server = log.token("server");
    let _database = log.token("database");
    let _logger = log.token("logger");
    serve();
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuts_down_in_order() {
        let log = DropLog::new();
        run_server(&log, || log.record("serving requests"));
        let expected = ["serving requests", "server", "database", "logger"];
        assert_eq!(
            log.entries(),
            expected,
            "the drop order was {:?}, the expected order is {:?}; the local declared LAST is dropped FIRST",
            log.entries(),
            expected
        );
    }
}
