// Quiz: which change makes this compile and pass its tests?
//
// A `Closer` logs `closed <name>` when it is dropped. `run` makes one for a
// name built at run time, uses it, and lets it be dropped at the end.
// As written, `run` does not compile: `name` does not live long enough.
// (Without the `Drop` impl it would compile, but then nothing is logged.)

use std::cell::RefCell;

struct Closer<'a> {
    name: &'a str,
    log: &'a RefCell<Vec<String>>,
}

impl Drop for Closer<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("closed {}", self.name));
    }
}

fn run(log: &RefCell<Vec<String>>, id: u32) {
    // [fix]
    let closer;
    let name = format!("db{id}");
    closer = Closer { name: &name, log };
    log.borrow_mut().push(format!("using {}", closer.name));
    // [/fix]
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_use_then_close() {
        let log = RefCell::new(Vec::new());
        run(&log, 1);
        run(&log, 2);
        let expected =
            ["using db1", "closed db1", "using db2", "closed db2"];
        assert_eq!(*log.borrow(), expected);
    }

    #[test]
    fn frees_everything_it_made() {
        let (_, mem) = memkata_probe::measure(|| {
            let log = RefCell::new(Vec::new());
            run(&log, 7);
        });
        assert_eq!(mem.live_bytes, 0, "run leaked memory ({mem})");
    }
}
