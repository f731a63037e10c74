//! Quizzes: the compiler holds the answer key. The right choice is whichever
//! one describes what building and running the program actually did.

use crate::catalogue::{Expected, Quiz, letter};
use crate::engine::{EndingRecord, ProgramRun};

/// Whether a choice's outcome is what happened.
pub fn matches(expected: &Expected, run: &ProgramRun) -> bool {
    match expected {
        Expected::Error(code) => !run.compiled && run.error_codes.iter().any(|c| c == code),
        Expected::Prints(text) => {
            run.ending == Some(EndingRecord::Exited(0)) && run.stdout.as_deref() == Some(text)
        }
        Expected::Panics => run.compiled && run.panicked,
    }
}

/// Indices of every choice that matches.
pub fn matching(quiz: &Quiz, run: &ProgramRun) -> Vec<usize> {
    quiz.choices
        .iter()
        .enumerate()
        .filter(|(_, c)| matches(&c.outcome, run))
        .map(|(i, _)| i)
        .collect()
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
pub fn right_choice(quiz: &Quiz, run: &ProgramRun) -> Result<usize, BrokenQuiz> {
    match matching(quiz, run).as_slice() {
        [one] => Ok(*one),
        [] => Err(BrokenQuiz::NoMatch(describe(run))),
        many => Err(BrokenQuiz::Ambiguous(many.to_vec(), describe(run))),
    }
}

/// What happened, in a sentence: `it does not compile (E0382)`.
pub fn describe(run: &ProgramRun) -> String {
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
            crate::engine::sandbox::signal_name(s)
        ),
        Some(EndingRecord::TimedOut) => "it compiles, then runs past the time limit".to_string(),
        None => "it was not run".to_string(),
    }
}

/// The program with line numbers, the question and the lettered choices.
pub fn render(quiz: &Quiz, program: &str) -> String {
    let mut text = String::new();
    let lines: Vec<&str> = program.lines().collect();
    let width = lines.len().to_string().len();
    // The opening comment says "read this and answer": the screen says
    // that already. Line numbers stay the file's, as the compiler counts.
    let start = lines
        .iter()
        .position(|l| {
            let l = l.trim();
            !l.is_empty() && !l.starts_with("//")
        })
        .unwrap_or(0);
    for (i, line) in lines.iter().enumerate().skip(start) {
        text.push_str(&format!(
            "{} {line}\n",
            console::style(format!("{:>width$} │", i + 1)).dim()
        ));
    }
    text.push('\n');
    text.push_str(&format!("{}\n\n", console::style(&quiz.question).bold()));
    for (i, choice) in quiz.choices.iter().enumerate() {
        text.push_str(&format!(
            "  {}  {}\n",
            console::style(format!("{})", letter(i))).cyan().bold(),
            choice.says
        ));
    }
    text
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
pub struct Answered {
    pub chosen: usize,
    pub right: usize,
    pub run: ProgramRun,
    /// The exercise to move on to, when this answer completed the current one.
    pub next: Option<usize>,
}

impl Answered {
    pub fn is_right(&self) -> bool {
        self.chosen == self.right
    }
}

/// Answers `exercise` with choice `chosen`, and records it: the first answer
/// decides "right first time"; a right answer completes the quiz.
pub fn answer(
    workspace: &crate::workspace::Workspace,
    store: &crate::state::Store,
    exercise: &crate::catalogue::Exercise,
    run: ProgramRun,
    chosen: usize,
) -> anyhow::Result<Answered> {
    let quiz = exercise
        .quiz
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("{} is a kata, not a quiz", exercise.name))?;
    let right = right_choice(quiz, &run).map_err(|e| {
        anyhow::anyhow!(
            "the quiz {} is broken: {e}. Tell its author; `memkata dev check` finds such quizzes",
            exercise.name
        )
    })?;
    let next = store.update(workspace, |state| {
        let record = state.record(&exercise.name);
        record.attempts += 1;
        let quiz_record = record.quiz.get_or_insert_with(Default::default);
        if quiz_record.answers.is_empty() {
            quiz_record.right_first_time = chosen == right;
        }
        quiz_record.answers.push(letter(chosen));
        if chosen == right {
            record.last_verdict = Some(crate::verdict::Verdict::Passed);
            crate::commands::complete(workspace, state, exercise)
        } else {
            if !record.done {
                record.last_verdict = Some(crate::verdict::Verdict::WrongAnswer);
            }
            None
        }
    })?;
    Ok(Answered {
        chosen,
        right,
        run,
        next,
    })
}

/// What the learner reads after answering.
pub fn answer_text(quiz: &Quiz, answered: &Answered) -> String {
    use console::style;
    let mut text = String::new();
    let right = &quiz.choices[answered.right];
    if answered.is_right() {
        text.push_str(&format!(
            "{} {}) {}\n",
            style("✓ Right:").green().bold(),
            letter(answered.right),
            right.says
        ));
    } else {
        text.push_str(&format!(
            "{} you chose {}) {}\n  The answer is {}) {}\n",
            style("✗ Not quite:").red().bold(),
            letter(answered.chosen),
            quiz.choices[answered.chosen].says,
            letter(answered.right),
            right.says
        ));
    }
    if let Some(explanation) = &quiz.explanation {
        text.push_str(&format!("\n{explanation}\n"));
    }
    let said = answered.run.said.trim_end();
    let who = if answered.run.compiled {
        "program"
    } else {
        "compiler"
    };
    text.push_str(&format!(
        "\n{}\n",
        style(format!(
            "What the {who} said ({}):",
            describe(&answered.run)
        ))
        .bold()
    ));
    if said.is_empty() {
        text.push_str("  (nothing)\n");
    } else {
        text.push_str(said);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Choice;

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

    fn ran(code: i32, stdout: &str, panicked: bool) -> ProgramRun {
        ProgramRun {
            compiled: true,
            error_codes: vec![],
            ending: Some(EndingRecord::Exited(code)),
            stdout: Some(stdout.into()),
            panicked,
            said: String::new(),
        }
    }

    #[test]
    fn each_outcome_kind_matches() {
        let q = quiz();
        assert_eq!(right_choice(&q, &ran(0, "5 5\n", false)).unwrap(), 0);
        let failed = ProgramRun {
            compiled: false,
            error_codes: vec!["E0382".into()],
            ending: None,
            stdout: None,
            panicked: false,
            said: String::new(),
        };
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
    fn letters_parse() {
        let q = quiz();
        assert_eq!(parse_letter(&q, "B"), Some(1));
        assert_eq!(parse_letter(&q, "d"), None);
        assert_eq!(parse_letter(&q, "ab"), None);
    }
}
