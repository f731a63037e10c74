//! The built-in course, compiled into the binary (see `build.rs`), and the
//! stamp a workspace made from it keeps: which course, which version, and
//! what each exercise file was when memkata wrote it.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, Exercise};
use crate::engine::cache::hash;
use crate::fsutil;
use crate::workspace::unix_path;

include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));

/// The name a workspace of the built-in course records.
pub const NAME: &str = "memkata";
/// The built-in course's version: memkata's own.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The memory probe's manifest, written beside its source in every
/// workspace so that rust-analyzer knows the crate the katas use.
pub const PROBE_MANIFEST: &str = "\
# The memory probe that katas about memory use (memkata builds its own copy;
# this manifest is for rust-analyzer).
[package]
name = \"memkata_probe\"
version = \"0.0.0\"
edition = \"2024\"
publish = false
";

/// The embedded file at `path` (workspace-relative, `/`-separated).
pub fn file(path: &str) -> Option<&'static [u8]> {
    FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, bytes)| *bytes)
}

/// The built-in course's catalogue.
pub fn catalogue() -> Result<Catalogue> {
    let text = file("info.toml").context("memkata was built without its course")?;
    let text = std::str::from_utf8(text).context("the built-in info.toml is not UTF-8")?;
    Catalogue::parse(text, Path::new("info.toml"))
        .context("the built-in catalogue is malformed; this is a bug in memkata")
}

/// The built-in exercise file of `exercise`, as memkata writes it.
pub fn exercise_file(exercise: &Exercise) -> Option<&'static [u8]> {
    file(&unix_path(&exercise.path()))
}

/// The built-in reference solution of `exercise`.
pub fn solution_file(exercise: &Exercise) -> Option<&'static [u8]> {
    file(&unix_path(&exercise.solution_path()))
}

/// `.memkata/course.json`: what made a workspace. It is committed with the
/// learner's work, so that a grader sees the same course.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Stamp {
    pub course: String,
    pub version: String,
    /// Exercise id → hash of its file as memkata wrote it, to tell the
    /// files a learner changed from those they never touched.
    #[serde(default)]
    pub files: BTreeMap<String, String>,
}

impl Stamp {
    pub const FILE: &str = "course.json";

    /// The stamp of the built-in course as this memkata has it.
    pub fn built_in(catalogue: &Catalogue) -> Stamp {
        let files = catalogue
            .exercises
            .iter()
            .filter_map(|e| Some((e.id.clone(), hash(&[exercise_file(e)?]))))
            .collect();
        Stamp {
            course: NAME.to_string(),
            version: VERSION.to_string(),
            files,
        }
    }

    /// The stamp in `dot` (`.memkata/`), if there is a readable one.
    pub fn read(dot: &Path) -> Option<Stamp> {
        let bytes = std::fs::read(dot.join(Self::FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn write(&self, dot: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).context("could not encode the course stamp")?;
        fsutil::write_atomic(&dot.join(Self::FILE), &json)
    }

    /// Whether this memkata's built-in course made the workspace.
    pub fn is_built_in(&self) -> bool {
        self.course == NAME
    }
}

/// Orders `a` and `b` as versions (`0.10.0` after `0.9.1`).
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| -> Vec<u64> {
        v.split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    parts(a).cmp(&parts(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_course_reads_and_is_stamped() {
        let catalogue = catalogue().unwrap();
        let stamp = Stamp::built_in(&catalogue);
        assert_eq!(stamp.files.len(), catalogue.exercises.len());
        assert!(stamp.is_built_in());
    }

    #[test]
    fn versions_compare_by_number() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_versions("0.10.0", "0.9.1"), Greater);
        assert_eq!(compare_versions("0.2.0", "0.2.0"), Equal);
        assert_eq!(compare_versions("0.1.0", "0.2.0"), Less);
    }
}
