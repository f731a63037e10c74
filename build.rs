//! Embeds the built-in catalogue (info.toml, exercises, solutions, the probe
//! crate) in the binary, so `memkata init` works after a plain `cargo install`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const ROOTS: &[&str] = &["info.toml", "exercises", "solutions", "probe/src"];

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut files = Vec::new();
    for root in ROOTS {
        println!("cargo:rerun-if-changed={root}");
        collect(&manifest.join(root), &mut files);
    }
    files.sort();
    let mut out = String::from(
        "/// Files of the built-in catalogue: (path in the workspace, contents).\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for file in &files {
        let rel = file
            .strip_prefix(&manifest)
            .expect("under the manifest dir");
        let rel = rel
            .to_str()
            .expect("catalogue paths are UTF-8")
            .replace('\\', "/");
        writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            file.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("embedded_files.rs");
    std::fs::write(dest, out).expect("write embedded_files.rs");
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if meta.is_file() {
        files.push(path.to_path_buf());
    } else if meta.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            collect(&entry.path(), files);
        }
    }
}
