//! `memkata dev check` and `memkata dev new`: tools for pack authors.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use console::style;

use super::workspace;
use crate::catalogue::{Exercise, Kind, is_plain_name, letter};
use crate::checks::{default_jobs, parallel_map};
use crate::cli::LimitArgs;
use crate::engine::{Attempt, Cancel, Engine, Role};
use crate::output::for_terminal;
use crate::quiz;
use crate::workspace::{Workspace, unix_path};

/// What `dev check` found about one exercise.
struct Finding {
    problems: Vec<String>,
    /// For a passing quiz: which choice matched.
    note: Option<String>,
}

pub fn check(
    names: &[String],
    topics: &[String],
    jobs: Option<usize>,
    limits: LimitArgs,
) -> Result<ExitCode> {
    let limits = limits.limits()?;
    let ws = workspace()?;
    let engine = super::engine(&ws, limits)?;
    let exercises = super::select(&ws, names, topics)?;
    let whole = names.is_empty() && topics.is_empty();
    let jobs = jobs.unwrap_or_else(default_jobs).max(1);

    let findings = parallel_map(
        &exercises,
        jobs,
        Some("dev check"),
        &Cancel::default(),
        &|_, _| {},
        |e| check_exercise(&ws, &engine, e),
    );
    let orphans = if whole { orphans(&ws) } else { Vec::new() };
    // The author's files are the course: checks from now on judge by them.
    ws.reseed_originals(&exercises)?;

    let mut failed = 0;
    for (exercise, finding) in exercises.iter().zip(findings) {
        let finding = finding.unwrap_or_else(|| Finding {
            problems: vec!["not checked".into()],
            note: None,
        });
        failed += usize::from(!finding.problems.is_empty());
        print_finding(exercise, finding);
    }
    for orphan in &orphans {
        failed += 1;
        println!(
            "{} {}: not listed in info.toml (add an [[exercises]] entry, or delete it)",
            style("✗").red().bold(),
            orphan
        );
    }
    println!();
    if failed == 0 {
        println!(
            "{} all {} exercises check out",
            style("✓").green().bold(),
            exercises.len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{} {failed} problem(s)", style("✗").red().bold());
        Ok(ExitCode::from(1))
    }
}

fn print_finding(exercise: &Exercise, finding: Finding) {
    if finding.problems.is_empty() {
        let note = finding.note.map(|n| format!(": {n}")).unwrap_or_default();
        println!(
            "{} {}{}",
            style("✓").green().bold(),
            exercise.name,
            style(note).dim()
        );
        return;
    }
    println!(
        "{} {}",
        style("✗").red().bold(),
        style(&exercise.name).bold()
    );
    for p in &finding.problems {
        for line in for_terminal(p.trim_end(), super::colour()).lines() {
            if line.trim().is_empty() {
                println!();
            } else {
                println!("    {line}");
            }
        }
    }
}

/// An author's checks of one exercise. The exercise file is the course's
/// copy here: its tests judge the solution.
fn check_exercise(ws: &Workspace, engine: &Engine, exercise: &Exercise) -> Finding {
    let Ok(code) = std::fs::read(ws.file(exercise)) else {
        return Finding {
            problems: vec![format!("{} is missing", exercise.path().display())],
            note: None,
        };
    };
    match &exercise.quiz {
        Some(q) => check_quiz(ws, engine, exercise, q, &code),
        None => Finding {
            problems: check_kata(ws, engine, exercise, &code),
            note: None,
        },
    }
}

fn check_quiz(
    ws: &Workspace,
    engine: &Engine,
    exercise: &Exercise,
    q: &crate::catalogue::Quiz,
    code: &[u8],
) -> Finding {
    let mut problems = Vec::new();
    let mut note = None;
    if q.explanation.as_deref().is_none_or(|e| e.trim().is_empty()) {
        problems.push("the quiz has no explanation".into());
    }
    if ws.solution_file(exercise).exists() {
        problems.push(format!(
            "{} exists, but a quiz has no solution",
            exercise.solution_path().display()
        ));
    }
    match quiz::run(engine, exercise, code, &Cancel::default()) {
        Err(e) => problems.push(format!("could not build it: {e:#}")),
        Ok(run) => match quiz::right_choice(q, &run) {
            Ok(i) => note = Some(format!("{}) is right: {}", letter(i), quiz::describe(&run))),
            Err(e) => problems.push(match &run {
                quiz::QuizRun::Program(p) => format!("{e}\n{}", p.said.trim_end()),
                quiz::QuizRun::Fixes(_) => e.to_string(),
            }),
        },
    }
    Finding { problems, note }
}

fn check_kata(ws: &Workspace, engine: &Engine, exercise: &Exercise, code: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let text = String::from_utf8_lossy(code);
    let has_tests = text.contains("#[test]");
    if exercise.test && !has_tests {
        problems.push(
            "test = true, but the file has no #[test]: add tests, or set test = false".into(),
        );
    }
    if !exercise.test && has_tests {
        problems.push(
            "test = false, but the file has #[test]s, which would never run: remove `test = false`"
                .into(),
        );
    }
    if exercise.hints.is_empty() {
        problems.push("no hints: add `hints = [\"…\"]`".into());
    }
    let cancel = Cancel::default();
    let unsolved = Attempt {
        role: Role::Learner,
        code,
        original: Some(code),
    };
    if !exercise.skip_check_unsolved {
        match engine.check(exercise, &unsolved, &cancel, true) {
            Err(e) => problems.push(format!("could not check it: {e:#}")),
            Ok(o) if o.verdict.is_pass() => problems.push(
                "passes unsolved: the learner would have nothing to do (or set skip_check_unsolved = true)".into(),
            ),
            Ok(_) => {}
        }
    }
    let path = ws.solution_file(exercise);
    let Ok(solution) = std::fs::read(&path) else {
        problems.push(format!(
            "no solution: {} is missing",
            exercise.solution_path().display()
        ));
        return problems;
    };
    let reference = Attempt {
        role: Role::Reference,
        code: &solution,
        original: Some(code),
    };
    problems.extend(check_solution(engine, exercise, &reference, &path));
    problems
}

/// The reference solution passes the exercise's own tests, meets its
/// constraints, and is clippy- and rustfmt-clean.
fn check_solution(
    engine: &Engine,
    exercise: &Exercise,
    reference: &Attempt<'_>,
    path: &Path,
) -> Vec<String> {
    let mut problems = Vec::new();
    let cancel = Cancel::default();
    match engine.check(exercise, reference, &cancel, true) {
        Err(e) => problems.push(format!("could not check the solution: {e:#}")),
        Ok(o) if !o.verdict.is_pass() => problems.push(format!(
            "the solution does not pass: {}\n{}",
            o.summary(),
            crate::output::tail(o.output.trim_end(), 4000)
        )),
        Ok(o) if o.tests_modified => problems.push(format!(
            "the solution's tests differ from those of {}: a learner is judged by the exercise's",
            exercise.path().display()
        )),
        Ok(_) => {}
    }
    match engine.lint(exercise, reference, &cancel) {
        Err(e) => problems.push(format!("could not run clippy: {e:#}")),
        Ok(Some(warnings)) => {
            problems.push(format!("the solution is not clippy-clean:\n{warnings}"))
        }
        Ok(None) => {}
    }
    match engine.rustfmt_diff(path) {
        Err(e) => problems.push(format!("{e:#}")),
        Ok(Some(_)) => problems.push(format!(
            "the solution is not rustfmt-clean: run `rustfmt --edition 2024 {}`",
            exercise.solution_path().display()
        )),
        Ok(None) => {}
    }
    problems
}

/// `.rs` files under `exercises/` and `solutions/` that no entry names.
fn orphans(ws: &Workspace) -> Vec<String> {
    let mut known = HashSet::new();
    for e in &ws.catalogue.exercises {
        known.insert(unix_path(&e.path()));
        if e.kind() == Kind::Kata {
            known.insert(unix_path(&e.solution_path()));
        }
    }
    let mut found = Vec::new();
    for top in ["exercises", "solutions"] {
        walk(&ws.root, &ws.root.join(top), &mut found);
    }
    let mut orphans: Vec<String> = found.into_iter().filter(|p| !known.contains(p)).collect();
    orphans.sort();
    orphans
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, found);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(rel) = path.strip_prefix(root)
        {
            found.push(unix_path(rel));
        }
    }
}

pub fn new(name: &str, dir: Option<&str>, quiz: bool, no_test: bool) -> Result<ExitCode> {
    let ws = workspace()?;
    if !is_plain_name(name) {
        bail!("'{name}' is not a plain name: use letters, digits, '_' and '-'");
    }
    if let Some(d) = dir
        && !is_plain_name(d)
    {
        bail!("'{d}' is not a plain folder name: use letters, digits, '_' and '-'");
    }
    if ws.catalogue.get(name).is_some() {
        bail!("there is already an exercise named '{name}' in info.toml");
    }
    let rel = |top: &str| -> PathBuf {
        let mut p = PathBuf::from(top);
        if let Some(d) = dir {
            p.push(d);
        }
        p.push(format!("{name}.rs"));
        p
    };
    let exercise = rel("exercises");
    let solution = rel("solutions");
    for p in [&exercise, &solution] {
        if ws.root.join(p).exists() {
            bail!("{} already exists", p.display());
        }
    }
    let test = !no_test && !quiz;
    let (code, entry) = if quiz {
        (quiz_template(name), quiz_entry(name, dir))
    } else {
        (kata_template(name, test), kata_entry(name, dir, test))
    };
    write_new(&ws.root.join(&exercise), &code)?;
    if !quiz {
        write_new(&ws.root.join(&solution), &code)?;
    }
    let info = ws.root.join("info.toml");
    let mut text = std::fs::read_to_string(&info).context("could not read info.toml")?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&entry);
    crate::fsutil::write_atomic(&info, text.as_bytes())?;
    ws.write_manifest(&|_| true)?;
    println!("Created {}", exercise.display());
    if !quiz {
        println!("Created {}", solution.display());
    }
    println!("Added '{name}' to info.toml. Fill them in, then run `memkata dev check`.");
    Ok(ExitCode::SUCCESS)
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text).with_context(|| format!("could not write {}", path.display()))
}

fn kata_template(name: &str, test: bool) -> String {
    let mut text = format!(
        "// {name}: say in one line what the learner will do.\n//\n// Then what to change, and what not to (\"Do not change the tests.\").\n\n"
    );
    if test {
        text.push_str(
            "fn main() {\n    // You can experiment here; memkata runs the tests.\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn it_works() {\n        assert_eq!(1 + 1, 3, \"say what the learner should fix\");\n    }\n}\n",
        );
    } else {
        text.push_str(
            "fn main() {\n    assert_eq!(1 + 1, 3, \"say what the learner should fix\");\n}\n",
        );
    }
    text
}

fn kata_entry(name: &str, dir: Option<&str>, test: bool) -> String {
    let mut text = format!("[[exercises]]\nname = \"{name}\"\n");
    if let Some(d) = dir {
        text.push_str(&format!("dir = \"{d}\"\n"));
    }
    if !test {
        text.push_str("test = false\n");
    }
    text.push_str("hints = [\n  \"A nudge.\",\n  \"The concept, with a link to the Rust Book or the std docs.\",\n  \"Close to the answer.\",\n]\n");
    text
}

fn quiz_template(name: &str) -> String {
    format!(
        "// Quiz {name}: read this program, then answer in memkata.\n\nfn main() {{\n    let s = String::from(\"hi\");\n    println!(\"{{s}}\");\n}}\n"
    )
}

fn quiz_entry(name: &str, dir: Option<&str>) -> String {
    let mut text = format!("[[exercises]]\nname = \"{name}\"\n");
    if let Some(d) = dir {
        text.push_str(&format!("dir = \"{d}\"\n"));
    }
    text.push_str(
        "kind = \"quiz\"\nquestion = \"What happens when this program is built and run?\"\nchoices = [\n  { says = \"It prints `hi`\", prints = \"hi\\n\" },\n  { says = \"It does not compile\", error = \"E0382\" },\n  { says = \"It compiles, then panics\", panics = true },\n]\nexplanation = \"Why, in two or three sentences.\"\n",
    );
    text
}
