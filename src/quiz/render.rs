//! A quiz as the learner reads it: the program, the question, the choices;
//! and after an answer, the verdict, the explanation and what the compiler
//! said.

use console::style;

use super::{Answered, QuizRun, describe_program, fix};
use crate::catalogue::{Expected, Quiz, letter};

/// The program with line numbers, the question and the lettered choices.
/// The region a "which fix?" choice replaces is marked, and each such
/// choice is shown as the change it makes.
pub fn render(quiz: &Quiz, program: &str) -> String {
    let mut text = String::new();
    let lines: Vec<&str> = program.lines().collect();
    let width = lines.len().to_string().len();
    let region = fix::region(program).ok();
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
        let number = style(format!("{:>width$} │", i + 1)).dim();
        let marked = region.is_some_and(|r| i > r.start && i < r.end);
        let is_marker = region.is_some_and(|r| i == r.start || i == r.end);
        if is_marker {
            let what = if region.is_some_and(|r| i == r.start) {
                "┌─ the code each choice replaces"
            } else {
                "└─"
            };
            text.push_str(&format!(
                "{number} {}\n",
                style(format!("{}{what}", indent_of(line))).yellow()
            ));
        } else if marked {
            text.push_str(&format!("{number} {}\n", style(line).yellow()));
        } else {
            text.push_str(&format!("{number} {line}\n"));
        }
    }
    text.push('\n');
    text.push_str(&format!("{}\n\n", style(&quiz.question).bold()));
    for (i, choice) in quiz.choices.iter().enumerate() {
        let label = style(format!("{})", letter(i))).cyan().bold();
        text.push_str(&format!("  {label}  {}\n", choice.says));
        if let Expected::Fix(change) = &choice.outcome {
            text.push_str(&diff(program, change));
            text.push('\n');
        }
    }
    text
}

fn indent_of(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// A choice's change as removed and added lines.
fn diff(program: &str, change: &str) -> String {
    let old = fix::original_lines(program).unwrap_or_default().join("\n");
    let old = fix::indented(&old, "");
    let new = fix::indented(change, "");
    if old == new {
        return format!("      {}\n", style("(leaves the code as it is)").dim());
    }
    let mut text = String::new();
    for line in old {
        text.push_str(&format!("      {}\n", style(format!("- {line}")).red()));
    }
    for line in new {
        text.push_str(&format!("      {}\n", style(format!("+ {line}")).green()));
    }
    text
}

/// What the learner reads after answering.
pub fn answer_text(quiz: &Quiz, answered: &Answered) -> String {
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
    match &answered.run {
        QuizRun::Program(run) => {
            let who = if run.compiled { "program" } else { "compiler" };
            text.push_str(&format!(
                "\n{}\n",
                style(format!("What the {who} said ({}):", describe_program(run))).bold()
            ));
            said(&mut text, &run.said);
        }
        QuizRun::Fixes(outcomes) => {
            text.push_str(&format!("\n{}\n", style("What each change got:").bold()));
            for (i, outcome) in outcomes.iter().enumerate() {
                text.push_str(&format!("  {}) {}\n", letter(i), outcome.summary()));
            }
            if let Some(chosen) = outcomes.get(answered.chosen)
                && !answered.is_right()
            {
                text.push_str(&format!(
                    "\n{}\n",
                    style(format!(
                        "What the compiler said to {}):",
                        letter(answered.chosen)
                    ))
                    .bold()
                ));
                for v in &chosen.violations {
                    text.push_str(&format!("  {}\n", v.summary()));
                }
                if chosen.violations.is_empty() || !chosen.output.trim().is_empty() {
                    said(&mut text, &chosen.output);
                }
            }
        }
    }
    text
}

fn said(text: &mut String, said: &str) {
    let said = said.trim_end();
    if said.is_empty() {
        text.push_str("  (nothing)\n");
    } else {
        text.push_str(said);
        text.push('\n');
    }
}
