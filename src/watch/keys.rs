//! What a key does: a pure map from the view on screen and the key pressed
//! to an action, so that every binding can be tested without a terminal.
//!
//! Quiz choices are answered with `a` to `d`, and no command uses those
//! letters, so an answer never shadows a command nor a command an answer.

use console::Key;

/// What the screen shows, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// The current exercise.
    Exercise {
        /// How many choices, if it is a quiz.
        choices: Option<usize>,
        /// Whether it is done, so that `n` moves on.
        done: bool,
        /// Whether it has hints to offer.
        hints: bool,
    },
    List,
    Pager,
    ConfirmReset,
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Move on to the next exercise not done.
    Next,
    /// `n` on an exercise not done yet: say why nothing happens.
    NotDoneYet,
    Hint,
    List,
    Rerun,
    CheckAll,
    AskReset,
    Reset,
    CancelReset,
    Explain,
    Answer(usize),
    Scroll(isize),
    /// Scroll by a page, down (1) or up (-1).
    Page(isize),
    Top,
    Bottom,
    /// Back to the exercise from a welcome, pager or list.
    Back,
    /// The list view reads the key itself (filtering, moving, jumping).
    ListKey,
    Nothing,
}

/// The keys offered at the foot of a screen.
pub fn footer(screen: Screen) -> String {
    match screen {
        Screen::Welcome => "any key: start · q: quit".into(),
        Screen::List => "↑↓ move · Enter jump · / filter · s state · t topic · Esc back".into(),
        Screen::Pager => "↑↓ PgUp PgDn scroll · q/Esc back".into(),
        Screen::ConfirmReset => "y: reset · any other key: cancel".into(),
        Screen::Finished => "l list · q quit".into(),
        Screen::Exercise {
            choices,
            done,
            hints,
        } => {
            let next = if done { "n next · " } else { "" };
            let hint = if hints { "h hint · " } else { "" };
            match choices {
                Some(n) => format!(
                    "a–{} answer · {next}{hint}l list · r rerun · q quit",
                    crate::catalogue::letter(n.saturating_sub(1))
                ),
                None => format!(
                    "{next}{hint}l list · r rerun · v check all · x reset · e explain · q quit"
                ),
            }
        }
    }
}

pub fn action(screen: Screen, key: &Key) -> Action {
    if matches!(key, Key::CtrlC) {
        return Action::Quit;
    }
    match screen {
        Screen::Welcome => match key {
            Key::Char('q') => Action::Quit,
            _ => Action::Back,
        },
        Screen::List => Action::ListKey,
        Screen::Pager => match key {
            Key::Char('q') | Key::Escape => Action::Back,
            _ => scrolling(key),
        },
        Screen::ConfirmReset => match key {
            Key::Char('y' | 'Y') => Action::Reset,
            _ => Action::CancelReset,
        },
        Screen::Finished => match key {
            Key::Char('q') => Action::Quit,
            Key::Char('l') => Action::List,
            _ => Action::Nothing,
        },
        Screen::Exercise { choices, done, .. } => exercise_key(key, choices, done),
    }
}

fn exercise_key(key: &Key, choices: Option<usize>, done: bool) -> Action {
    if let (Some(n), Key::Char(c)) = (choices, key) {
        let c = c.to_ascii_lowercase();
        if ('a'..='d').contains(&c) {
            let i = (c as u8 - b'a') as usize;
            return if i < n {
                Action::Answer(i)
            } else {
                Action::Nothing
            };
        }
    }
    let kata = choices.is_none();
    match key {
        // Not Escape: one pressed once too often, leaving a pager or
        // meant for the editor, must not end the session.
        Key::Char('q') => Action::Quit,
        Key::Char('n') if done => Action::Next,
        Key::Char('n') => Action::NotDoneYet,
        Key::Char('h') => Action::Hint,
        Key::Char('l') => Action::List,
        Key::Char('r') => Action::Rerun,
        Key::Char('v') if kata => Action::CheckAll,
        Key::Char('x') if kata => Action::AskReset,
        Key::Char('e') if kata => Action::Explain,
        _ => scrolling(key),
    }
}

fn scrolling(key: &Key) -> Action {
    match key {
        Key::ArrowDown | Key::Char('j') => Action::Scroll(1),
        Key::ArrowUp | Key::Char('k') => Action::Scroll(-1),
        Key::PageDown | Key::Char(' ') => Action::Page(1),
        Key::PageUp => Action::Page(-1),
        Key::Home => Action::Top,
        Key::End => Action::Bottom,
        _ => Action::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz(done: bool) -> Screen {
        Screen::Exercise {
            choices: Some(4),
            done,
            hints: false,
        }
    }

    fn kata(done: bool) -> Screen {
        Screen::Exercise {
            choices: None,
            done,
            hints: true,
        }
    }

    #[test]
    fn letters_answer_and_commands_stay_commands_in_a_quiz() {
        for (c, i) in [('a', 0), ('b', 1), ('C', 2), ('d', 3)] {
            assert_eq!(action(quiz(false), &Key::Char(c)), Action::Answer(i));
        }
        assert_eq!(action(quiz(false), &Key::Char('q')), Action::Quit);
        assert_eq!(action(quiz(false), &Key::Char('h')), Action::Hint);
        assert_eq!(action(quiz(false), &Key::Char('l')), Action::List);
        assert_eq!(action(quiz(true), &Key::Char('n')), Action::Next);
    }

    #[test]
    fn no_command_key_is_a_choice_letter() {
        for key in ['q', 'n', 'h', 'l', 'r', 'v', 'x', 'e'] {
            assert!(!('a'..='d').contains(&key), "{key}");
        }
        let three = Screen::Exercise {
            choices: Some(3),
            done: false,
            hints: false,
        };
        assert_eq!(action(three, &Key::Char('d')), Action::Nothing);
    }

    #[test]
    fn next_works_only_on_a_done_exercise_and_the_footer_says_so() {
        assert_eq!(action(kata(false), &Key::Char('n')), Action::NotDoneYet);
        assert_eq!(action(kata(true), &Key::Char('n')), Action::Next);
        assert!(!footer(kata(false)).contains("n next"));
        assert!(footer(kata(true)).starts_with("n next"));
        assert!(!footer(quiz(false)).contains("n next"));
        assert!(
            !footer(quiz(false)).contains("h hint"),
            "the quiz has no hints"
        );
        assert!(footer(kata(false)).contains("h hint"));
    }

    #[test]
    fn the_other_screens() {
        assert_eq!(action(Screen::Welcome, &Key::Char('x')), Action::Back);
        assert_eq!(action(Screen::Welcome, &Key::Char('q')), Action::Quit);
        assert_eq!(action(Screen::Pager, &Key::Escape), Action::Back);
        assert_eq!(action(Screen::Pager, &Key::PageDown), Action::Page(1));
        assert_eq!(action(Screen::ConfirmReset, &Key::Char('y')), Action::Reset);
        assert_eq!(
            action(Screen::ConfirmReset, &Key::Char('n')),
            Action::CancelReset
        );
        assert_eq!(action(Screen::Finished, &Key::Char('l')), Action::List);
        assert_eq!(action(kata(false), &Key::CtrlC), Action::Quit);
        assert_eq!(action(kata(false), &Key::Escape), Action::Nothing);
        assert_eq!(action(Screen::List, &Key::Char('q')), Action::ListKey);
    }
}
