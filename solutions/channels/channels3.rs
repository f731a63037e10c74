// channels3: A queue with a limit.
//
// A camera thread sends frames to an encoder thread through a channel. If
// the encoder falls behind, an unbounded channel simply grows: every frame
// the camera made waits in memory, and a slow encoder means an ever bigger
// heap. A bounded channel holds a fixed number of messages at most. When it
// is full, a sender either waits until there is room, which slows the camera
// down to the encoder's pace (that is called backpressure), or is told at
// once that the queue is full, and gets its message back.
//
// Make the link from `Camera` to the encoder hold at most `CAPACITY` frames:
// `push` waits for room, and `try_push` hands the frame back when the queue is
// full. Do not change the tests.

use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};

pub const CAPACITY: usize = 4;

pub struct Frame {
    pub number: u64,
    pub pixels: Vec<u8>,
}

pub struct Camera {
    link: SyncSender<Frame>,
}

// Connects a camera to an encoder, which receives the frames.
pub fn connect() -> (Camera, Receiver<Frame>) {
    let (link, frames) = mpsc::sync_channel(CAPACITY);
    (Camera { link }, frames)
}

impl Camera {
    // Sends a frame, waiting while the queue is full.
    pub fn push(&self, frame: Frame) {
        self.link.send(frame).unwrap();
    }

    // Sends a frame if the queue has room; otherwise hands it back at once.
    pub fn try_push(&self, frame: Frame) -> Result<(), Frame> {
        self.link.try_send(frame).map_err(|err| match err {
            TrySendError::Full(frame) | TrySendError::Disconnected(frame) => frame,
        })
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::thread;

    fn frame(number: u64) -> Frame {
        Frame {
            number,
            pixels: vec![0; 4096],
        }
    }

    #[test]
    fn a_full_queue_hands_the_frame_back() {
        let (camera, frames) = connect();
        for number in 0..CAPACITY as u64 {
            assert!(
                camera.try_push(frame(number)).is_ok(),
                "there is room for frame {number}"
            );
        }
        let extra = frame(99);
        let pixels = extra.pixels.as_ptr();
        let Err(back) = camera.try_push(extra) else {
            panic!("{CAPACITY} frames are waiting, yet the queue took one more: it has no limit");
        };
        assert_eq!(
            (back.number, back.pixels.as_ptr()),
            (99, pixels),
            "this is not the frame that was refused"
        );
        assert_eq!(frames.recv().unwrap().number, 0);
        assert!(
            camera.try_push(frame(4)).is_ok(),
            "the encoder took a frame, so there is room again"
        );
    }

    #[test]
    fn push_waits_for_the_encoder() {
        let (camera, frames) = connect();
        let pushed = Arc::new(AtomicUsize::new(0));
        let for_camera = Arc::clone(&pushed);
        let camera = thread::spawn(move || {
            for number in 0..50 {
                camera.push(frame(number));
                for_camera.fetch_add(1, SeqCst);
            }
        });
        let mut received = 0;
        for frame in frames {
            assert_eq!(frame.number, received as u64, "frames arrive in order");
            received += 1;
            let ahead = pushed.load(SeqCst).saturating_sub(received);
            assert!(
                ahead <= CAPACITY,
                "the camera got {ahead} frames ahead of the encoder; at most {CAPACITY} may wait"
            );
        }
        camera.join().unwrap();
        assert_eq!(received, 50);
    }
}
