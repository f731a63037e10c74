//! The built-in course as a new learner gets it: `memkata init`, every kata
//! failing as written, every kata passing with its reference solution.

mod common;

use common::run_in;

#[test]
fn init_then_verify_fails_unsolved_and_passes_solved() {
    let parent = tempfile::tempdir().unwrap();
    run_in(parent.path(), &["init", "ws"]).expect(0);
    let ws = parent.path().join("ws");
    assert!(
        !ws.join("solutions").exists(),
        "a fresh workspace holds no solution the learner has not earned"
    );
    let listed = run_in(&ws, &["list", "--format", "json"]).expect(0).json();
    let kata_count = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "kata")
        .count();

    let katas = |json: &serde_json::Value| -> Vec<(String, String)> {
        json["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "kata")
            .map(|e| {
                (
                    e["name"].as_str().unwrap().to_string(),
                    e["verdict"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let unsolved = run_in(&ws, &["verify", "--format", "json"])
        .expect(1)
        .json();
    let unsolved = katas(&unsolved);
    assert!(kata_count > 0);
    assert_eq!(unsolved.len(), kata_count, "{unsolved:?}");
    let passing: Vec<_> = unsolved.iter().filter(|(_, v)| v == "passed").collect();
    assert!(passing.is_empty(), "katas that pass unsolved: {passing:?}");

    copy_dir(&common::repo().join("solutions"), &ws.join("exercises"));
    let solved = run_in(&ws, &["verify", "--format", "json"]).json();
    let failing: Vec<_> = katas(&solved)
        .into_iter()
        .filter(|(_, v)| v != "passed")
        .collect();
    assert!(
        failing.is_empty(),
        "katas that fail with their solution: {failing:?}"
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
