//! A learner's progress record: what `memkata progress --format json`
//! prints and what `memkata report` reads back.

use serde::{Deserialize, Serialize};

use crate::state::State;
use crate::workspace::Workspace;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Progress {
    pub learner: String,
    /// The memkata version that wrote the record.
    pub memkata: String,
    pub total: usize,
    pub done: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    pub exercises: Vec<ExerciseProgress>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExerciseProgress {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub done: bool,
    pub attempts: u32,
    pub hints_shown: u32,
    #[serde(default)]
    pub first_seen: Option<String>,
    #[serde(default)]
    pub done_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verdict: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_first_time: Option<bool>,
}

impl Progress {
    pub fn of(workspace: &Workspace, state: &State, learner: String) -> Progress {
        let catalogue = &workspace.catalogue;
        let exercises: Vec<ExerciseProgress> = catalogue
            .exercises
            .iter()
            .map(|e| {
                let record = state.get(e).cloned().unwrap_or_default();
                ExerciseProgress {
                    name: e.name.clone(),
                    topic: e.dir.clone(),
                    kind: Some(e.kind().as_str().to_string()),
                    done: record.done,
                    attempts: record.attempts,
                    hints_shown: record.hints_shown,
                    first_seen: record.first_seen,
                    done_at: record.done_at,
                    last_verdict: record.last_verdict.map(|v| v.as_str().to_string()),
                    right_first_time: record
                        .quiz
                        .filter(|q| !q.answers.is_empty())
                        .map(|q| q.right_first_time),
                }
            })
            .collect();
        let done = exercises.iter().filter(|e| e.done).count();
        let current = catalogue.exercises[state.current_index(catalogue)]
            .name
            .clone();
        Progress {
            learner,
            memkata: env!("CARGO_PKG_VERSION").to_string(),
            total: exercises.len(),
            done,
            current: (done < exercises.len()).then_some(current),
            exercises,
        }
    }
}

/// `--learner`, else git's `user.name`, else the OS user.
pub fn learner_name(given: Option<String>, workspace: &Workspace) -> String {
    if let Some(name) = given.filter(|n| !n.trim().is_empty()) {
        return name.trim().to_string();
    }
    let git = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(&workspace.root)
        .stderr(std::process::Stdio::null())
        .output();
    if let Ok(out) = git
        && out.status.success()
    {
        let name = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !name.is_empty() {
            return name;
        }
    }
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
