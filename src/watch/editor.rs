//! Opening the current exercise in the learner's editor, for those who
//! asked for it or whose editor can open a file without this terminal.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::cli::WatchArgs;

/// Editors that open a window of their own, so that memkata can start
/// them without giving up the terminal.
const GRAPHICAL: &[&str] = &[
    "code",
    "code-insiders",
    "codium",
    "subl",
    "zed",
    "gedit",
    "kate",
    "mate",
    "atom",
    "gvim",
    "mvim",
    "idea",
    "clion",
    "rustrover",
    "xed",
    "mousepad",
    "gnome-text-editor",
];

/// The command that opens files for the learner: `--edit-cmd`, else a
/// graphical `$VISUAL`/`$EDITOR`, else VS Code when memkata runs in its
/// terminal. A terminal editor would fight memkata for the terminal.
pub fn command(args: &WatchArgs) -> Option<String> {
    if let Some(cmd) = &args.edit_cmd {
        return Some(cmd.clone());
    }
    for var in ["VISUAL", "EDITOR"] {
        if let Ok(value) = std::env::var(var) {
            let program = value.split_whitespace().next().unwrap_or("");
            let base = Path::new(program)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(program);
            if GRAPHICAL.contains(&base) {
                return Some(value);
            }
        }
    }
    if std::env::var("TERM_PROGRAM").is_ok_and(|t| t == "vscode") {
        return Some("code --reuse-window".into());
    }
    None
}

/// Starts `command` with `path` as its last argument, without a shell:
/// the command is split into words, double quotes grouping words that
/// hold spaces. The editor is reaped in the background.
pub fn open(command: &str, path: &Path) -> std::io::Result<()> {
    let words = split_words(command);
    let Some((program, args)) = words.split_first() else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the editor command is empty",
        ));
    };
    let mut child = Command::new(program_path(program))
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    // Editors that fork return at once; the others are waited for here.
    std::thread::Builder::new()
        .name("memkata-editor".into())
        .spawn(move || {
            let _ = child.wait();
        })?;
    Ok(())
}

/// The program a command's first word names. On Windows, a command found
/// through `PATH` may be a batch file (VS Code's `code` is `code.cmd`), which
/// Windows starts only when it is named in full.
#[cfg(windows)]
fn program_path(program: &str) -> std::path::PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let extensions = std::env::var("PATHEXT").unwrap_or_else(|_| ".COM;.EXE;.BAT;.CMD".into());
    find_program(program, &path, &extensions).unwrap_or_else(|| program.into())
}

#[cfg(not(windows))]
fn program_path(program: &str) -> &str {
    program
}

/// `program`'s file in the folders of `path`, tried with each of
/// `extensions` in turn, the way Windows' shell finds a command. A program
/// named with an extension or a folder is left as it is.
#[cfg(windows)]
fn find_program(
    program: &str,
    path: &std::ffi::OsStr,
    extensions: &str,
) -> Option<std::path::PathBuf> {
    let named = Path::new(program);
    if named.extension().is_some() || named.parent().is_some_and(|p| !p.as_os_str().is_empty()) {
        return None;
    }
    std::env::split_paths(path).find_map(|dir| {
        extensions
            .split(';')
            .filter(|e| !e.is_empty())
            .map(|e| dir.join(format!("{program}{}", e.to_ascii_lowercase())))
            .find(|candidate| candidate.is_file())
    })
}

/// `code --wait "My Editor"` → `code`, `--wait`, `My Editor`.
fn split_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_into_words() {
        assert_eq!(
            split_words("code --reuse-window"),
            ["code", "--reuse-window"]
        );
        assert_eq!(
            split_words(r#""C:\Program Files\Zed\zed.exe" -n"#),
            [r"C:\Program Files\Zed\zed.exe", "-n"]
        );
        assert!(split_words("   ").is_empty());
    }

    #[cfg(windows)]
    #[test]
    fn a_batch_file_on_path_is_found_by_its_name() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(dir.path().join("code.cmd"), "@echo off\r\n").expect("written");
        let path = std::env::join_paths([dir.path()]).expect("a PATH");
        let found = find_program("code", &path, ".COM;.EXE;.BAT;.CMD");
        assert_eq!(found, Some(dir.path().join("code.cmd")));
        assert_eq!(find_program("code.exe", &path, ".CMD"), None);
        assert_eq!(find_program("nowhere", &path, ".CMD"), None);
    }
}
