//! What the learner's keys do to the session.

use console::Key;

use super::focus::{Latest, Passed};
use super::keys::{self, Action};
use super::list::{self, ListView};
use super::session::{Session, View};
use super::terminal::Terminal;
use crate::checks::Checked;
use crate::commands::Restored;

impl Session {
    pub fn on_key(&mut self, key: Key) {
        let action = keys::action(self.screen(), &key);
        if !matches!(
            action,
            Action::ListKey | Action::Scroll(_) | Action::Page(_)
        ) {
            self.message = None;
        }
        // Any key but `n` holds the pause before moving on, and still does
        // what it does.
        if matches!(self.focus.passed, Passed::Advancing(_)) && action != Action::Next {
            self.focus.passed = Passed::Waiting;
            self.message = Some("Holding here. Press n when you want to move on.".into());
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Next => self.advance(),
            Action::NotDoneYet => {
                self.message = Some(format!(
                    "{} is not done yet. Fix it and save (or press l to jump elsewhere).",
                    self.exercise().name
                ));
            }
            Action::Hint => self.next_hint(),
            Action::List => self.view = View::List(ListView::new(self.current)),
            Action::Rerun => {
                self.message = Some(format!("Checking {} again.", self.exercise().name));
                self.focus.quiz.answered = None;
                self.check(true);
            }
            Action::CheckAll => self.start_check_all(),
            Action::AskReset => self.view = View::ConfirmReset,
            Action::Reset => {
                self.view = View::Exercise;
                self.reset();
            }
            Action::CancelReset => {
                self.view = View::Exercise;
                self.message = Some("Reset cancelled; nothing changed.".into());
            }
            Action::Explain => self.explain(),
            Action::Answer(choice) => self.answer(choice),
            Action::Scroll(by) => self.scroll(by),
            Action::Page(by) => self.scroll(by * page() as isize),
            Action::Top => self.scroll(isize::MIN / 2),
            Action::Bottom => self.scroll(isize::MAX / 2),
            Action::Back => self.view = self.home(),
            Action::ListKey => self.on_list_key(&key),
            Action::Nothing => {}
        }
    }

    /// The view to go back to: the exercise, or the end of the course.
    fn home(&self) -> View {
        if self.all_done() && !self.is_passed() {
            View::Finished
        } else {
            View::Exercise
        }
    }

    fn scroll(&mut self, by: isize) {
        let scroll = match &mut self.view {
            View::Pager { scroll, .. } => scroll,
            _ => &mut self.focus.scroll,
        };
        *scroll = scroll.saturating_add_signed(by);
        if let View::Pager { scroll, lines, .. } = &mut self.view {
            *scroll = (*scroll).min(lines.len().saturating_sub(1));
        }
    }

    fn next_hint(&mut self) {
        let exercise = self.exercise().clone();
        let total = exercise.hints.len();
        if total == 0 {
            self.message = Some(format!(
                "{} has no hints: its file says what to do.",
                exercise.name
            ));
            return;
        }
        if self.focus.hints_visible >= total {
            self.message = Some("That was the last hint.".into());
            return;
        }
        self.focus.hints_visible += 1;
        let shown = self.focus.hints_visible;
        let saved = self
            .store
            .update(&self.ws, |state| state.hints_seen(&exercise, shown));
        if let Err(e) = saved {
            self.message = Some(format!("could not save progress: {e:#}"));
        }
        self.reload_state();
        self.focus.scroll = 0;
    }

    fn on_list_key(&mut self, key: &Key) {
        let View::List(list) = &mut self.view else {
            return;
        };
        match list.on_key(key, &self.ws.catalogue, &self.state) {
            list::Action::Stay => {}
            list::Action::Close => self.view = self.home(),
            list::Action::Jump(index) => {
                self.view = View::Exercise;
                self.enter(index);
            }
        }
    }

    fn reset(&mut self) {
        let exercise = self.exercise().clone();
        let path = exercise.path().display().to_string();
        self.message = Some(match crate::commands::restore(&self.ws, &exercise) {
            Ok(Restored::Unchanged) => format!("{path} is already as it was at the start."),
            Ok(Restored::Recreated) => format!("Restored {path}."),
            Ok(Restored::BackedUp(backup)) => {
                let backup = backup.strip_prefix(&self.ws.root).unwrap_or(&backup);
                format!(
                    "Restored {path}. Your version is kept at {}.",
                    backup.display()
                )
            }
            Err(e) => format!("Could not reset: {e:#}"),
        });
        self.check(false);
    }

    /// `rustc --explain` for the first error code on screen, in the background.
    fn explain(&mut self) {
        let Latest::Outcome(outcome) = &self.focus.latest else {
            self.message = Some("There is no error code on screen to explain.".into());
            return;
        };
        let Some(code) = outcome.error_codes.first().cloned() else {
            self.message = Some("There is no error code on screen to explain.".into());
            return;
        };
        match self.jobs.explain(code.clone()) {
            Ok(()) => self.message = Some(format!("Asking rustc to explain {code}…")),
            Err(e) => self.message = Some(format!("{e:#}")),
        }
    }
}

/// The pager's text after "check all": what failed, and how.
pub fn check_all_lines(results: &[Checked]) -> Vec<String> {
    let passed = results
        .iter()
        .filter(|c| c.outcome.verdict.is_pass())
        .count();
    let mut lines = vec![
        format!("{passed} of {} pass.", results.len()),
        String::new(),
    ];
    for c in results.iter().filter(|c| !c.outcome.verdict.is_pass()) {
        lines.push(format!(
            "  {:24} {:12} {}",
            c.exercise.name,
            c.exercise.topic(),
            c.outcome.summary()
        ));
    }
    if passed == results.len() {
        lines.push("Every exercise passes.".into());
    }
    lines
}

/// Rows scrolled by a page.
fn page() -> usize {
    Terminal::size().1.saturating_sub(6).max(1)
}
