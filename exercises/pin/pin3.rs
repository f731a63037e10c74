// pin3: Replace it in place.
//
// `run_jobs` runs `count` jobs one after another in a single pinned slot:
// the slot holds job 0 when it is handed over, and each later job is made
// by `make` and put in the same slot, once the one before has finished.
// Reusing the slot means no job needs an allocation of its own.
//
// A pinned value may not be moved, so `Pin<&mut F>` gives no `&mut F`
// (unless `F` is `Unpin`): `*slot = ...` is refused. But replacing the
// whole value is fine: the old job is dropped where it is, and the new one
// is written into the same place, where it starts its life pinned.
//
// Put each new job in the slot without unpinning anything. The tests check
// the outputs, that the slot ends up holding the last job, and that
// `run_jobs` allocates nothing but its result.
// Do not change the tests.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

pub fn run_jobs<F: Future>(
    mut slot: Pin<&mut F>,
    make: impl Fn(u32) -> F,
    count: u32,
) -> Vec<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    let mut outputs = Vec::with_capacity(count as usize);
    for i in 0..count {
        if i > 0 {
            *slot = make(i);
        }
        loop {
            if let Poll::Ready(output) = slot.as_mut().poll(&mut cx) {
                outputs.push(output);
                break;
            }
        }
    }
    outputs
}

/// A future that is pending once, then ready.
pub struct YieldOnce(bool);

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

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::marker::PhantomPinned;
    use std::pin::pin;

    async fn square(n: u32) -> u32 {
        let digits = n.to_le_bytes();
        let low = &digits[0];
        YieldOnce(false).await;
        u32::from(*low) * u32::from(*low)
    }

    #[test]
    fn runs_every_job_in_one_slot() {
        let slot = pin!(square(0));
        let run = || run_jobs(slot, square, 4);
        let (outputs, mem) = memkata_probe::measure(run);
        assert_eq!(outputs, [0, 1, 4, 9]);
        assert_eq!(mem.allocations, 1, "only the result Vec ({mem})");
    }

    #[test]
    fn one_job_is_just_the_first() {
        let slot = pin!(square(7));
        assert_eq!(run_jobs(slot, square, 1), [49]);
    }

    /// Ready at once with its number; like an async block, not `Unpin`.
    struct Numbered(u32, PhantomPinned);

    impl Future for Numbered {
        type Output = u32;

        fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
            Poll::Ready(self.0)
        }
    }

    #[test]
    fn each_job_goes_in_the_slot() {
        let mut slot = pin!(Numbered(0, PhantomPinned));
        let numbered = |n| Numbered(n, PhantomPinned);
        assert_eq!(run_jobs(slot.as_mut(), numbered, 3), [0, 1, 2]);
        assert_eq!(slot.0, 2, "the slot should hold the last job");
    }
}
