//! `verify --format junit`: one `<testcase>` per exercise, grouped by topic,
//! for CI test-report readers and autograders.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use crate::checks::Checked;
use crate::output::tail;

/// Failure texts are trimmed to their end, where the reason usually is.
const MAX_FAILURE_TEXT: usize = 16 * 1024;

pub fn verify(results: &[Checked]) -> String {
    let mut report = Report::new("memkata");
    let mut suites: Vec<TestSuite> = Vec::new();
    for c in results {
        let topic = c.exercise.dir.as_deref().unwrap_or("memkata");
        let o = &c.outcome;
        let status = if o.verdict.is_pass() {
            TestCaseStatus::success()
        } else {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(format!("{}: {}", c.exercise.name, o.summary()));
            status.set_type(o.verdict.as_str());
            let mut output = String::new();
            for v in &o.violations {
                output.push_str(&v.summary());
                output.push('\n');
            }
            output.push_str(&console::strip_ansi_codes(&o.output));
            let mut description = tail(output.trim_end(), MAX_FAILURE_TEXT);
            if description.is_empty() {
                description = o.summary();
            }
            status.set_description(description);
            status
        };
        let mut case = TestCase::new(c.exercise.name.as_str(), status);
        case.set_classname(format!("memkata.{topic}"));
        case.set_time(Duration::from_secs_f64(o.seconds.max(0.0)));
        let suite = match suites.iter_mut().find(|s| s.name.as_str() == topic) {
            Some(s) => s,
            None => {
                suites.push(TestSuite::new(topic));
                suites.last_mut().expect("just pushed")
            }
        };
        suite.add_test_case(case);
    }
    report.add_test_suites(suites);
    report
        .to_string()
        .unwrap_or_else(|e| format!("<!-- could not write JUnit XML: {e} -->\n"))
}
