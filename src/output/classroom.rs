//! `verify --format classroom`: the result GitHub Classroom's autograding
//! reporter reads (its version 1 shape), points per exercise or per topic.
//!
//! Inside GitHub Actions (where `GITHUB_OUTPUT` names a file) the result is
//! also set as the step's `result` output, base64-encoded as the reporter
//! wants it, so a workflow passes it on without a script.

use std::io::Write;

use base64::Engine;
use serde::Serialize;

use crate::checks::Checked;

/// What a test is worth.
#[derive(Debug, Clone, Copy)]
pub enum Points {
    /// This many points for each exercise that passes.
    PerExercise(u32),
    /// This many points for each topic, shared among its exercises.
    PerTopic(u32),
}

#[derive(Serialize)]
struct Report {
    version: u32,
    status: &'static str,
    max_score: f64,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    status: &'static str,
    score: f64,
    message: String,
    test_code: String,
    filename: String,
    line_no: u32,
    /// Milliseconds.
    duration: u64,
}

pub fn verify(results: &[Checked], points: Points) -> String {
    let tests = match points {
        Points::PerExercise(p) => results.iter().map(|c| exercise(c, p)).collect(),
        Points::PerTopic(p) => topics(results, p),
    };
    let max_score = match points {
        Points::PerExercise(p) => f64::from(p) * results.len() as f64,
        Points::PerTopic(p) => f64::from(p) * topic_names(results).len() as f64,
    };
    let all_pass = results.iter().all(|c| c.outcome.verdict.is_pass());
    let report = Report {
        version: 1,
        status: if all_pass { "pass" } else { "fail" },
        max_score,
        tests,
    };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

fn exercise(c: &Checked, points: u32) -> Test {
    let passed = c.outcome.verdict.is_pass();
    Test {
        name: c.exercise.name.clone(),
        status: if passed { "pass" } else { "fail" },
        score: if passed { f64::from(points) } else { 0.0 },
        message: if passed {
            String::new()
        } else {
            c.outcome.summary()
        },
        test_code: format!("memkata run {}", c.exercise.name),
        filename: crate::workspace::unix_path(&c.exercise.path()),
        line_no: 0,
        duration: (c.outcome.seconds * 1000.0).round() as u64,
    }
}

fn topic_names(results: &[Checked]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for c in results {
        if !names.contains(&c.exercise.topic()) {
            names.push(c.exercise.topic());
        }
    }
    names
}

/// One test per topic: full points when every exercise passes, a share
/// of them for each that does.
fn topics(results: &[Checked], points: u32) -> Vec<Test> {
    topic_names(results)
        .into_iter()
        .map(|topic| {
            let of: Vec<&Checked> = results
                .iter()
                .filter(|c| c.exercise.topic() == topic)
                .collect();
            let failing: Vec<&str> = of
                .iter()
                .filter(|c| !c.outcome.verdict.is_pass())
                .map(|c| c.exercise.name.as_str())
                .collect();
            let passed = of.len() - failing.len();
            let score = f64::from(points) * passed as f64 / of.len() as f64;
            Test {
                name: topic.to_string(),
                status: if failing.is_empty() { "pass" } else { "fail" },
                score: (score * 100.0).round() / 100.0,
                message: if failing.is_empty() {
                    String::new()
                } else {
                    format!(
                        "{passed} of {} pass; not yet: {}",
                        of.len(),
                        failing.join(", ")
                    )
                },
                test_code: format!("memkata verify --topic {topic}"),
                filename: format!("exercises/{topic}"),
                line_no: 0,
                duration: of
                    .iter()
                    .map(|c| (c.outcome.seconds * 1000.0).round() as u64)
                    .sum(),
            }
        })
        .collect()
}

/// Sets the step output `result` for the reporter, inside GitHub Actions.
pub fn set_github_output(json: &str) -> std::io::Result<()> {
    let Some(path) = std::env::var_os("GITHUB_OUTPUT") else {
        return Ok(());
    };
    let encoded = base64::engine::general_purpose::STANDARD.encode(json);
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)?;
    writeln!(file, "result={encoded}")
}
