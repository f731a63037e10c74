//! `memkata init [DIR]`: the built-in course written out as a workspace.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};
use console::style;

use crate::course::{self, FILES, Stamp};
use crate::fsutil;
use crate::workspace::Workspace;

const GITIGNORE: &str = "\
# memkata's build products and caches. Your progress (.memkata/state.json)
# and the course's stamp (.memkata/course.json) are kept, so that committing
# and pushing the workspace hands your work in.
/.memkata/*
!/.memkata/state.json
!/.memkata/course.json
/target/
";

const RUST_ANALYZER: &str = "\
# rust-analyzer builds into a folder of its own, so that it never waits on
# (or for) anything else that builds here.
[cargo]
targetDir = true
";

pub fn init(dir: Option<PathBuf>, with_solutions: bool) -> Result<ExitCode> {
    let dir = dir.unwrap_or_else(|| PathBuf::from("memkata"));
    if let Ok(mut entries) = std::fs::read_dir(&dir) {
        if entries.next().is_some() {
            bail!(
                "{} already exists and is not empty: memkata only initializes a new or empty folder, so nothing of yours is overwritten. Choose another: `memkata init OTHER_DIR`",
                dir.display()
            );
        }
    } else if dir.exists() {
        bail!("{} exists and is not a folder", dir.display());
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;

    for (path, bytes) in FILES {
        // A solution is earned by passing its exercise, unless an
        // instructor asked for all of them.
        if path.starts_with("solutions/") && !with_solutions {
            continue;
        }
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("could not create {}", parent.display()))?;
        }
        std::fs::write(&target, bytes)
            .with_context(|| format!("could not write {}", target.display()))?;
    }
    fsutil::write_atomic(
        &dir.join("probe/Cargo.toml"),
        course::PROBE_MANIFEST.as_bytes(),
    )?;
    fsutil::write_atomic(&dir.join(".gitignore"), GITIGNORE.as_bytes())?;
    fsutil::write_atomic(&dir.join("rust-analyzer.toml"), RUST_ANALYZER.as_bytes())?;
    Stamp::built_in(&course::catalogue()?).write(&dir.join(".memkata"))?;
    let ws = Workspace::open(&dir)?;
    let first = &ws.catalogue.exercises[0].id;
    ws.write_manifest(&|e| &e.id == first)?;
    let git = git_init(&dir);

    let katas = ws
        .catalogue
        .exercises
        .iter()
        .filter(|e| e.quiz.is_none())
        .count();
    let quizzes = ws.catalogue.exercises.len() - katas;
    println!(
        "{} {} with {katas} katas and {quizzes} quizzes{}.",
        style("Created").green().bold(),
        dir.display(),
        match git {
            GitInit::Created => ", in a new git repository",
            _ => "",
        }
    );
    if with_solutions {
        println!("Every reference solution is in solutions/.");
    } else {
        println!("Each exercise's reference solution appears in solutions/ once you pass it.");
    }
    println!("\nNext:\n  cd {}\n  memkata watch", shell_path(&dir));
    Ok(ExitCode::SUCCESS)
}

enum GitInit {
    Created,
    AlreadyInRepository,
    Unavailable,
}

/// `git init` in `dir`, unless it is already inside a repository.
fn git_init(dir: &Path) -> GitInit {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
    };
    match git(&["rev-parse", "--is-inside-work-tree"]) {
        Err(_) => GitInit::Unavailable,
        Ok(s) if s.success() => GitInit::AlreadyInRepository,
        Ok(_) if git(&["init", "--quiet"]).is_ok_and(|s| s.success()) => GitInit::Created,
        Ok(_) => GitInit::Unavailable,
    }
}

/// A path as a learner would type it after `cd`.
fn shell_path(dir: &Path) -> String {
    let text = dir.display().to_string();
    if text.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
        format!("'{}'", text.replace('\'', "'\\''"))
    } else {
        text
    }
}
