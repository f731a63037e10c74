// Quiz: which change makes this compile and pass its test?
//
// `poll_for` polls a pinned future at most `budget` times. Polling takes
// `self: Pin<&mut Self>`, the `Pin` itself, by value. As written, the loop
// does not compile: `job` is moved into the first call to `poll`.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

fn poll_for<F: Future>(
    mut job: Pin<&mut F>,
    budget: u32,
) -> Option<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..budget {
        // [fix]
        let poll = job.poll(&mut cx);
        // [/fix]
        if let Poll::Ready(output) = poll {
            return Some(output);
        }
    }
    None
}

/// Pending on the first poll, ready on the second.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let polled_before = self.0;
        self.0 = true;
        if polled_before {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_when_ready() {
        let mut job = pin!(async {
            YieldOnce(false).await;
            YieldOnce(false).await;
            "done"
        });
        assert_eq!(poll_for(job.as_mut(), 2), None);
        assert_eq!(poll_for(job.as_mut(), 5), Some("done"));
    }
}
