//! Progress records and the class report, in every format, from fixture
//! files (bad ones included), and the HTML page rendered by a real browser.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Workspace, repo, run_in};

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/report")
}

fn report(args: &[&str]) -> common::Run {
    run_in(&fixtures(), args)
}

#[test]
fn progress_json_has_the_contract_shape() {
    let pass = "fn main() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn ok() {}\n}\n";
    let ws = Workspace::new().kata("box1", pass).kata("box2", pass);
    ws.run(&["run", "box1"]).expect(0);
    ws.run(&["hint", "box2"]).expect(0);
    let p = ws
        .run(&["progress", "--format", "json", "--learner", "ada"])
        .expect(0)
        .json();
    assert_eq!(p["learner"], "ada");
    assert_eq!(p["memkata"], env!("CARGO_PKG_VERSION"));
    assert_eq!(p["total"], 2);
    assert_eq!(p["done"], 1);
    let box1 = &p["exercises"][0];
    assert_eq!(box1["name"], "box1");
    assert_eq!(box1["done"], true);
    assert_eq!(box1["attempts"], 1);
    assert_eq!(box1["hints_shown"], 0);
    for key in ["first_seen", "done_at"] {
        let stamp = box1[key]
            .as_str()
            .unwrap_or_else(|| panic!("{key}: {box1}"));
        assert!(
            stamp.ends_with('Z') && stamp.contains('T'),
            "{key} = {stamp}"
        );
    }
    let box2 = &p["exercises"][1];
    assert_eq!(box2["done"], false);
    assert_eq!(box2["hints_shown"], 1);
    assert!(box2["done_at"].is_null());
}

#[test]
fn learner_defaults_to_git_or_the_os_user() {
    let ws = Workspace::new().kata(
        "a",
        "fn main() {}\n#[cfg(test)]\nmod t {\n    #[test]\n    fn ok() {}\n}\n",
    );
    // Outside any git configuration: the OS user.
    let home = tempfile::tempdir().unwrap();
    let nobody = [
        ("HOME", home.path().as_os_str()),
        ("GIT_CONFIG_NOSYSTEM", "1".as_ref()),
        ("GIT_CONFIG_GLOBAL", "/dev/null".as_ref()),
        ("USER", "grace".as_ref()),
    ];
    let p = ws
        .run_with(&["progress", "--format", "json"], &nobody)
        .expect(0)
        .json();
    assert_eq!(p["learner"], "grace");
    // git's user.name, where it is set.
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(ws.path())
            .envs(nobody)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "--quiet"]);
    git(&["config", "user.name", "Ada Lovelace"]);
    let p = ws
        .run_with(&["progress", "--format", "json"], &nobody)
        .expect(0)
        .json();
    assert_eq!(p["learner"], "Ada Lovelace");
}

#[test]
fn text_report_reads_at_a_glance_and_skips_bad_files() {
    let run = report(&[
        "report",
        "ada.json",
        "grace.json",
        "linus.json",
        "ada-duplicate.json",
        "notes.txt",
        "old-version.json",
        "missing.json",
    ])
    .expect(0);
    let out = run.stdout();
    assert!(
        out.contains("grace") && out.contains("box2 (stuck, 7 attempts)"),
        "{out}"
    );
    assert!(out.contains("ada") && out.contains("11/12"), "{out}");
    // The hardest exercise comes first.
    let hardest = out.split("hardest exercises").nth(1).unwrap();
    let first = hardest.lines().nth(2).unwrap();
    assert!(first.trim_start().starts_with("box2"), "{hardest}");
    let err = run.stderr();
    assert!(
        err.contains("skipped ada-duplicate.json: learner 'ada' is already in ada.json"),
        "{err}"
    );
    assert!(err.contains("skipped notes.txt: not JSON"), "{err}");
    assert!(
        err.contains("skipped old-version.json: written by memkata 0.0.3"),
        "{err}"
    );
    assert!(
        err.contains("skipped missing.json: could not read it"),
        "{err}"
    );
}

#[test]
fn only_bad_files_is_an_error() {
    let run = report(&["report", "notes.txt"]).expect(2);
    assert!(
        run.stderr().contains("memkata progress --format json"),
        "{}",
        run.stderr()
    );
}

#[test]
fn csv_report_has_a_row_per_learner() {
    let out = report(&[
        "report",
        "--format",
        "csv",
        "ada.json",
        "grace.json",
        "linus.json",
    ])
    .expect(0)
    .stdout();
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 4, "{out}");
    assert!(
        rows[0].starts_with("learner,done,total,hints,attempts,where,ownership1,"),
        "{}",
        rows[0]
    );
    let grace = rows.iter().find(|r| r.starts_with("grace,")).unwrap();
    assert!(grace.starts_with("grace,7,12,"), "{grace}");
    assert!(grace.contains(",stuck,"), "{grace}");
    assert_eq!(grace.split(',').count(), rows[0].split(',').count());
}

#[test]
fn html_report_is_self_contained() {
    let page = report(&[
        "report",
        "--format",
        "html",
        "ada.json",
        "grace.json",
        "linus.json",
        "notes.txt",
    ])
    .expect(0)
    .stdout();
    assert!(page.starts_with("<!DOCTYPE html>"));
    for absent in ["<script", "http://", "https://", "<link", "@import"] {
        assert!(!page.contains(absent), "the page has {absent}");
    }
    assert!(page.contains("Hardest exercises") && page.contains("Who is where"));
    assert_eq!(page.matches("class=\"c stuck\"").count(), 1);
    assert!(page.contains("notes.txt"), "skipped files are listed");
}

/// Renders the report in headless Chromium and checks the picture: not
/// blank, with the heat map's green, amber and red in it.
#[test]
fn html_report_renders_in_a_browser() {
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report");
    std::fs::create_dir_all(&out_dir).unwrap();
    let html = out_dir.join("report.html");
    report(&[
        "report",
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
        "ada.json",
        "grace.json",
        "linus.json",
    ])
    .expect(0);
    let png = out_dir.join("report.png");
    let _ = std::fs::remove_file(&png);
    screenshot(&html, &png);
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let near = |p: &[u8], rgb: [u8; 3]| (0..3).all(|i| (p[i] as i32 - rgb[i] as i32).abs() < 12);
    let count = |rgb| pixels.iter().filter(|p| near(p, rgb)).count();
    let background = count([0xfb, 0xfb, 0xfa]);
    assert!(background < pixels.len() * 98 / 100, "the page is blank");
    assert!(count([0x2f, 0x9e, 0x63]) > 500, "no green (done) cells");
    assert!(count([0xd9, 0x53, 0x4f]) > 100, "no red (stuck) cells");
    assert!(
        count([0xf0, 0xad, 0x4e]) > 100,
        "no amber (in progress) cells"
    );
}

fn screenshot(html: &Path, png: &Path) {
    let installed = |b: &&str| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let browsers = ["chromium", "chromium-browser", "google-chrome"];
    if !browsers.iter().any(installed) {
        common::need("chromium");
    }
    let browser = browsers
        .into_iter()
        .find(installed)
        .expect("Chromium is needed for this test: apt-get install chromium");
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--hide-scrollbars",
            "--window-size=1200,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("run chromium");
    assert!(
        png.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}
