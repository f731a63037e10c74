//! Quizzes: the compiler holds the answer key. The right choice is whichever
//! one describes what building and running the program actually did, or,
//! for a "which fix?" quiz, the one change that makes it compile and pass.
//!
//! A quiz is always built from the course's own copy of its program: a
//! learner may experiment in their file, and the answer key does not move.

pub mod fix;
mod render;

use anyhow::{Context, Result};

use crate::catalogue::{Exercise, Expected, Quiz, letter};
use crate::engine::{Attempt, Cancel, EndingRecord, Engine, ProgramRun, Role};
use crate::verdict::Outcome;
use crate::workspace::Workspace;
pub use render::{answer_text, render};

/// What the compiler said to a quiz.
#[derive(Debug, Clone)]
pub enum QuizRun {
    /// The program, built and run.
    Program(ProgramRun),
    /// Each choice's change applied, built and checked, in order.
    Fixes(Vec<Outcome>),
}

/// The program a quiz asks about: the course's copy, else the file.
pub fn program(ws: &Workspace, exercise: &Exercise) -> Result<Vec<u8>> {
    match ws.original(exercise) {
        Some(bytes) => Ok(bytes),
        None => std::fs::read(ws.file(exercise))
            .with_context(|| format!("could not read {}", exercise.path().display())),
    }
}

/// Builds and runs the quiz (every choice of a "which fix?" quiz).
pub fn run(
    engine: &Engine,
    exercise: &Exercise,
    program: &[u8],
    cancel: &Cancel,
) -> Result<QuizRun> {
    let quiz = exercise
        .quiz
        .as_ref()
        .with_context(|| format!("{} is a kata, not a quiz", exercise.name))?;
    if !quiz.is_fix() {
        return Ok(QuizRun::Program(
            engine.run_program(exercise, program, cancel)?,
        ));
    }
    let text = String::from_utf8_lossy(program);
    let variants = quiz
        .choices
        .iter()
        .map(|choice| match &choice.outcome {
            Expected::Fix(change) => fix::apply(&text, change)
                .with_context(|| format!("the quiz {} is broken", exercise.name)),
            _ => anyhow::bail!("the quiz {} mixes kinds of choices", exercise.name),
        })
        .collect::<Result<Vec<String>>>()?;
    // The changes are built side by side: a learner may answer at once.
    let outcomes = std::thread::scope(|scope| {
        let handles: Vec<_> = variants
            .iter()
            .enumerate()
            .map(|(i, variant)| {
                scope.spawn(move || {
                    let attempt = Attempt {
                        role: Role::Fix(i),
                        code: variant.as_bytes(),
                        original: Some(variant.as_bytes()),
                    };
                    engine.check(exercise, &attempt, cancel, true)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .map_err(|_| anyhow::anyhow!("building a quiz's choice panicked"))?
            })
            .collect::<Result<Vec<_>>>()
    })?;
    Ok(QuizRun::Fixes(outcomes))
}

/// Whether choice `i` is what happened.
fn matches(quiz: &Quiz, i: usize, run: &QuizRun) -> bool {
    match (&quiz.choices[i].outcome, run) {
        (Expected::Fix(_), QuizRun::Fixes(outcomes)) => {
            outcomes.get(i).is_some_and(|o| o.verdict.is_pass())
        }
        (Expected::Error(code), QuizRun::Program(run)) => {
            !run.compiled && run.error_codes.iter().any(|c| c == code)
        }
        (Expected::Prints(text), QuizRun::Program(run)) => {
            run.ending == Some(EndingRecord::Exited(0)) && run.stdout.as_deref() == Some(text)
        }
        (Expected::Panics, QuizRun::Program(run)) => run.compiled && run.panicked,
        _ => false,
    }
}

/// A quiz whose choices don't single out what happened.
#[derive(Debug, thiserror::Error)]
pub enum BrokenQuiz {
    #[error("no choice matches what happened ({0})")]
    NoMatch(String),
    #[error("choices {letters} all match what happened ({what})", letters = .0.iter().map(|&i| letter(i).to_string()).collect::<Vec<_>>().join(", "), what = .1)]
    Ambiguous(Vec<usize>, String),
}

/// The one right choice, or why the quiz is broken.
pub fn right_choice(quiz: &Quiz, run: &QuizRun) -> Result<usize, BrokenQuiz> {
    let matching: Vec<usize> = (0..quiz.choices.len())
        .filter(|&i| matches(quiz, i, run))
        .collect();
    match matching.as_slice() {
        [one] => Ok(*one),
        [] => Err(BrokenQuiz::NoMatch(describe(run))),
        many => Err(BrokenQuiz::Ambiguous(many.to_vec(), describe(run))),
    }
}

/// What happened, in a sentence: `it does not compile (E0382)`; for a
/// "which fix?" quiz, what each choice got.
pub fn describe(run: &QuizRun) -> String {
    match run {
        QuizRun::Program(run) => describe_program(run),
        QuizRun::Fixes(outcomes) => outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{}) {}", letter(i), o.summary()))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn describe_program(run: &ProgramRun) -> String {
    if !run.compiled {
        return match run.error_codes.as_slice() {
            [] => "it does not compile".to_string(),
            codes => format!("it does not compile ({})", codes.join(", ")),
        };
    }
    if run.panicked {
        return "it compiles, then panics".to_string();
    }
    match run.ending {
        Some(EndingRecord::Exited(0)) => match &run.stdout {
            Some(out) => format!("it compiles and prints {out:?}"),
            None => "it compiles and prints more than memkata keeps".to_string(),
        },
        Some(EndingRecord::Exited(code)) => format!("it compiles, then exits with status {code}"),
        Some(EndingRecord::Signalled(s)) => format!(
            "it compiles, then crashes ({})",
            crate::engine::sandbox::crash_name(s)
        ),
        Some(EndingRecord::TimedOut) => "it compiles, then runs past the time limit".to_string(),
        None => "it was not run".to_string(),
    }
}

/// The letter as a choice index, if it names one.
pub fn parse_letter(quiz: &Quiz, input: &str) -> Option<usize> {
    let mut chars = input.trim().chars();
    let c = chars.next()?.to_ascii_lowercase();
    if chars.next().is_some() || !c.is_ascii_lowercase() {
        return None;
    }
    let i = (c as u8 - b'a') as usize;
    (i < quiz.choices.len()).then_some(i)
}

/// The result of answering a quiz.
#[derive(Debug, Clone)]
pub struct Answered {
    pub chosen: usize,
    pub right: usize,
    pub run: QuizRun,
}

impl Answered {
    pub fn is_right(&self) -> bool {
        self.chosen == self.right
    }

    /// Judges choice `chosen` against what the compiler said.
    pub fn new(exercise: &Exercise, run: QuizRun, chosen: usize) -> Result<Answered> {
        let quiz = exercise
            .quiz
            .as_ref()
            .with_context(|| format!("{} is a kata, not a quiz", exercise.name))?;
        let right = right_choice(quiz, &run).map_err(|e| {
            anyhow::anyhow!(
                "the quiz {} is broken: {e}. Tell its author; `memkata dev check` finds such quizzes",
                exercise.name
            )
        })?;
        Ok(Answered { chosen, right, run })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Choice;
    use crate::verdict::Verdict;

    fn quiz() -> Quiz {
        let choice = |says: &str, outcome| Choice {
            says: says.into(),
            outcome,
        };
        Quiz {
            question: "?".into(),
            choices: vec![
                choice("prints", Expected::Prints("5 5\n".into())),
                choice("E0382", Expected::Error("E0382".into())),
                choice("panics", Expected::Panics),
            ],
            explanation: None,
        }
    }

    fn ran(code: i32, stdout: &str, panicked: bool) -> QuizRun {
        QuizRun::Program(ProgramRun {
            compiled: true,
            error_codes: vec![],
            ending: Some(EndingRecord::Exited(code)),
            stdout: Some(stdout.into()),
            panicked,
            said: String::new(),
        })
    }

    #[test]
    fn each_outcome_kind_matches() {
        let q = quiz();
        assert_eq!(right_choice(&q, &ran(0, "5 5\n", false)).unwrap(), 0);
        let failed = QuizRun::Program(ProgramRun {
            compiled: false,
            error_codes: vec!["E0382".into()],
            ending: None,
            stdout: None,
            panicked: false,
            said: String::new(),
        });
        assert_eq!(right_choice(&q, &failed).unwrap(), 1);
        assert_eq!(right_choice(&q, &ran(101, "", true)).unwrap(), 2);
    }

    #[test]
    fn unmatched_and_ambiguous_are_broken() {
        let q = quiz();
        assert!(matches!(
            right_choice(&q, &ran(0, "5 6\n", false)),
            Err(BrokenQuiz::NoMatch(_))
        ));
        let mut twice = quiz();
        twice.choices.push(twice.choices[0].clone());
        assert!(matches!(
            right_choice(&twice, &ran(0, "5 5\n", false)),
            Err(BrokenQuiz::Ambiguous(..))
        ));
    }

    #[test]
    fn the_fix_that_passes_is_right() {
        let fix = |s: &str| Choice {
            says: s.into(),
            outcome: Expected::Fix(s.into()),
        };
        let q = Quiz {
            question: "?".into(),
            choices: vec![fix("a"), fix("b")],
            explanation: None,
        };
        let run = QuizRun::Fixes(vec![
            Outcome::new(Verdict::CompileError, String::new()),
            Outcome::new(Verdict::Passed, String::new()),
        ]);
        assert_eq!(right_choice(&q, &run).unwrap(), 1);
        let none = QuizRun::Fixes(vec![
            Outcome::new(Verdict::CompileError, String::new()),
            Outcome::new(Verdict::TestsFailed, String::new()),
        ]);
        assert!(matches!(
            right_choice(&q, &none),
            Err(BrokenQuiz::NoMatch(_))
        ));
    }

    #[test]
    fn letters_parse() {
        let q = quiz();
        assert_eq!(parse_letter(&q, "B"), Some(1));
        assert_eq!(parse_letter(&q, "d"), None);
        assert_eq!(parse_letter(&q, "ab"), None);
    }
}
