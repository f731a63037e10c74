//! The built-in catalogue, compiled into the binary (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));

/// The embedded file at `path` (workspace-relative, `/`-separated).
pub fn file(path: &str) -> Option<&'static [u8]> {
    FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, bytes)| *bytes)
}
