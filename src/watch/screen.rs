//! Drawing the watch screen from the loop's state, at any size.
//!
//! ```text
//! memkata  [██████░░░░░░░░░░░░░░] 12/120 done  ·  box
//! box2  exercises/box/box2.rs
//! ────────────────────────────────────────────────
//! (the compiler's or the tests' output, a quiz, the list, a hint…)
//! ────────────────────────────────────────────────   (or a message)
//! ✗ box2: compile error                              (the status line)
//! n next · h hint · l list · r rerun · c check all · x reset · e explain · q quit
//! ```

use console::style;

use super::focus::{FileState, Latest, Passed};
use super::session::{Session, View};
use super::wrap::{fit, wrap_text};
use crate::catalogue::Kind;
use crate::checks::quiz_outcome;
use crate::output::{self, for_terminal};
use crate::quiz;
use crate::verdict::Verdict;

/// The whole screen, one string per row.
pub fn frame(app: &Session, width: usize, height: usize) -> Vec<String> {
    let colour = console::colors_enabled();
    let exercise = app.exercise();
    let mut rows = Vec::with_capacity(height);
    rows.push(fit(&header(app, width), width));
    rows.push(fit(&title(app), width));
    rows.push(rule(width));

    let body_height = height.saturating_sub(6);
    let body = body(app, width, body_height, colour);
    let scroll = match &app.view {
        View::Pager { scroll, .. } => *scroll,
        View::Exercise | View::ConfirmReset => app.focus.scroll,
        _ => 0,
    };
    let max_scroll = body.len().saturating_sub(body_height);
    let scroll = scroll.min(max_scroll);
    let shown: Vec<String> = body.into_iter().skip(scroll).take(body_height).collect();
    let more_below = scroll < max_scroll;
    let count = shown.len();
    rows.extend(shown);
    rows.extend(std::iter::repeat_n(String::new(), body_height - count));

    let note = message_line(app, exercise.name.as_str(), more_below);
    rows.push(match note {
        Some(text) => fit(&text, width),
        None => rule(width),
    });
    rows.push(fit(&status(app), width));
    rows.push(fit(&style(app.footer()).dim().to_string(), width));
    rows.truncate(height);
    rows
}

fn rule(width: usize) -> String {
    style("─".repeat(width)).dim().to_string()
}

fn header(app: &Session, _width: usize) -> String {
    let total = app.ws.catalogue.exercises.len();
    let done = app.state.done_count(&app.ws.catalogue);
    let filled = done * 20 / total.max(1);
    let bar = format!(
        "{}{}",
        style("█".repeat(filled)).green(),
        style("░".repeat(20 - filled)).dim()
    );
    let exercise = app.exercise();
    let kind = match exercise.kind() {
        Kind::Quiz => "quiz",
        Kind::Kata => "kata",
    };
    format!(
        "{}  [{bar}] {done}/{total} done  ·  {} {kind} {}/{total}",
        style("memkata").bold(),
        style(exercise.topic()).cyan(),
        app.current + 1
    )
}

fn title(app: &Session) -> String {
    let exercise = app.exercise();
    let relative = exercise.path().display().to_string();
    let path = output::link(&relative, &app.ws.file(exercise));
    format!("{}  {path}", style(&exercise.name).bold())
}

fn body(app: &Session, width: usize, height: usize, colour: bool) -> Vec<String> {
    let text = match &app.view {
        View::Welcome => {
            let welcome = app.ws.catalogue.welcome_message.as_deref().unwrap_or("");
            format!("{welcome}\n\n{}", style("Press any key to start.").bold())
        }
        View::Finished => finished(app),
        View::List(list) => {
            return list.render(&app.ws.catalogue, &app.state, app.current, width, height);
        }
        View::Pager { title, lines, .. } => {
            let mut text = format!("{}\n\n", style(title).bold());
            text.push_str(&lines.join("\n"));
            text
        }
        View::Exercise | View::ConfirmReset => exercise_body(app, colour),
    };
    wrap_text(&for_terminal(&text, colour), width)
}

fn exercise_body(app: &Session, colour: bool) -> String {
    let exercise = app.exercise();
    let focus = &app.focus;
    let mut text = String::new();
    if app.is_passed() && focus.passed != Passed::No {
        text.push_str(&passed_banner(app));
        text.push('\n');
    }
    if focus.file == FileState::Missing {
        text.push_str(&format!(
            "{} {} is missing. Press x to restore the original.\n\n",
            style("!").red().bold(),
            exercise.path().display()
        ));
    }
    for (i, hint) in exercise.hints.iter().take(focus.hints_visible).enumerate() {
        text.push_str(&format!(
            "{} {hint}\n\n",
            style(format!("Hint {} of {}:", i + 1, exercise.hints.len()))
                .yellow()
                .bold()
        ));
    }
    if let Some(q) = &exercise.quiz {
        // After an answer, the verdict and the explanation come first: that
        // is what the learner looks for; the program stays below.
        if let Some(answered) = &focus.quiz.answered {
            text.push_str(&quiz::answer_text(q, answered));
            text.push_str(&format!("\n{}\n", style("The program:").bold()));
        } else if focus.quiz.queued.is_some() {
            text.push_str("Checking what the compiler says…\n\n");
        }
        if let Some(Err(e)) = &focus.quiz.run {
            text.push_str(&format!("memkata could not build this quiz:\n{e}\n\n"));
        }
        text.push_str(&quiz::render(q, &focus.quiz.program));
        return text;
    }
    match &focus.latest {
        Latest::Failed(failure) => text.push_str(&format!(
            "memkata could not check this exercise:\n{failure}\n"
        )),
        Latest::Outcome(outcome) => text.push_str(&output::outcome_body(
            exercise,
            outcome,
            focus.reference.as_deref(),
            colour,
        )),
        Latest::Nothing if focus.busy() => text.push_str("Building and running it…\n"),
        Latest::Nothing => {}
    }
    text
}

fn passed_banner(app: &Session) -> String {
    let exercise = app.exercise();
    let what = if exercise.kind() == Kind::Quiz {
        "quiz"
    } else {
        "kata"
    };
    let mut text = format!(
        "{} the {what} {} passes. Well done!\n",
        style("✓").green().bold(),
        style(&exercise.name).bold()
    );
    if exercise.kind() == Kind::Kata && app.ws.solution_file(exercise).is_file() {
        text.push_str(&format!(
            "  Compare with the reference solution: {}\n",
            exercise.solution_path().display()
        ));
    }
    let next = app.state.next_pending(&app.ws.catalogue, Some(app.current));
    match next {
        Some(i) => {
            let next = &app.ws.catalogue.exercises[i];
            if matches!(app.focus.passed, Passed::Advancing(_)) {
                text.push_str(&format!(
                    "  Next: {} — moving on in a moment. Any key holds; n moves on now.\n",
                    style(&next.name).bold()
                ));
            } else {
                text.push_str(&format!(
                    "  Next: {} — press n to move on.\n",
                    style(&next.name).bold()
                ));
            }
        }
        None => text.push_str("  That was the last one. Press n.\n"),
    }
    text
}

fn finished(app: &Session) -> String {
    let mut text = String::new();
    if let Some(message) = &app.ws.catalogue.final_message {
        text.push_str(message);
        text.push_str("\n\n");
    }
    let records = app.state.exercises.values();
    let hints: u32 = records.clone().map(|r| r.hints_shown).sum();
    let attempts: u32 = records.clone().map(|r| r.attempts).sum();
    let start = records
        .clone()
        .filter_map(|r| r.first_seen.as_deref())
        .min();
    let end = records.filter_map(|r| r.done_at.as_deref()).max();
    let taken = match (start, end) {
        (Some(s), Some(e)) => match (humantime::parse_rfc3339(s), humantime::parse_rfc3339(e)) {
            (Ok(s), Ok(e)) => e.duration_since(s).ok().map(|d| {
                let hours = d.as_secs() / 3600;
                let minutes = d.as_secs() % 3600 / 60;
                format!("{hours} h {minutes} min")
            }),
            _ => None,
        },
        _ => None,
    };
    text.push_str(&format!(
        "{}\n\n  exercises done: {}\n  attempts: {attempts}\n  hints used: {hints}\n",
        style("You finished the course.").green().bold(),
        app.ws.catalogue.exercises.len()
    ));
    if let Some(taken) = taken {
        text.push_str(&format!(
            "  time from the first exercise to the last: {taken}\n"
        ));
    }
    text.push_str("\nYour progress is saved. Press l to revisit an exercise, q to quit.\n");
    text
}

fn message_line(app: &Session, name: &str, more_below: bool) -> Option<String> {
    if matches!(app.view, View::ConfirmReset) {
        return Some(format!(
            "{} Reset {name} to its original? Your version is kept in .memkata/backups/. y: reset · any other key: cancel",
            style("?").yellow().bold()
        ));
    }
    if let Some(check_all) = &app.check_all {
        let (done, total) = (check_all.done, check_all.total);
        let filled = done * 30 / total.max(1);
        return Some(format!(
            "Checking every exercise [{}{}] {done}/{total}",
            style("█".repeat(filled)).cyan(),
            style("░".repeat(30 - filled)).dim()
        ));
    }
    if let Some(message) = &app.message {
        return Some(style(message).yellow().to_string());
    }
    if let Some(notice) = &app.notice {
        return Some(style(notice).dim().to_string());
    }
    more_below.then(|| style("↓ more below (↓/PgDn to scroll)").dim().to_string())
}

/// The line that always names the exercise and its verdict: `box2: passed`.
fn status(app: &Session) -> String {
    let exercise = app.exercise();
    let name = style(&exercise.name).bold();
    if app.focus.file == FileState::Missing {
        return format!("{} {name}: file missing", style("!").red().bold());
    }
    if exercise.kind() == Kind::Quiz {
        let mut outcome = quiz_outcome(&app.state, exercise);
        if let Some(answered) = &app.focus.quiz.answered {
            outcome.verdict = if answered.is_right() {
                Verdict::Passed
            } else {
                Verdict::WrongAnswer
            };
        }
        if outcome.verdict == Verdict::Unanswered {
            outcome.detail = Some("press a letter to answer".into());
        }
        return output::status_line(exercise, &outcome);
    }
    if app.focus.busy() {
        return format!("{} {name}: checking…", style("⟳").cyan().bold());
    }
    match &app.focus.latest {
        Latest::Outcome(outcome) => output::status_line(exercise, outcome),
        Latest::Failed(_) => format!("{} {name}: not checked", style("!").red().bold()),
        Latest::Nothing => format!("  {name}: waiting"),
    }
}
