//! One output stream of a child, read into a bounded buffer: the first part
//! and the last part are kept, the middle is counted and dropped, so memkata
//! stays small whatever a program prints.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::mpsc;

/// One output stream, bounded.
#[derive(Debug, Default, Clone)]
pub struct Captured {
    head: Vec<u8>,
    tail: VecDeque<u8>,
    /// Bytes read but neither in `head` nor in `tail`.
    dropped: u64,
    head_cap: usize,
    tail_cap: usize,
}

impl Captured {
    pub(super) fn new(cap: usize) -> Self {
        let tail_cap = (cap / 4).min(64 * 1024);
        Self {
            head_cap: cap - tail_cap,
            tail_cap,
            ..Self::default()
        }
    }

    pub(super) fn push(&mut self, mut bytes: &[u8]) {
        if self.head.len() < self.head_cap {
            let take = bytes.len().min(self.head_cap - self.head.len());
            self.head.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
        }
        if bytes.is_empty() {
            return;
        }
        if bytes.len() >= self.tail_cap {
            self.dropped += (self.tail.len() + bytes.len() - self.tail_cap) as u64;
            self.tail.clear();
            self.tail.extend(&bytes[bytes.len() - self.tail_cap..]);
            return;
        }
        let overflow = (self.tail.len() + bytes.len()).saturating_sub(self.tail_cap);
        self.tail.drain(..overflow);
        self.dropped += overflow as u64;
        self.tail.extend(bytes);
    }

    /// Whether some of the output was dropped.
    pub fn was_cut(&self) -> bool {
        self.dropped > 0
    }

    /// The output as text, with a line saying what was cut, if anything.
    pub fn text(&self) -> String {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        if self.dropped > 0 {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!(
                "\n[… output cut: {} not shown (memkata keeps the first {} and the last {} of each stream) …]\n\n",
                crate::human::bytes(self.dropped),
                crate::human::bytes(self.head_cap as u64),
                crate::human::bytes(self.tail_cap as u64),
            ));
        }
        let (a, b) = self.tail.as_slices();
        let mut tail = a.to_vec();
        tail.extend_from_slice(b);
        text.push_str(&String::from_utf8_lossy(&tail));
        text
    }

    /// Everything kept, when nothing was cut (a quiz's stdout compared exactly).
    pub fn exact(&self) -> Option<String> {
        if self.dropped > 0 {
            return None;
        }
        let mut all = self.head.clone();
        all.extend(self.tail.iter());
        String::from_utf8(all).ok()
    }
}

/// Which of a child's output streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stream {
    Stdout,
    Stderr,
}

/// Reads `pipe` to its end on a thread of its own, keeping at most `cap`
/// bytes of it, and sends what it kept.
pub(super) fn spawn_reader(
    pipe: Option<impl Read + Send + 'static>,
    cap: usize,
    which: Stream,
    tx: mpsc::Sender<(Stream, Captured)>,
) -> Option<std::thread::JoinHandle<()>> {
    let mut pipe = pipe?;
    std::thread::Builder::new()
        .name("memkata-output".into())
        .spawn(move || {
            let mut captured = Captured::new(cap);
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match pipe.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => captured.push(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
            let _ = tx.send((which, captured));
        })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captured_keeps_head_and_tail() {
        let mut c = Captured::new(16);
        c.push(b"0123456789abc");
        c.push(b"defghijklmnop");
        assert!(c.was_cut());
        let text = c.text();
        assert!(text.starts_with("0123456789ab"), "{text}");
        assert!(text.ends_with("mnop"), "{text}");
        assert_eq!(c.dropped, 26 - 16);
    }

    #[test]
    fn captured_small_output_is_exact() {
        let mut c = Captured::new(1024);
        c.push(b"hello\n");
        assert_eq!(c.exact().as_deref(), Some("hello\n"));
        assert_eq!(c.text(), "hello\n");
    }
}
