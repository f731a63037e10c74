//! `verify --format json`: one object for scripts and graders.

use serde::Serialize;

use crate::checks::Checked;
use crate::constraints::Violation;
use crate::probe::Measurement;

#[derive(Serialize)]
struct Verify<'a> {
    total: usize,
    passed: usize,
    failed: usize,
    exercises: Vec<Row<'a>>,
}

#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    topic: &'a str,
    kind: &'static str,
    verdict: &'static str,
    seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    error_codes: &'a [String],
    /// For a kata: whether the learner's tests differed from the course's
    /// (which ran in their place).
    #[serde(skip_serializing_if = "Option::is_none")]
    tests_modified: Option<bool>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    violations: &'a [Violation],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    memory: Vec<Memory<'a>>,
}

#[derive(Serialize)]
struct Memory<'a> {
    #[serde(flatten)]
    measured: &'a Measurement,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a Measurement>,
}

pub fn verify(results: &[Checked]) -> String {
    let passed = results
        .iter()
        .filter(|c| c.outcome.verdict.is_pass())
        .count();
    let exercises = results
        .iter()
        .map(|c| Row {
            name: &c.exercise.name,
            topic: c.exercise.dir.as_deref().unwrap_or(""),
            kind: c.exercise.kind().as_str(),
            verdict: c.outcome.verdict.as_str(),
            seconds: (c.outcome.seconds * 1000.0).round() / 1000.0,
            detail: c.outcome.detail.as_deref(),
            error_codes: &c.outcome.error_codes,
            tests_modified: (c.exercise.kind() == crate::catalogue::Kind::Kata)
                .then_some(c.outcome.tests_modified),
            violations: &c.outcome.violations,
            memory: c
                .outcome
                .memory
                .iter()
                .map(|m| Memory {
                    measured: m,
                    reference: c
                        .reference
                        .as_ref()
                        .and_then(|r| r.iter().find(|x| x.label == m.label)),
                })
                .collect(),
        })
        .collect();
    let report = Verify {
        total: results.len(),
        passed,
        failed: results.len() - passed,
        exercises,
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
