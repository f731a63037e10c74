// efficient6: Hand over, don't copy.
//
// A `PrintQueue` holds jobs in order; `next_batch` removes the first `n`
// jobs and hands them to a printer. It copies them first (a new String for
// every job), then rebuilds the rest of the queue from more copies, and
// finally frees the originals: every job is copied, just to move it.
//
// Moving a String from one Vec to another moves only its small header
// (pointer, length, capacity); the text itself stays where it is on the
// heap. Take the batch's jobs out of the queue themselves, and let the
// rest stay where they are. The batch needs a Vec of its own, and nothing
// more: the test measures the new heap memory still held afterwards (live
// bytes), and the target is the batch's Vec alone. The batch must hold the
// very same Strings that were queued. Do not change the tests.

#[derive(Default)]
pub struct PrintQueue {
    jobs: Vec<String>,
}

impl PrintQueue {
    pub fn add(&mut self, job: &str) {
        self.jobs.push(job.to_string());
    }

    /// Removes the first `n` jobs (all of them if there are fewer) and
    /// returns them, in order.
    pub fn next_batch(&mut self, n: usize) -> Vec<String> {
        let n = n.min(self.jobs.len());
        let batch = self.jobs[..n].to_vec();
        self.jobs = self.jobs[n..].to_vec();
        batch
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queue_of(count: usize) -> PrintQueue {
        let mut queue = PrintQueue::default();
        for i in 0..count {
            queue.add(&format!("report-{i}.pdf"));
        }
        queue
    }

    #[test]
    fn a_batch_moves_the_jobs_themselves() {
        let mut queue = queue_of(100);
        let texts: Vec<*const u8> = queue.jobs.iter().map(|job| job.as_ptr()).collect();
        let (batch, mem) = memkata_probe::measure(|| queue.next_batch(10));
        // The batch's own block: room for the headers of its Strings.
        let own = batch.capacity() * std::mem::size_of::<String>();
        assert!(
            mem.live_bytes <= own as u64,
            "taking 10 jobs out of 100 left {} bytes of new heap behind; the \
             target is the batch's own Vec, {own} bytes, and nothing else ({mem})",
            mem.live_bytes
        );
        assert_eq!(batch.len(), 10);
        assert_eq!(batch[0], "report-0.pdf");
        assert_eq!(batch[9], "report-9.pdf");
        assert!(
            batch
                .iter()
                .zip(&texts)
                .all(|(job, &text)| job.as_ptr() == text),
            "the batch holds copies of the jobs, not the queued Strings themselves"
        );
        assert_eq!(queue.jobs.len(), 90);
        assert!(
            std::ptr::eq(queue.jobs[0].as_ptr(), texts[10]),
            "the jobs left in the queue were copied"
        );
    }

    #[test]
    fn batches_come_in_order() {
        let mut queue = queue_of(5);
        assert_eq!(queue.next_batch(2), ["report-0.pdf", "report-1.pdf"]);
        assert_eq!(queue.next_batch(0), Vec::<String>::new());
        assert_eq!(queue.next_batch(9).len(), 3);
        assert_eq!(queue.jobs.len(), 0);
        assert!(queue.next_batch(1).is_empty());
    }
}
