//! The memory probe as learners meet it: built into their programs by the
//! engine, exact under the parallel test harness, and reported by `run`
//! beside the reference solution's figures.

mod common;

use common::Workspace;

/// Many tests in one binary, run in parallel threads by the harness, each
/// asserting exact figures.
const PARALLEL: &str = r#"// Exact counts under the parallel harness.
fn main() {}

fn boxes(n: usize) -> Vec<Box<u64>> {
    (0..n as u64).map(Box::new).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(n: usize) {
        for _ in 0..50 {
            let (v, mem) = memkata_probe::measure(|| boxes(n));
            assert_eq!(v.len(), n);
            // One allocation for the Vec (its exact size is known), one per box.
            assert_eq!(mem.allocations, n as u64 + 1, "{mem}");
            assert_eq!(mem.bytes_allocated, 16 * n as u64, "{mem}");
            assert_eq!(mem.live_bytes, 16 * n as u64, "{mem}");
        }
    }

    #[test]
    fn three() { check(3) }
    #[test]
    fn five() { check(5) }
    #[test]
    fn eight() { check(8) }
    #[test]
    fn thirteen() { check(13) }

    #[test]
    fn std_allocations_count() {
        let (s, mem) = memkata_probe::measure(|| format!("{}-{}", 12345, "abc"));
        assert_eq!(s, "12345-abc");
        assert_eq!(mem.allocations, 1, "{mem}");
    }

    #[test]
    fn nothing_outside() {
        let before = vec![1u8; 100];
        let ((), mem) = memkata_probe::measure(|| ());
        drop(before);
        assert_eq!(mem.allocations, 0);
        assert_eq!(mem.live_bytes, 0);
    }

    #[test]
    fn leaks_show() {
        use std::cell::RefCell;
        use std::rc::Rc;
        struct Node {
            other: RefCell<Option<Rc<Node>>>,
        }
        let ((), mem) = memkata_probe::measure(|| {
            let a = Rc::new(Node { other: RefCell::new(None) });
            let b = Rc::new(Node { other: RefCell::new(Some(Rc::clone(&a))) });
            *a.other.borrow_mut() = Some(b);
        });
        assert_eq!(mem.allocations, 2);
        assert!(mem.live_bytes >= 2 * 24, "{mem}");
    }

    #[test]
    fn drops_are_logged_in_order() {
        let log = memkata_probe::DropLog::new();
        {
            let _a = log.token("a");
            let _b = log.token("b");
        }
        assert_eq!(log.entries(), ["b", "a"]);
    }
}
"#;

#[test]
fn figures_are_exact_when_tests_run_in_parallel() {
    let ws = Workspace::new().kata("parallel", PARALLEL);
    let run = ws.run(&["run", "parallel"]).expect(0);
    let out = run.stdout();
    assert!(out.contains("8 passed"), "{out}");
}

const BUILDER: &str = r#"// Build the greeting in one allocation.
fn greeting(names: &[&str]) -> String {
    let mut s = String::new();
    for n in names {
        s += &format!("hello {n}! ");
    }
    s
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greet() {
        let names = ["ada", "grace", "linus", "barbara"];
        let (s, mem) = memkata_probe::measure(|| greeting(&names));
        assert!(s.starts_with("hello ada! "));
        assert!(mem.allocations <= 1, "built the greeting with {} allocations; the target is 1", mem.allocations);
    }
}
"#;

const BUILDER_SOLVED: &str = r#"// Build the greeting in one allocation.
use std::fmt::Write;

fn greeting(names: &[&str]) -> String {
    let len = names.iter().map(|n| n.len() + 8).sum();
    let mut s = String::with_capacity(len);
    for n in names {
        let _ = write!(s, "hello {n}! ");
    }
    s
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greet() {
        let names = ["ada", "grace", "linus", "barbara"];
        let (s, mem) = memkata_probe::measure(|| greeting(&names));
        assert!(s.starts_with("hello ada! "));
        assert!(mem.allocations <= 1, "built the greeting with {} allocations; the target is 1", mem.allocations);
    }
}
"#;

#[test]
fn run_reports_the_figures_beside_the_reference() {
    let ws = Workspace::new().kata("builder", BUILDER);
    ws.write("solutions/t/builder.rs", BUILDER_SOLVED);
    let out = ws.run(&["run", "builder"]).expect(1).stdout();
    assert!(out.contains("the target is 1"), "{out}");
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("greet:"))
        .unwrap_or_else(|| panic!("no memory line:\n{out}"));
    assert!(line.contains("(reference: 1 allocation, 52 B"), "{line}");
    assert!(!line.starts_with("  greet: 1 allocation,"), "{line}");

    // The JSON verdict carries the same figures.
    let json = ws
        .run(&["verify", "--format", "json", "builder"])
        .expect(1)
        .json();
    let memory = &json["exercises"][0]["memory"][0];
    assert_eq!(memory["label"], "greet");
    assert!(memory["allocations"].as_u64().unwrap() > 1);
    assert_eq!(memory["reference"]["allocations"], 1);

    // Solved, it passes with the same figures as the reference.
    ws.write("exercises/t/builder.rs", BUILDER_SOLVED);
    let out = ws.run(&["run", "builder"]).expect(0).stdout();
    assert!(
        out.contains(
            "greet: 1 allocation, 52 B, 52 B live (reference: 1 allocation, 52 B, 52 B live)"
        ),
        "{out}"
    );
}

#[test]
fn measure_all_counts_other_threads() {
    let code = r#"fn main() {}
#[cfg(test)]
mod tests {
    #[test]
    fn threads() {
        let ((), mem) = memkata_probe::measure_all(|| {
            std::thread::scope(|s| {
                for _ in 0..4 {
                    s.spawn(|| std::hint::black_box(vec![0u8; 1000]));
                }
            });
        });
        assert!(mem.bytes_allocated >= 4000, "{mem}");
        let ((), mine) = memkata_probe::measure(|| {
            std::thread::scope(|s| {
                s.spawn(|| std::hint::black_box(vec![0u8; 1000]));
            });
        });
        assert!(mine.bytes_allocated < 1000, "another thread's Vec counted: {mine}");
    }
}
"#;
    let ws = Workspace::new().kata("threads", code);
    ws.run(&["run", "threads"]).expect(0);
}
