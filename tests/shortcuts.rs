//! The course can't be fooled: every shortcut a learner racing to green
//! might take (listed per topic in `tests/shortcuts/*.toml`) is applied to a
//! fresh `memkata init` workspace and must get the verdict written beside it.
//!
//! Each entry names an exercise, the file its edits apply to (`solution`
//! or `exercise`), the edits (each `find` must be in that file; its first
//! occurrence is replaced), and the verdict expected.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{repo, run_in};
use serde::Deserialize;

#[derive(Deserialize)]
struct List {
    #[serde(default)]
    shortcut: Vec<Shortcut>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Shortcut {
    exercise: String,
    what: String,
    #[serde(default = "solution")]
    base: String,
    edits: Vec<Edit>,
    expect: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Edit {
    find: String,
    replace: String,
}

fn solution() -> String {
    "solution".into()
}

fn shortcuts() -> Vec<(String, Shortcut)> {
    let mut all = Vec::new();
    let dir = repo().join("tests/shortcuts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let list: List =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let topic = file.file_stem().unwrap().to_string_lossy().into_owned();
        all.extend(list.shortcut.into_iter().map(|s| (topic.clone(), s)));
    }
    all
}

/// The shortcut's file: its base with the edits made.
fn cheat(path: &str, shortcut: &Shortcut) -> Result<String, String> {
    let base = match shortcut.base.as_str() {
        "solution" => path.replacen("exercises/", "solutions/", 1),
        "exercise" => path.to_string(),
        other => {
            return Err(format!(
                "base = {other:?}: write \"solution\" or \"exercise\""
            ));
        }
    };
    let mut text =
        std::fs::read_to_string(repo().join(&base)).map_err(|e| format!("{base}: {e}"))?;
    for edit in &shortcut.edits {
        if !text.contains(&edit.find) {
            return Err(format!("{:?} is not in {base}", edit.find));
        }
        text = text.replacen(&edit.find, &edit.replace, 1);
    }
    Ok(text)
}

#[test]
fn every_shortcut_gets_its_verdict() {
    let all = shortcuts();
    assert!(!all.is_empty(), "no shortcuts listed in tests/shortcuts/");
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    let listed = run_in(&ws, &["list", "--format", "json"]).expect(0).json();
    let paths: BTreeMap<String, String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().into(),
                e["path"].as_str().unwrap().into(),
            )
        })
        .collect();

    // Several shortcuts of one exercise go in separate rounds.
    let mut rounds: Vec<BTreeMap<String, (String, Shortcut)>> = Vec::new();
    for (topic, shortcut) in all {
        match rounds
            .iter_mut()
            .find(|r| !r.contains_key(&shortcut.exercise))
        {
            Some(round) => {
                round.insert(shortcut.exercise.clone(), (topic, shortcut));
            }
            None => rounds.push(BTreeMap::from([(
                shortcut.exercise.clone(),
                (topic, shortcut),
            )])),
        }
    }
    let mut wrong = Vec::new();
    for round in &rounds {
        wrong.extend(play(&ws, &paths, round));
    }
    assert!(
        wrong.is_empty(),
        "shortcuts that got the wrong verdict:\n{}",
        wrong.join("\n")
    );
}

/// Applies one round of shortcuts, checks them, and puts the files back.
fn play(
    ws: &Path,
    paths: &BTreeMap<String, String>,
    round: &BTreeMap<String, (String, Shortcut)>,
) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut names = Vec::new();
    for (name, (topic, shortcut)) in round {
        let Some(path) = paths.get(name) else {
            wrong.push(format!("{topic}.toml: there is no exercise {name}"));
            continue;
        };
        match cheat(path, shortcut) {
            Ok(text) => {
                std::fs::write(ws.join(path), text).unwrap();
                names.push(name.as_str());
            }
            Err(e) => wrong.push(format!("{topic}.toml: {name}: {}: {e}", shortcut.what)),
        }
    }
    if names.is_empty() {
        return wrong;
    }
    let mut args = vec!["verify", "--format", "json"];
    args.extend(&names);
    let result = run_in(ws, &args).json();
    for e in result["exercises"].as_array().unwrap() {
        let name = e["name"].as_str().unwrap();
        let (topic, shortcut) = &round[name];
        let got = e["verdict"].as_str().unwrap();
        if got != shortcut.expect {
            wrong.push(format!(
                "{topic}.toml: {name}: {}: expected {}, got {got} ({})",
                shortcut.what,
                shortcut.expect,
                e["detail"].as_str().unwrap_or("")
            ));
        }
    }
    for name in names {
        run_in(ws, &["reset", name]).expect(0);
    }
    wrong
}
