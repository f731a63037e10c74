// arc5: A value that knows its own address.
//
// A `Session` hands out handles to background jobs running on other threads,
// so that a job can reach its session again, to report progress, say. A
// job must not keep the session alive, though: when the last `Arc<Session>`
// is dropped, the session should end, even if some job still holds a
// handle. A `Weak<Session>` is exactly that kind of handle. And since the
// session's own methods (which only get `&self`) hand them out, the session
// has to keep a `Weak` to ITSELF.
//
// That is a chicken-and-egg problem: a `Weak` is made from an `Arc`, and the
// `Arc` from a finished `Session`. `new` builds the session first and fills
// its `Weak` in afterwards, but by then the session is shared inside an
// `Arc` and can't be changed (try to build this file). Make `Session::new`
// build the session with its `Weak` to itself already in place.
// Do not change the tests.

use std::sync::{Arc, Weak};

pub struct Session {
    pub user: String,
    me: Weak<Session>,
}

impl Session {
    pub fn new(user: &str) -> Arc<Session> {
        Arc::new_cyclic(|me| Session {
            user: user.to_string(),
            me: Weak::clone(me),
        })
    }

    // A handle for a background job: it reaches the session while the
    // session lives, and does not keep it alive.
    pub fn handle(&self) -> Weak<Session> {
        Weak::clone(&self.me)
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

    // Methods of the session only see `&Session`, like this one.
    fn handle_for_a_job(session: &Session) -> Weak<Session> {
        session.handle()
    }

    #[test]
    fn a_handle_reaches_its_session() {
        let session = Session::new("ada");
        let handle = handle_for_a_job(&session);
        let reached = handle
            .upgrade()
            .expect("the session is alive, so its handle should reach it");
        assert!(
            Arc::ptr_eq(&reached, &session),
            "the handle reaches some other session"
        );
        drop(reached);
        assert_eq!(
            Arc::strong_count(&session),
            1,
            "only the caller owns the session"
        );
        assert_eq!(
            Arc::weak_count(&session),
            2,
            "the session's own Weak and the handle"
        );
    }

    #[test]
    fn a_job_does_not_keep_its_session_alive() {
        let session = Session::new("grace");
        let handle = handle_for_a_job(&session);
        let (ask, asked) = mpsc::channel::<()>();
        let (tell, told) = mpsc::channel::<Option<String>>();
        // Each time it is asked, the job tries to reach its session.
        let job = thread::spawn(move || {
            for () in asked {
                let user = handle.upgrade().map(|s| s.user.clone());
                tell.send(user).unwrap();
            }
        });
        ask.send(()).unwrap();
        assert_eq!(told.recv().unwrap().as_deref(), Some("grace"));
        drop(session);
        ask.send(()).unwrap();
        assert_eq!(
            told.recv().unwrap(),
            None,
            "the session was dropped, but the job could still reach it"
        );
        drop(ask);
        job.join().unwrap();
    }
}
