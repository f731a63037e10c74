// drop2: Last in, first out.
//
// Locals are dropped when their scope ends, in the REVERSE order of their
// declaration: the last one declared is the first one dropped. That is on
// purpose: a later value may depend on an earlier one, so the earlier one must
// outlive it.
//
// `run_server` starts three services. Each is a token that records its name in
// the log when it is dropped, which is when that service shuts down.
// The shutdown must go: first the server (it uses the database), then the
// database, and last the logger (everyone logs their shutdown to it).
// Reorder the declarations in `run_server` so that the services shut down in
// that order. Do not change the tests.

use memkata_probe::DropLog;

fn run_server(log: &DropLog) {
    let _server = log.token("server");
    let _database = log.token("database");
    let _logger = log.token("logger");
    log.record("serving requests");
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
        run_server(&log);
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
