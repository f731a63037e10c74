//! `memkata update`: a workspace made by an older course brought to this
//! memkata's, without losing a line the learner wrote or a verdict.
//!
//! The older course is made from this one: an exercise whose text changed,
//! one the learner edited, one renamed (its id kept), one the new course
//! adds and one it dropped.

mod common;

use std::path::{Path, PathBuf};

use common::run_in;

struct Old {
    _parent: tempfile::TempDir,
    ws: PathBuf,
}

impl Old {
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.ws.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.ws.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn exists(&self, rel: &str) -> bool {
        self.ws.join(rel).exists()
    }
}

/// A workspace as memkata 0.1.0-with-a-different-course would have left it.
fn older_course() -> Old {
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    let old = Old {
        _parent: parent,
        ws,
    };
    // The stamp of an older version, without file hashes: the copies kept
    // at first sight say which files the learner touched.
    old.write(
        ".memkata/course.json",
        r#"{ "course": "memkata", "version": "0.1.0", "files": {} }"#,
    );
    let keep = |rel: &str, text: &str| {
        old.write(rel, text);
        old.write(&format!(".memkata/originals/{rel}"), text);
    };
    // ownership1 changed between the versions; the learner never touched it.
    let one = old.read("exercises/ownership/ownership1.rs");
    keep(
        "exercises/ownership/ownership1.rs",
        &format!("// the old text\n{one}"),
    );
    // ownership2 changed too, and the learner worked on it.
    let two = format!(
        "// the old text\n{}",
        old.read("exercises/ownership/ownership2.rs")
    );
    keep("exercises/ownership/ownership2.rs", &two);
    old.write(
        "exercises/ownership/ownership2.rs",
        &format!("{two}// my work\n"),
    );
    // ownership3 was called `moves` then, and the learner passed it.
    let three = old.read("exercises/ownership/ownership3.rs");
    std::fs::remove_file(old.ws.join("exercises/ownership/ownership3.rs")).unwrap();
    old.write(
        "exercises/ownership/moves.rs",
        &format!("{three}// solved my way\n"),
    );
    old.write("solutions/ownership/moves.rs", "// the old solution\n");
    old.write(
        ".memkata/state.json",
        r#"{ "version": 1, "current": "ownership4", "exercises": { "ownership3": { "done": true, "attempts": 7, "hints_shown": 2 } } }"#,
    );
    // The old course had `retired`, and no ownership4 yet.
    std::fs::remove_file(old.ws.join("exercises/ownership/ownership4.rs")).unwrap();
    old.write(
        "exercises/ownership/retired.rs",
        "// a kata the course dropped\n",
    );
    let info = old.read("info.toml");
    let info = drop_entry(&info, "ownership4")
        .replacen(
            "name = \"ownership3\"",
            "name = \"moves\"\nid = \"ownership3\"",
            1,
        )
        .replacen(
            "[[exercises]]\nname = \"ownership1\"",
            "[[exercises]]\nname = \"retired\"\ndir = \"ownership\"\nhint = \"gone\"\n\n[[exercises]]\nname = \"ownership1\"",
            1,
        );
    old.write("info.toml", &info);
    old
}

/// `info` without the `[[exercises]]` entry named `name`.
fn drop_entry(info: &str, name: &str) -> String {
    let marker = format!("[[exercises]]\nname = \"{name}\"\n");
    let start = info.find(&marker).expect("the entry is there");
    let end = info[start + 1..]
        .find("[[exercises]]")
        .map_or(info.len(), |i| start + 1 + i);
    format!("{}{}", &info[..start], &info[end..])
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().is_dir() {
            found.extend(files_under(&entry.path()));
        } else {
            found.push(entry.path().display().to_string());
        }
    }
    found.sort();
    found
}

#[test]
fn a_dry_run_changes_nothing() {
    let old = older_course();
    let before: Vec<_> = files_under(&old.ws.join("exercises"))
        .into_iter()
        .map(|f| (std::fs::read(&f).unwrap(), f))
        .collect();
    let run = run_in(&old.ws, &["update", "--dry-run"]).expect(0);
    let out = run.stdout();
    assert!(
        out.contains("updated    exercises/ownership/ownership1.rs"),
        "{out}"
    );
    let after: Vec<_> = files_under(&old.ws.join("exercises"))
        .into_iter()
        .map(|f| (std::fs::read(&f).unwrap(), f))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn the_new_course_comes_in_and_the_learners_work_stays() {
    let old = older_course();
    let mine_two = old.read("exercises/ownership/ownership2.rs");
    let run = run_in(&old.ws, &["update"]).expect(0);
    let out = run.stdout();
    let repo = common::repo();
    let course = |rel: &str| std::fs::read_to_string(repo.join(rel)).unwrap();

    // Untouched: the new version.
    assert_eq!(
        old.read("exercises/ownership/ownership1.rs"),
        course("exercises/ownership/ownership1.rs")
    );
    // Edited: kept, the new version beside it, and said so.
    assert_eq!(old.read("exercises/ownership/ownership2.rs"), mine_two);
    assert_eq!(
        old.read("exercises/ownership/ownership2.new.rs"),
        course("exercises/ownership/ownership2.rs")
    );
    assert!(
        out.contains("kept       exercises/ownership/ownership2.rs (yours)"),
        "{out}"
    );
    // Renamed: the learner's file follows the id, and so does progress.
    assert!(
        old.read("exercises/ownership/ownership3.rs")
            .ends_with("// solved my way\n")
    );
    assert!(!old.exists("exercises/ownership/moves.rs"));
    assert_eq!(
        old.read("solutions/ownership/ownership3.rs"),
        course("solutions/ownership/ownership3.rs")
    );
    assert!(!old.exists("solutions/ownership/moves.rs"));
    // New: written. Dropped: set aside, not deleted.
    assert_eq!(
        old.read("exercises/ownership/ownership4.rs"),
        course("exercises/ownership/ownership4.rs")
    );
    assert_eq!(
        old.read("removed/exercises/ownership/retired.rs"),
        "// a kata the course dropped\n"
    );
    // No solution the learner has not earned.
    let solutions = files_under(&old.ws.join("solutions"));
    assert_eq!(solutions.len(), 1, "{solutions:?}");
    // The catalogue and the stamp are the new course's; progress is whole.
    assert_eq!(old.read("info.toml"), course("info.toml"));
    assert!(
        old.read(".memkata/course.json")
            .contains(env!("CARGO_PKG_VERSION"))
    );
    let progress = run_in(&old.ws, &["progress", "--format", "json"])
        .expect(0)
        .json();
    let three = progress["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "ownership3")
        .unwrap()
        .clone();
    assert_eq!(three["done"], true);
    assert_eq!(three["attempts"], 7);
    assert_eq!(progress["current"], "ownership4");
    // A second update finds nothing to do.
    let again = run_in(&old.ws, &["update"]).expect(0);
    assert!(
        again.stdout().contains("already holds the course"),
        "{}",
        again.stdout()
    );
}

#[test]
fn a_workspace_of_a_newer_memkata_asks_for_an_upgrade() {
    let old = older_course();
    old.write(
        ".memkata/course.json",
        r#"{ "course": "memkata", "version": "99.0.0", "files": {} }"#,
    );
    for args in [&["list"][..], &["update"][..], &["run"][..]] {
        let run = run_in(&old.ws, args).expect(2);
        assert!(
            run.stderr().contains("upgrade memkata"),
            "{args:?}: {}",
            run.stderr()
        );
    }
}
