//! The verdict cache: a verdict is reused while the code, the course's
//! tests and rules, the toolchain (`rustc -vV`), memkata's build, the probe
//! and the limits are all unchanged. One small JSON file per slot in
//! `.memkata/cache/`; a damaged entry is a miss, never an error.
//!
//! The cache also remembers the last verdict of each exercise and every quiz
//! answer, so that progress can be rebuilt if the state file is lost.

use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::sandbox::Limits;
use super::toolchain::Toolchain;
use crate::fsutil;
use crate::state::QuizRecord;
use crate::verdict::Outcome;

#[derive(Clone)]
pub struct Cache {
    dir: PathBuf,
    /// Everything but the file that a verdict depends on.
    salt: String,
}

#[derive(Serialize, serde::Deserialize)]
struct Entry<T> {
    key: String,
    value: T,
}

impl Cache {
    pub fn new(dir: PathBuf, toolchain: &Toolchain, limits: &Limits) -> Cache {
        let salt = hash(&[
            toolchain.version.as_bytes(),
            env!("CARGO_PKG_VERSION").as_bytes(),
            build_stamp().as_bytes(),
            crate::probe::source(),
            format!("{limits:?}").as_bytes(),
        ]);
        Cache { dir, salt }
    }

    /// The cache in `dir`, for reading what it remembers of progress (the
    /// last verdicts and the quiz answers) without a toolchain at hand.
    pub fn reader(dir: PathBuf) -> Cache {
        Cache {
            dir,
            salt: String::new(),
        }
    }

    /// The key of a result that depends on `parts` (the code, how it is
    /// checked, the course's copy).
    pub fn key(&self, parts: &[&[u8]]) -> String {
        let mut all: Vec<&[u8]> = parts.to_vec();
        all.push(self.salt.as_bytes());
        hash(&all)
    }

    fn file(&self, slot: &str) -> PathBuf {
        self.dir.join(format!("{slot}.json"))
    }

    pub fn get<T: DeserializeOwned>(&self, slot: &str, key: &str) -> Option<T> {
        let entry = self.entry::<T>(slot)?;
        (entry.key == key).then_some(entry.value)
    }

    fn entry<T: DeserializeOwned>(&self, slot: &str) -> Option<Entry<T>> {
        let bytes = std::fs::read(self.file(slot)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Stores a result; a cache that can't be written only costs speed.
    pub fn put<T: Serialize>(&self, slot: &str, key: &str, value: &T) {
        let entry = Entry {
            key: key.to_string(),
            value,
        };
        if let Ok(json) = serde_json::to_vec(&entry) {
            let _ = fsutil::write_cache(&self.file(slot), &json);
        }
    }

    /// The last verdict drawn for the learner's file of exercise `id`,
    /// whatever the file held then.
    pub fn last_outcome(&self, id: &str) -> Option<Outcome> {
        self.entry::<Outcome>(&Role::Learner.tag(id))
            .map(|e| e.value)
    }

    /// Keeps a copy of a quiz's answers beside the state file, on disk
    /// before this returns: it is progress, not a cache.
    pub fn remember_answers(&self, id: &str, record: &QuizRecord) {
        let entry = Entry {
            key: String::new(),
            value: record,
        };
        if let Ok(json) = serde_json::to_vec(&entry) {
            let _ = fsutil::write_atomic(&self.file(&answers_slot(id)), &json);
        }
    }

    /// The answers given to quiz `id`, as last remembered.
    pub fn answers(&self, id: &str) -> Option<QuizRecord> {
        self.entry::<QuizRecord>(&answers_slot(id)).map(|e| e.value)
    }
}

fn answers_slot(id: &str) -> String {
    format!("{id}.answers")
}

/// Which file of an exercise is checked, as far as cache slots and build
/// products are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The learner's file.
    Learner,
    /// The reference solution.
    Reference,
    /// A quiz's program, built and run.
    Program,
    /// A "which fix?" quiz's program with choice `n` applied.
    Fix(usize),
}

impl Role {
    /// The name of this file's cache slot and build products. The one
    /// place they are named.
    pub fn tag(self, id: &str) -> String {
        match self {
            Role::Learner => id.to_string(),
            Role::Reference => format!("{id}.reference"),
            Role::Program => format!("{id}.program"),
            Role::Fix(n) => format!("{id}.fix-{}", crate::catalogue::letter(n)),
        }
    }
}

/// When this memkata binary was built (its file's modification time), so
/// that a rebuilt memkata of the same version does not reuse verdicts that
/// an older build drew.
fn build_stamp() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos().to_string())
        .unwrap_or_default()
}

/// A hex digest of `parts`, each length-prefixed so that no two different
/// lists of parts hash alike.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for part in parts {
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    format!("{:032x}", hasher.digest128())
}
