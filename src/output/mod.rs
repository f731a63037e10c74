//! How results read: on a terminal, in JSON and in JUnit XML.

pub mod classroom;
pub mod json;
pub mod junit;
pub mod text;

use console::{StyledObject, style};

use crate::catalogue::Exercise;
use crate::cli::ColorChoice;
use crate::probe::{self, Measurement};
use crate::verdict::{Outcome, Verdict};

/// Decides once whether memkata colours what it prints: `--color`, then
/// `NO_COLOR` (any value but empty: never), then `CLICOLOR_FORCE` (any
/// value but `0`: always), then whether the stream is a terminal.
pub fn choose_colour(choice: ColorChoice) {
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let forced = match choice {
        ColorChoice::Always => Some(true),
        ColorChoice::Never => Some(false),
        ColorChoice::Auto if env("NO_COLOR").is_some() => Some(false),
        ColorChoice::Auto if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") => Some(true),
        ColorChoice::Auto => None,
    };
    if let Some(on) = forced {
        console::set_colors_enabled(on);
        console::set_colors_enabled_stderr(on);
    }
}

/// `path` as a terminal hyperlink to `absolute`, where colour is on and
/// the terminal is known to follow links (others would print the escape
/// sequence as text); else `path` as it is.
pub fn link(path: &str, absolute: &std::path::Path) -> String {
    if !console::colors_enabled() || !terminal_follows_links() {
        return path.to_string();
    }
    let url = format!("file://{}", absolute.display()).replace(' ', "%20");
    format!("\x1b]8;;{url}\x1b\\{path}\x1b]8;;\x1b\\")
}

/// Terminals that follow OSC 8 links: VS Code, iTerm2, WezTerm, Windows
/// Terminal, kitty, GNOME's VTE, Konsole, foot, tmux ≥ 3.4 passes them on.
fn terminal_follows_links() -> bool {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("FORCE_HYPERLINK") == "1" {
        return true;
    }
    matches!(
        var("TERM_PROGRAM").as_str(),
        "vscode" | "iTerm.app" | "WezTerm" | "ghostty"
    ) || !var("WT_SESSION").is_empty()
        || !var("KONSOLE_VERSION").is_empty()
        || var("VTE_VERSION").parse::<u32>().is_ok_and(|v| v >= 5000)
        || matches!(var("TERM").as_str(), "xterm-kitty" | "foot" | "foot-extra")
}

/// A verdict's words in its colour.
pub fn styled_verdict(verdict: Verdict) -> StyledObject<&'static str> {
    let words = style(verdict.human()).bold();
    match verdict {
        Verdict::Passed => words.green(),
        Verdict::Unanswered => words.yellow(),
        _ => words.red(),
    }
}

/// `✓` or `✗`, coloured.
pub fn mark(passed: bool) -> StyledObject<&'static str> {
    if passed {
        style("✓").green().bold()
    } else {
        style("✗").red().bold()
    }
}

/// The status line tests and learners read: `box2: compile error`.
pub fn status_line(exercise: &Exercise, outcome: &Outcome) -> String {
    format!(
        "{} {}: {}",
        mark(outcome.verdict.is_pass()),
        style(&exercise.name).bold(),
        styled_summary(outcome)
    )
}

/// The verdict in its colour, and its detail: `tests failed: 1 of 2 tests failed`.
pub fn styled_summary(outcome: &Outcome) -> String {
    match &outcome.detail {
        Some(detail) => format!("{}: {detail}", styled_verdict(outcome.verdict)),
        None => styled_verdict(outcome.verdict).to_string(),
    }
}

/// Removes colour codes when they would not be understood.
pub fn for_terminal(text: &str, colour: bool) -> String {
    if colour {
        text.to_string()
    } else {
        console::strip_ansi_codes(text).into_owned()
    }
}

/// What the learner reads after a check: the compiler's and the program's
/// output, the memory figures, the hints for the errors hit, the verdict.
pub fn outcome_text(
    exercise: &Exercise,
    outcome: &Outcome,
    reference: Option<&[Measurement]>,
    colour: bool,
) -> String {
    let mut text = outcome_body(exercise, outcome, reference, colour);
    text.push_str(&status_line(exercise, outcome));
    text.push('\n');
    for_terminal(&text, colour)
}

/// [`outcome_text`] without the status line.
pub fn outcome_body(
    exercise: &Exercise,
    outcome: &Outcome,
    reference: Option<&[Measurement]>,
    colour: bool,
) -> String {
    let mut text = String::new();
    if outcome.tests_modified {
        text.push_str(&format!(
            "{}\n\n",
            style("Your changes to the tests were set aside: the course's own tests ran.").dim()
        ));
    }
    for v in &outcome.violations {
        text.push_str(&format!(
            "{} `{}` is not allowed in this exercise (line {}, column {}):\n  {}\n\n",
            style("✗").red().bold(),
            style(&v.used).bold(),
            v.line,
            v.column,
            v.why
        ));
    }
    let output = clip(outcome.output.trim_matches('\n').trim_end());
    if !output.is_empty() {
        text.push_str(&output);
        text.push_str("\n\n");
    }
    if outcome.output_cut {
        text.push_str(&format!(
            "{}\n\n",
            style("Output cut: the program printed more than memkata keeps; the first part and the last are shown.").yellow()
        ));
    }
    if !outcome.memory.is_empty() {
        text.push_str(&format!(
            "{}\n",
            style("Memory, as measured by memkata_probe:").bold()
        ));
        for line in probe::report_lines(&outcome.memory, reference) {
            text.push_str(&format!("  {line}\n"));
        }
        text.push('\n');
    }
    for (code, hint) in error_hints(exercise, outcome) {
        text.push_str(&format!(
            "{} {hint}\n\n",
            style(format!("About {code}:")).cyan().bold()
        ));
    }
    for_terminal(&text, colour)
}

/// The exercise's targeted hints for the error codes the build hit.
pub fn error_hints<'a>(exercise: &'a Exercise, outcome: &Outcome) -> Vec<(&'a str, &'a str)> {
    if outcome.verdict != Verdict::CompileError {
        return Vec::new();
    }
    outcome
        .error_codes
        .iter()
        .filter_map(|code| exercise.error_hints.get_key_value(code.as_str()))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// The last `max` bytes of `text` at a line boundary, for reports that must
/// stay small (JUnit failure texts).
pub fn tail(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let cut = &text[start..];
    let cut = cut.find('\n').map_or(cut, |i| &cut[i + 1..]);
    format!(
        "[… {} earlier not shown …]\n{cut}",
        crate::human::bytes(start as u64)
    )
}

/// Lines of program output shown on a terminal, at most: the first part and
/// the last, where a panic message would be.
const SHOWN_LINES: usize = 400;

/// Output short enough to read on a terminal.
pub fn clip(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= SHOWN_LINES {
        return text.to_string();
    }
    let head = SHOWN_LINES / 4;
    let tail = SHOWN_LINES - head;
    format!(
        "{}\n{}\n{}",
        lines[..head].join("\n"),
        style(format!(
            "[… {} lines not shown …]",
            lines.len() - SHOWN_LINES
        ))
        .dim(),
        lines[lines.len() - tail..].join("\n")
    )
}
