// pin4: A wrapper that can be unpinned.
//
// `Counted` wraps a future and counts how many times it is polled: its own
// output is the inner output together with that count.
//
// Its `poll` gets `self: Pin<&mut Self>`. To bump the counter it asks for
// a plain `&mut Self` with `Pin::get_mut`, and to poll the inner future it
// pins a `&mut` to it with `Pin::new`. Both are allowed only for types that
// are `Unpin`, and a wrapped `async` block is not: moving a `Counted` would
// move the future inside it.
//
// Requiring `F: Unpin` would compile here, but the tests wrap async blocks.
// Instead, keep the inner future pinned somewhere a `Counted` does not
// carry it along when it moves. Then a `Counted` can be `Unpin` whatever
// it wraps, and its `poll` can use `get_mut`. Do not change the tests.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Counted<F> {
    inner: F,
    polls: usize,
}

impl<F: Future> Counted<F> {
    pub fn new(inner: F) -> Self {
        Counted { inner, polls: 0 }
    }
}

impl<F: Future> Future for Counted<F> {
    type Output = (F::Output, usize);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        this.polls += 1;
        match Pin::new(&mut this.inner).poll(cx) {
            Poll::Ready(output) => Poll::Ready((output, this.polls)),
            Poll::Pending => Poll::Pending,
        }
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::pin;
    use std::task::Waker;

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

    fn block_on<F: Future>(future: F) -> F::Output {
        let mut cx = Context::from_waker(Waker::noop());
        let mut future = pin!(future);
        loop {
            if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
                return output;
            }
        }
    }

    fn assert_unpin<T: Unpin>(_: &T) {}

    #[test]
    fn counts_the_polls_of_an_async_block() {
        let counted = Counted::new(async {
            let words = ["pin", "box"];
            let first = &words[0];
            YieldOnce(false).await;
            YieldOnce(false).await;
            first.len()
        });
        assert_unpin(&counted);
        assert_eq!(block_on(counted), (3, 3));
    }

    #[test]
    fn a_ready_future_takes_one_poll() {
        assert_eq!(block_on(Counted::new(async { 'x' })), ('x', 1));
        assert_eq!(block_on(Counted::new(YieldOnce(false))), ((), 2));
    }
}
