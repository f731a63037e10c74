// Quiz: read this program, then answer in memkata.
//
// `dispatch` hands every queued event to `handle`. A handler may queue new
// events while it runs: those wait for the next round. The marked line does
// not compile yet.

use std::cell::RefCell;
use std::rc::Rc;

type Queue = Rc<RefCell<Vec<String>>>;

// Handles the events queued so far; returns how many it handled.
fn dispatch(queue: &Queue, handle: impl Fn(String)) -> usize {
    // [fix]
    let batch = *queue.borrow_mut();
    // [/fix]
    let mut handled = 0;
    for event in batch {
        handle(event);
        handled += 1;
    }
    handled
}

fn main() {
    let queue: Queue = Rc::new(RefCell::new(vec![String::from("start")]));
    println!("{}", dispatch(&queue, |event| println!("{event}")));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queue(events: &[&str]) -> Queue {
        let events = events.iter().map(|e| e.to_string()).collect();
        Rc::new(RefCell::new(events))
    }

    #[test]
    fn new_events_wait_for_the_next_round() {
        let queue = queue(&["open", "save"]);
        let seen = RefCell::new(Vec::new());
        let handled = dispatch(&queue, |event| {
            if event == "save" {
                queue.borrow_mut().push(String::from("saved"));
            }
            seen.borrow_mut().push(event);
        });
        assert_eq!(handled, 2);
        assert_eq!(*seen.borrow(), ["open", "save"]);
        assert_eq!(*queue.borrow(), ["saved"]);
    }

    #[test]
    fn the_events_are_not_copied() {
        let queue = queue(&["open", "save"]);
        let texts: Vec<*const u8> =
            queue.borrow().iter().map(|e| e.as_ptr()).collect();
        let seen = RefCell::new(Vec::with_capacity(2));
        let (handled, mem) = memkata_probe::measure(|| {
            dispatch(&queue, |event| seen.borrow_mut().push(event))
        });
        assert_eq!(handled, 2);
        let seen: Vec<*const u8> =
            seen.borrow().iter().map(|e| e.as_ptr()).collect();
        assert_eq!(seen, texts, "the handlers got copies of the events");
        assert_eq!(mem.allocations, 0, "dispatch allocated ({mem})");
    }
}
