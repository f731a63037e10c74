//! A quiz as the learner reads it: the program, the question, the choices;
//! and after an answer, the verdict, the explanation and what the compiler
//! said.

use console::style;

use super::{Answered, QuizRun, fix};
use crate::catalogue::{Expected, Quiz, letter};

/// The question, the program with line numbers, the lettered choices, and
/// the program's tests last (they say what "passes" means, and are long).
/// The region a "which fix?" choice replaces is marked, and each such
/// choice is shown as the change it makes.
pub fn render(quiz: &Quiz, program: &str) -> String {
    let lines: Vec<&str> = program.lines().collect();
    let region = fix::region(program).ok();
    // The opening comment says "read this and answer": the screen says
    // that already. Line numbers stay the file's, as the compiler counts.
    let start = lines
        .iter()
        .position(|l| {
            let l = l.trim();
            (!l.is_empty() && !l.starts_with("//")) || l == fix::START
        })
        .unwrap_or(0);
    let tests = lines
        .iter()
        .position(|l| l.starts_with("#[cfg(test)]"))
        .unwrap_or(lines.len());
    let numbered = Numbered {
        lines: &lines,
        region,
        width: lines.len().to_string().len(),
    };
    let mut text = format!("{}\n\n", style(&quiz.question).bold());
    numbered.push(&mut text, start..tests);
    text.push('\n');
    for (i, choice) in quiz.choices.iter().enumerate() {
        let label = style(format!("{})", letter(i))).cyan().bold();
        text.push_str(&format!("  {label}  {}\n", choice.says));
        if let Expected::Fix(change) = &choice.outcome {
            text.push_str(&diff(program, change));
            text.push('\n');
        }
    }
    if tests < lines.len() {
        text.push_str(&format!(
            "\n{}\n",
            style("The program's tests, which a change must pass:").bold()
        ));
        numbered.push(&mut text, tests..lines.len());
    }
    text
}

/// A program's lines with their numbers, the region to change marked.
struct Numbered<'a> {
    lines: &'a [&'a str],
    region: Option<fix::Region>,
    width: usize,
}

impl Numbered<'_> {
    fn push(&self, text: &mut String, range: std::ops::Range<usize>) {
        let width = self.width;
        for i in range {
            let line = self.lines[i];
            let number = style(format!("{:>width$} │", i + 1)).dim();
            let (start, end) = match self.region {
                Some(r) => (r.start, r.end),
                None => (usize::MAX, usize::MAX),
            };
            if i == start || i == end {
                let what = if i == start {
                    "┌─ the code each choice replaces"
                } else {
                    "└─"
                };
                let mark = style(format!("{}{what}", indent_of(line))).yellow();
                text.push_str(&format!("{number} {mark}\n"));
            } else if i > start && i < end {
                text.push_str(&format!("{number} {}\n", style(line).yellow()));
            } else {
                text.push_str(&format!("{number} {line}\n"));
            }
        }
    }
}

fn indent_of(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// A choice's change: the lines it removes and those it adds, without the
/// lines it keeps at either end.
fn diff(program: &str, change: &str) -> String {
    let old = fix::original_lines(program).unwrap_or_default().join("\n");
    let old = fix::indented(&old, "");
    let new = fix::indented(change, "");
    if old == new {
        return format!("      {}\n", style("(leaves the code as it is)").dim());
    }
    let same_start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let same_end = old[same_start..]
        .iter()
        .rev()
        .zip(new[same_start..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let mut text = String::new();
    if same_start > 0 {
        text.push_str(&format!("      {}\n", style("  …").dim()));
    }
    for line in &old[same_start..old.len() - same_end] {
        text.push_str(&format!("      {}\n", style(format!("- {line}")).red()));
    }
    for line in &new[same_start..new.len() - same_end] {
        text.push_str(&format!("      {}\n", style(format!("+ {line}")).green()));
    }
    if same_end > 0 {
        text.push_str(&format!("      {}\n", style("  …").dim()));
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
                style(format!("What the {who} said:")).bold()
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
                    style(format!("What {}) got:", letter(answered.chosen))).bold()
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
