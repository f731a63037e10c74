//! `verify`'s table for people.

use console::style;

use crate::checks::Checked;
use crate::output::{mark, styled_summary};

pub fn verify(results: &[Checked]) -> String {
    let width = results
        .iter()
        .map(|c| c.exercise.name.len())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for c in results {
        let o = &c.outcome;
        let mark = mark(o.verdict.is_pass());
        let time = if o.seconds > 0.0 {
            format!("  {:.2} s", o.seconds)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "{mark} {:width$}  {:<10} {}{}\n",
            c.exercise.name,
            c.exercise.topic(),
            styled_summary(o),
            style(time).dim(),
        ));
    }
    let passed = results
        .iter()
        .filter(|c| c.outcome.verdict.is_pass())
        .count();
    let failed = results.len() - passed;
    text.push('\n');
    if failed == 0 {
        text.push_str(&format!(
            "{} all {passed} passed\n",
            style("✓").green().bold()
        ));
    } else {
        text.push_str(&format!(
            "{passed} of {} passed, {} failed. `memkata run NAME` shows why one failed.\n",
            results.len(),
            style(failed).red().bold()
        ));
    }
    text
}
