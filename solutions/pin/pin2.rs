// pin2: Pin it right here.
//
// A future is a value you *poll*: each call to `poll` runs it as far as it
// can go and returns `Poll::Ready(output)` or `Poll::Pending` ("call me
// again"). An `async` block is such a future, and it may hold a borrow of
// its own local variables across an `.await`: it can point into itself.
// That is why `poll` takes `self: Pin<&mut Self>`, and why async blocks
// are not `Unpin`.
//
// `block_on` polls a future until it is ready and returns its output with
// the number of polls it took. It pins the future with `Box::pin`, which
// moves it to the heap: one allocation per call, for a future that never
// leaves `block_on`. The tests want no allocation at all.
//
// Pin the future where it already is, in `block_on`'s own frame. It can
// stay pinned there until `block_on` returns, because `block_on` is the
// only one using it. Do not change the tests.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

pub fn block_on<F: Future>(future: F) -> (F::Output, usize) {
    let mut cx = Context::from_waker(Waker::noop());
    let mut future = pin!(future);
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return (output, polls);
        }
    }
}

/// A future that is pending once, then ready: an `.await` that waits.
pub struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

pub fn yield_once() -> YieldOnce {
    YieldOnce(false)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_a_ready_future() {
        let answer = async { 6 * 7 };
        let ((out, polls), mem) = memkata_probe::measure(|| block_on(answer));
        assert_eq!((out, polls), (42, 1));
        assert_eq!(mem.allocations, 0, "block_on allocated ({mem})");
    }

    #[test]
    fn runs_a_future_that_borrows_itself() {
        let job = async {
            let data = [3, 1, 4, 1, 5];
            let largest = data.iter().max().unwrap();
            yield_once().await;
            yield_once().await;
            *largest * 10
        };
        let ((out, polls), mem) = memkata_probe::measure(|| block_on(job));
        assert_eq!((out, polls), (50, 3));
        assert_eq!(mem.allocations, 0, "block_on allocated ({mem})");
    }
}
