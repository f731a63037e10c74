// patterns5: Take it, and leave something in its place.
//
// A `Printer` works on at most one job at a time. `start` puts a new job
// in and hands back the one it replaces, if any; `finish` hands back the
// current job and leaves the printer idle.
//
// Both try to move the job out of `self.current` with a plain `let`, then
// put something else in. But `&mut self` only lends us the printer: for a
// moment the field would hold nothing at all, and the compiler refuses to
// move out of it (E0507), even though a value is put back a line later.
//
// Move the job out AND put the new value in, in a single step. No copies:
// the tests measure the heap, and both methods must allocate nothing.
// Do not change the signatures or the tests.

#[derive(Debug, PartialEq)]
pub struct Job {
    pub name: String,
    pub pages: Vec<u32>,
}

#[derive(Default)]
pub struct Printer {
    pub current: Option<Job>,
}

impl Printer {
    pub fn start(&mut self, job: Job) -> Option<Job> {
        let previous = self.current;
        self.current = Some(job);
        previous
    }

    pub fn finish(&mut self) -> Option<Job> {
        let job = self.current;
        self.current = None;
        job
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(name: &str) -> Job {
        Job {
            name: name.to_string(),
            pages: (1..=40).collect(),
        }
    }

    #[test]
    fn start_hands_back_the_previous_job() {
        let mut printer = Printer::default();
        let (first, second) = (job("report"), job("poster"));
        let (none, mem) = memkata_probe::measure(|| printer.start(first));
        assert_eq!(none, None);
        assert_eq!(mem.allocations, 0, "start copied something ({mem})");
        let report_pages = printer.current.as_ref().unwrap().pages.as_ptr();
        let (back, mem) = memkata_probe::measure(|| printer.start(second));
        let back = back.expect("start should hand back the report");
        assert_eq!(back, job("report"));
        assert!(std::ptr::eq(back.pages.as_ptr(), report_pages));
        assert_eq!(mem.allocations, 0, "start copied something ({mem})");
        assert_eq!(printer.current, Some(job("poster")));
    }

    #[test]
    fn finish_leaves_the_printer_idle() {
        let mut printer = Printer::default();
        printer.start(job("letter"));
        let (done, mem) = memkata_probe::measure(|| printer.finish());
        assert_eq!(done, Some(job("letter")));
        assert_eq!(mem.allocations, 0, "finish copied something ({mem})");
        assert_eq!(printer.current, None);
        assert_eq!(printer.finish(), None);
    }
}
