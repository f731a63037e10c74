//! The verdict cache: a verdict is reused while the file's bytes, the
//! toolchain (`rustc -vV`), memkata's version, the probe and the limits are
//! all unchanged. One small JSON file per exercise in `.memkata/cache/`; a
//! damaged entry is a miss, never an error.

use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::engine::{Limits, Source};
use crate::toolchain::Toolchain;

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

    /// The key of a file's verdict when checked in `mode`.
    pub fn key(&self, code: &[u8], mode: &str) -> String {
        hash(&[code, mode.as_bytes(), self.salt.as_bytes()])
    }

    pub fn get<T: DeserializeOwned>(&self, slot: &str, key: &str) -> Option<T> {
        let bytes = std::fs::read(self.dir.join(format!("{slot}.json"))).ok()?;
        let entry: Entry<T> = serde_json::from_slice(&bytes).ok()?;
        (entry.key == key).then_some(entry.value)
    }

    /// Stores a verdict; a cache that can't be written only costs speed.
    pub fn put<T: Serialize>(&self, slot: &str, key: &str, value: &T) {
        let entry = Entry {
            key: key.to_string(),
            value,
        };
        if let Ok(json) = serde_json::to_vec(&entry) {
            let _ = crate::fsutil::write_atomic(&self.dir.join(format!("{slot}.json")), &json);
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

/// The cache file name for an exercise's file.
pub fn slot(name: &str, source: Source) -> String {
    match source {
        Source::Exercise => name.to_string(),
        Source::Solution => format!("{name}.solution"),
    }
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
