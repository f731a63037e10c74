//! `memkata update [--dry-run]`: the workspace brought to this memkata's
//! course, the learner's work and progress kept.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use console::style;

use crate::course::{self, Stamp};
use crate::fsutil;
use crate::state::Store;
use crate::upgrade::{self, Old, Step};
use crate::workspace::Workspace;

/// The first line of the 0.1.0 course's info.toml, whose workspaces carry
/// no stamp.
const FIRST_COURSE_MARK: &str = "# The memkata course";

pub fn update(dry_run: bool) -> Result<ExitCode> {
    let ws = Workspace::find(&std::env::current_dir()?)?;
    let root = ws.root.clone();
    let dot = ws.dot_dir();
    let stamp = match Stamp::read(&dot) {
        Some(stamp) if stamp.is_built_in() => stamp,
        Some(_) | None if is_first_course(&root) => Stamp {
            course: course::NAME.into(),
            version: "0.1.0".into(),
            files: Default::default(),
        },
        _ => bail!(
            "this workspace is a pack of its own, not memkata's built-in course: `memkata update` only brings in the course memkata carries"
        ),
    };
    match course::compare_versions(&stamp.version, course::VERSION) {
        std::cmp::Ordering::Equal => {
            println!(
                "This workspace already holds the course of memkata {}.",
                course::VERSION
            );
            return Ok(ExitCode::SUCCESS);
        }
        std::cmp::Ordering::Greater => bail!(
            "this workspace was made by memkata {}, newer than this memkata {}: upgrade memkata (`cargo install memkata`) instead",
            stamp.version,
            course::VERSION
        ),
        std::cmp::Ordering::Less => {}
    }
    let info = std::fs::read_to_string(root.join("info.toml"))?;
    let new = course::catalogue()?;
    let state = Store::new(&ws).load(&ws)?;
    let done = |id: &str| state.exercises.get(id).is_some_and(|r| r.done);
    let steps = upgrade::plan(
        &Old {
            catalogue: &ws.catalogue,
            stamp: &stamp,
            root: &root,
            done: &done,
        },
        &new,
    );
    print_plan(&stamp, &steps, dry_run);
    if dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    upgrade::apply(&root, &new, &steps)?;
    finish(&root, &info)?;
    println!(
        "\n{} the workspace now holds the course of memkata {}; your progress is kept.",
        style("Done:").green().bold(),
        course::VERSION
    );
    Ok(ExitCode::SUCCESS)
}

fn is_first_course(root: &Path) -> bool {
    std::fs::read_to_string(root.join("info.toml"))
        .is_ok_and(|text| text.starts_with(FIRST_COURSE_MARK))
}

fn print_plan(stamp: &Stamp, steps: &[Step], dry_run: bool) {
    let what = if dry_run {
        "Dry run: `memkata update` would bring this workspace"
    } else {
        "Bringing this workspace"
    };
    println!(
        "{what} from the course of memkata {} to {}:\n",
        stamp.version,
        course::VERSION
    );
    if steps.is_empty() {
        println!("  no exercise file changes");
    }
    for step in steps {
        println!("  {}", step.describe());
    }
    let kept = steps
        .iter()
        .filter(|s| matches!(s, Step::Beside { .. }))
        .count();
    if kept > 0 {
        println!(
            "\n  {kept} exercise(s) you had changed are kept as you left them. Their new versions are beside them (*.new.rs): compare, and `memkata reset NAME` takes the new one (yours is backed up first)."
        );
    }
}

/// The catalogue, the probe and the stamp of the new course; the
/// learner's own catalogue kept as a backup if they had changed it.
fn finish(root: &Path, old_info: &str) -> Result<()> {
    let dot = root.join(".memkata");
    let info = course::file("info.toml").unwrap_or_default();
    if old_info.as_bytes() != info && !old_info.starts_with(FIRST_COURSE_MARK) {
        let backup = dot
            .join("backups")
            .join(format!("info.toml-{}", fsutil::file_stamp()));
        fsutil::write_atomic(&backup, old_info.as_bytes())?;
    }
    fsutil::write_atomic(&root.join("info.toml"), info)?;
    if let Some(probe) = course::file("probe/src/lib.rs") {
        fsutil::write_atomic(&root.join("probe/src/lib.rs"), probe)?;
    }
    fsutil::write_atomic(
        &root.join("probe/Cargo.toml"),
        course::PROBE_MANIFEST.as_bytes(),
    )?;
    keep_stamp_in_git(root)?;
    Stamp::built_in(&course::catalogue()?).write(&dot)?;
    let ws = Workspace::open(root)?;
    // Progress is kept by id; saving it once rewrites the editor's manifest.
    Store::new(&ws).update(&ws, |_| ())?;
    Ok(())
}

/// Workspaces of the first course committed only the state: the stamp must
/// reach the grader too.
fn keep_stamp_in_git(root: &Path) -> Result<()> {
    let path = root.join(".gitignore");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    let line = "!/.memkata/course.json";
    if text.contains("/.memkata/*") && !text.contains(line) {
        fsutil::write_atomic(&path, format!("{}\n{line}\n", text.trim_end()).as_bytes())?;
    }
    Ok(())
}
