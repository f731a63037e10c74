// arc1: Yours alone? Then change it.
//
// A camera hands each frame to encoder threads as an `Arc<Frame>`. Frames
// are big, so once the encoders are done with a frame, the camera reuses its
// buffer for the next picture instead of allocating a new one. It may only
// do that while no one else can see the frame: not an encoder that still
// holds an `Arc`, and not a preview window that holds a `Weak` to it and
// may upgrade it at any moment.
//
// `recycle` checks the count, then changes the frame. But an `Arc` never
// hands out `&mut T`, whatever its count says, so this does not compile.
// The frame must never be copied either (`Frame` is not even `Clone`).
// Make `recycle` change the frame in place exactly when this `Arc` is the
// only handle to it, and leave it alone otherwise. Do not change the tests.

use std::sync::Arc;

pub struct Frame {
    pub number: u64,
    pub pixels: Vec<u8>,
}

// Readies the frame for picture `number` (all pixels black) and returns true,
// if nobody else can see it; otherwise leaves it as it is and returns false.
pub fn recycle(frame: &mut Arc<Frame>, number: u64) -> bool {
    match Arc::get_mut(frame) {
        Some(frame) => {
            frame.number = number;
            frame.pixels.fill(0);
            true
        }
        None => false,
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread;

    fn frame() -> Arc<Frame> {
        Arc::new(Frame {
            number: 1,
            pixels: vec![200; 64 * 1024],
        })
    }

    #[test]
    fn a_frame_nobody_holds_is_reused() {
        let mut frame = frame();
        let before = Arc::as_ptr(&frame);
        let (reused, mem) = memkata_probe::measure(|| recycle(&mut frame, 2));
        assert!(
            reused,
            "nobody else holds the frame, so it should be reused"
        );
        assert!(
            frame.number == 2 && frame.pixels.iter().all(|&p| p == 0),
            "the frame was not readied for picture 2 (number set, pixels black)"
        );
        assert_eq!(
            Arc::as_ptr(&frame),
            before,
            "the frame moved to a new allocation"
        );
        assert_eq!(
            mem.allocations, 0,
            "recycling made {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn a_frame_an_encoder_holds_is_left_alone() {
        let mut frame = frame();
        let for_encoder = Arc::clone(&frame);
        let (go, wait) = mpsc::channel::<()>();
        // The encoder holds its Arc until it is told to finish.
        let encoder = thread::spawn(move || {
            wait.recv().unwrap();
            (for_encoder.number, for_encoder.pixels[0])
        });
        assert!(
            !recycle(&mut frame, 2),
            "the encoder still holds the frame, so it must not be reused"
        );
        go.send(()).unwrap();
        let seen = encoder.join().unwrap();
        assert_eq!(seen, (1, 200), "the encoder's frame changed");
        assert!(recycle(&mut frame, 2), "the encoder is done: now reuse it");
        assert_eq!(frame.number, 2);
    }

    #[test]
    fn a_frame_a_preview_watches_is_left_alone() {
        let mut frame = frame();
        let preview = Arc::downgrade(&frame);
        assert!(
            !recycle(&mut frame, 2),
            "a preview holds a Weak to the frame and may upgrade it at any moment, so it must not be reused"
        );
        let seen = preview.upgrade().expect("the frame is still alive");
        assert_eq!((seen.number, seen.pixels[0]), (1, 200));
        drop(seen);
        drop(preview);
        assert!(
            recycle(&mut frame, 2),
            "the preview is closed: now reuse it"
        );
    }
}
