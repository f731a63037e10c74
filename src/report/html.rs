//! The class as one self-contained HTML page: no scripts, no network, no
//! external assets. A heat map of learners × exercises says who is where;
//! the hardest exercises come first.

use std::fmt::Write as _;

use super::{Cell, Class, attempts, hints_used, show_median, whereabouts};

const STYLE: &str = r#"
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px 32px; color: #1d232b; background: #fbfbfa; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
.sub { color: #5b6470; margin: 0 0 16px; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; text-align: left; }
.list td, .list th { border-bottom: 1px solid #e3e5e8; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 10px; background: #2f9e63; border-radius: 2px; vertical-align: middle; }
.track { display: inline-block; width: 120px; height: 10px; background: #e6e8eb; border-radius: 2px; vertical-align: middle; margin-right: 6px; }
.track .bar { display: block; }
.hard .track { background: #f2c9c7; }
.scroll { overflow-x: auto; padding-bottom: 8px; }
.heat { font-size: 11px; table-layout: fixed; }
.heat th.ex { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; padding: 4px 0; height: 150px; vertical-align: bottom; overflow: hidden; }
.heat th.topic { font-size: 11px; color: #5b6470; border-left: 2px solid #fbfbfa; text-align: left; background: #eef0f2; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 2px 3px; }
.heat td.c { width: 13px; min-width: 13px; height: 16px; padding: 0; border: 1px solid #fbfbfa; }
.heat td.name { white-space: nowrap; padding-right: 10px; font-size: 13px; }
.heat tfoot td { color: #5b6470; font-size: 10px; text-align: center; padding: 2px 0; }
.done { background: #2f9e63; }
.progress { background: #f0ad4e; }
.stuck { background: #d9534f; }
.none { background: #e6e8eb; }
.legend span { display: inline-block; margin-right: 16px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.skipped { color: #a33; }
"#;

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn class_of(cell: Cell) -> &'static str {
    match cell {
        Cell::Done => "done",
        Cell::InProgress => "progress",
        Cell::Stuck => "stuck",
        Cell::NotStarted => "none",
    }
}

pub fn render(class: &Class) -> String {
    let n = class.learners.len();
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>memkata class report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    );
    let finished = class
        .learners
        .iter()
        .filter(|l| l.total > 0 && l.done == l.total)
        .count();
    let _ = write!(
        page,
        "<h1>memkata class report</h1>\n<p class=\"sub\">{n} learner{} · {} exercises · {finished} finished the course · generated {}</p>\n",
        if n == 1 { "" } else { "s" },
        class.exercises.len(),
        esc(&crate::fsutil::now_rfc3339())
    );
    legend(&mut page);
    hardest(&mut page, class);
    learners(&mut page, class);
    heat_map(&mut page, class);
    if !class.skipped.is_empty() {
        page.push_str("<h2>Files not read</h2>\n<ul class=\"skipped\">\n");
        for s in &class.skipped {
            let _ = writeln!(
                page,
                "<li>{}: {}</li>",
                esc(&s.file.display().to_string()),
                esc(&s.why)
            );
        }
        page.push_str("</ul>\n");
    }
    page.push_str("</body>\n</html>\n");
    page
}

fn legend(page: &mut String) {
    page.push_str("<p class=\"legend\">");
    for cell in [Cell::Done, Cell::InProgress, Cell::Stuck, Cell::NotStarted] {
        let _ = write!(
            page,
            "<span><i class=\"{}\"></i>{}</span>",
            class_of(cell),
            cell.label()
        );
    }
    let _ = writeln!(
        page,
        "<span>stuck: {} or more attempts without a pass</span></p>",
        super::STUCK_ATTEMPTS
    );
}

fn hardest(page: &mut String, class: &Class) {
    let list = class.hardest();
    page.push_str("<h2>Hardest exercises</h2>\n");
    if list.is_empty() {
        page.push_str("<p>Nobody has started yet.</p>\n");
        return;
    }
    page.push_str("<table class=\"list hard\">\n<tr><th>exercise</th><th>topic</th><th>finished (of those who started)</th><th class=\"num\">stuck</th><th class=\"num\">median attempts</th></tr>\n");
    for e in list.iter().take(10) {
        let pct = e.finished * 100 / e.started.max(1);
        let _ = writeln!(
            page,
            "<tr><td>{}</td><td>{}</td><td><span class=\"track\"><span class=\"bar\" style=\"width:{pct}%\"></span></span>{}/{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&e.name),
            esc(&e.topic),
            e.finished,
            e.started,
            e.stuck,
            show_median(e.median_attempts)
        );
    }
    page.push_str("</table>\n");
}

fn learners(page: &mut String, class: &Class) {
    page.push_str("<h2>Learners</h2>\n<table class=\"list\">\n<tr><th>learner</th><th>done</th><th class=\"num\">hints</th><th class=\"num\">attempts</th><th>where</th></tr>\n");
    for l in &class.learners {
        let pct = l.done * 100 / l.total.max(1);
        let place = match whereabouts(l) {
            Some((e, cell)) => format!(
                "<i class=\"{}\" style=\"display:inline-block;width:10px;height:10px;margin-right:5px\"></i>{} — {} ({} attempts)",
                class_of(cell),
                esc(&e.name),
                cell.label(),
                e.attempts
            ),
            None if l.done == l.total => "finished".into(),
            None => "-".into(),
        };
        let _ = writeln!(
            page,
            "<tr><td>{}</td><td><span class=\"track\"><span class=\"bar\" style=\"width:{pct}%\"></span></span>{}/{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{place}</td></tr>",
            esc(&l.learner),
            l.done,
            l.total,
            hints_used(l),
            attempts(l)
        );
    }
    page.push_str("</table>\n");
}

fn heat_map(page: &mut String, class: &Class) {
    page.push_str("<h2>Who is where</h2>\n<div class=\"scroll\">\n");
    let width = 140 + 15 * class.exercises.len();
    let _ = write!(
        page,
        "<table class=\"heat\" style=\"width:{width}px\">\n<colgroup><col style=\"width:140px\">"
    );
    for _ in &class.exercises {
        page.push_str("<col style=\"width:15px\">");
    }
    page.push_str("</colgroup>\n<thead>\n<tr><th></th>");
    // Topic headers spanning their exercises.
    let mut i = 0;
    while i < class.exercises.len() {
        let topic = &class.exercises[i].topic;
        let span = class.exercises[i..]
            .iter()
            .take_while(|e| &e.topic == topic)
            .count();
        let _ = write!(
            page,
            "<th class=\"topic\" colspan=\"{span}\" title=\"{}\">{}</th>",
            esc(topic),
            esc(topic)
        );
        i += span;
    }
    page.push_str("</tr>\n<tr><th></th>");
    for e in &class.exercises {
        let _ = write!(page, "<th class=\"ex\">{}</th>", esc(&e.name));
    }
    page.push_str("</tr>\n</thead>\n<tbody>\n");
    for l in &class.learners {
        let _ = write!(page, "<tr><td class=\"name\">{}</td>", esc(&l.learner));
        for e in &class.exercises {
            let record = l.exercises.iter().find(|r| r.name == e.name);
            let cell = record.map_or(Cell::NotStarted, Cell::of);
            let detail = record
                .map(|r| format!(" ({} attempts, {} hints)", r.attempts, r.hints_shown))
                .unwrap_or_default();
            let _ = write!(
                page,
                "<td class=\"c {}\" title=\"{} · {}: {}{}\"></td>",
                class_of(cell),
                esc(&l.learner),
                esc(&e.name),
                cell.label(),
                detail
            );
        }
        page.push_str("</tr>\n");
    }
    let n = class.learners.len();
    page.push_str("</tbody>\n<tfoot>\n<tr><td class=\"name\">finished</td>");
    for e in &class.exercises {
        let _ = write!(
            page,
            "<td title=\"{}: {} of {n} finished\">{}</td>",
            esc(&e.name),
            e.finished,
            e.finished
        );
    }
    page.push_str("</tr>\n<tr><td class=\"name\">median attempts</td>");
    for e in &class.exercises {
        let _ = write!(
            page,
            "<td title=\"{}: median attempts {}\">{}</td>",
            esc(&e.name),
            show_median(e.median_attempts),
            show_median(e.median_attempts)
        );
    }
    page.push_str("</tr>\n</tfoot>\n</table>\n</div>\n");
}
