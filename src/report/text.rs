//! The class as a text table.

use super::{Class, attempts, hints_used, show_median, whereabouts};

pub fn render(class: &Class) -> String {
    let mut out = String::new();
    let width = class
        .learners
        .iter()
        .map(|l| l.learner.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    out.push_str(&format!(
        "{:width$}  {:>9}  {:>5}  {:>8}  where\n",
        "learner", "done", "hints", "attempts"
    ));
    for l in &class.learners {
        let place = match whereabouts(l) {
            Some((e, cell)) => format!("{} ({}, {} attempts)", e.name, cell.label(), e.attempts),
            None if l.done == l.total => "finished".to_string(),
            None => "-".to_string(),
        };
        out.push_str(&format!(
            "{:width$}  {:>9}  {:>5}  {:>8}  {place}\n",
            l.learner,
            format!("{}/{}", l.done, l.total),
            hints_used(l),
            attempts(l),
        ));
    }
    let hardest = class.hardest();
    if !hardest.is_empty() {
        let n = class.learners.len();
        out.push_str("\nhardest exercises\n");
        let name_width = hardest
            .iter()
            .map(|e| e.name.len())
            .max()
            .unwrap_or(8)
            .max(8);
        out.push_str(&format!(
            "  {:name_width$}  {:12}  {:>8}  {:>7}  {:>5}  {:>15}\n",
            "exercise", "topic", "finished", "started", "stuck", "median attempts"
        ));
        for e in hardest.iter().take(10) {
            out.push_str(&format!(
                "  {:name_width$}  {:12}  {:>8}  {:>7}  {:>5}  {:>15}\n",
                e.name,
                e.topic,
                format!("{}/{n}", e.finished),
                e.started,
                e.stuck,
                show_median(e.median_attempts)
            ));
        }
    }
    out
}
