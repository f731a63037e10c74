//! Linking a program without the C compiler driver in between.
//!
//! On Linux, rustc links through `cc`, which starts `collect2`, which starts
//! a wrapper, which starts the toolchain's own `rust-lld`: four programs for
//! one link, and about a quarter of a warm build's time. memkata learns once
//! per toolchain what `cc` would hand the linker (its start-up objects and
//! search paths), then names itself as rustc's linker: called that way, it
//! passes rustc's arguments straight to `rust-lld` with that frame around
//! them. Whatever it does not recognise is handed to `cc` unchanged, and a
//! build that fails to link this way is built again the usual way.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

/// Set on rustc's environment when memkata is its linker: the [`Frame`],
/// as JSON.
const ENV: &str = "MEMKATA_LINK_FRAME";

/// What `cc` gives the linker around rustc's own arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    lld: PathBuf,
    /// The driver flags rustc passes that the frame already accounts for.
    driver: Vec<String>,
    /// Before the objects: output kind, dynamic loader, start-up objects,
    /// search paths.
    head: Vec<String>,
    /// After them: the closing start-up objects.
    tail: Vec<String>,
}

/// Linker work a checked program has no use for: it is run once, then
/// replaced by the next build.
const SLOW: [&str; 2] = ["--gc-sections", "--build-id"];

/// Stand-ins in the command `cc` is asked to show.
const OUT: &str = "/memkata-link-out";
const IN: &str = "/memkata-link-in.o";

impl Frame {
    /// Learns the frame from `cc` for a toolchain whose rustc links through
    /// `cc` and `rust-lld`; None elsewhere, or if anything looks unusual.
    pub fn learn(sysroot: &Path, host: &str) -> Option<Frame> {
        if !cfg!(unix) || !host.ends_with("-linux-gnu") {
            return None;
        }
        let bin = sysroot.join("lib").join("rustlib").join(host).join("bin");
        let lld = bin.join("rust-lld");
        let gcc_ld = bin.join("gcc-ld");
        if !lld.is_file() || !gcc_ld.is_dir() {
            return None;
        }
        let mut driver = Vec::new();
        if host.starts_with("x86_64-") {
            driver.push("-m64".to_string());
        }
        driver.extend(["-pie", "-nodefaultlibs", "-fuse-ld=lld"].map(String::from));
        driver.push(format!("-B{}", gcc_ld.display()));
        let shown = std::process::Command::new("cc")
            .arg("-###")
            .args(&driver)
            .args(["-o", OUT, IN])
            .output()
            .ok()?;
        if !shown.status.success() {
            return None;
        }
        let text = String::from_utf8_lossy(&shown.stderr);
        let line = text.lines().rev().find(|l| l.contains(IN))?;
        let (head, tail) = split_frame(&shlex::split(line)?)?;
        Some(Frame {
            lld,
            driver,
            head,
            tail,
        })
    }

    /// The arguments that make rustc link through this frame with memkata
    /// (`exe`) as its linker.
    pub fn rustc_setup(&self, exe: &Path, cmd: &mut std::process::Command) {
        let mut linker = OsString::from("linker=");
        linker.push(exe);
        cmd.arg("-C").arg(linker);
        if let Ok(json) = serde_json::to_string(self) {
            cmd.env(ENV, json);
        }
    }

    /// rustc's linker arguments (for `cc`) as `rust-lld`'s, or None if one
    /// of them is not understood.
    fn translate(&self, args: &[String]) -> Option<Vec<String>> {
        // Debug info is for debuggers; memkata runs the program bare.
        let mut out = vec!["--strip-debug".to_string()];
        out.extend(self.head.iter().cloned());
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if let Some(flags) = arg.strip_prefix("-Wl,") {
                out.extend(
                    flags
                        .split(',')
                        .filter(|f| !SLOW.contains(f))
                        .map(String::from),
                );
            } else if arg == "-o" || arg == "-L" {
                out.push(arg.clone());
                out.push(args.next()?.clone());
            } else if arg.starts_with("-L") || arg.starts_with("-l") {
                out.push(arg.clone());
            } else if arg == "-B" {
                let dir = args.next()?;
                self.driver.contains(&format!("-B{dir}")).then_some(())?;
            } else if arg.starts_with('-') || arg.starts_with('@') {
                self.driver.contains(arg).then_some(())?;
            } else {
                out.push(arg.clone());
            }
        }
        out.extend(self.tail.iter().cloned());
        Some(out)
    }
}

/// The head and tail of the linker command `cc` showed, without the
/// program's name, `cc`'s plugin options, the linker choice and the
/// stand-in output: what surrounds the stand-in input.
fn split_frame(words: &[String]) -> Option<(Vec<String>, Vec<String>)> {
    let at = words.iter().position(|w| w == IN)?;
    let mut head = Vec::new();
    let mut words_before = words[1..at].iter();
    while let Some(word) = words_before.next() {
        match word.as_str() {
            "-plugin" | "-o" => {
                words_before.next()?;
            }
            w if w.starts_with("-plugin-opt") || w.starts_with("-fuse-ld") => {}
            w if SLOW.contains(&w) => {}
            w if w.contains("memkata-link") => return None,
            _ => head.push(word.clone()),
        }
    }
    let tail = words[at + 1..].to_vec();
    if tail.iter().any(|w| w.contains("memkata-link")) {
        return None;
    }
    Some((head, tail))
}

/// When memkata was started by rustc as its linker: links, and says how it
/// went. None for every other start.
pub fn act_as_linker() -> Option<ExitCode> {
    let frame = std::env::var(ENV).ok()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let direct = serde_json::from_str::<Frame>(&frame)
        .ok()
        .and_then(|frame| Some((frame.translate(&args)?, frame.lld)));
    let (program, args) = match direct {
        Some((words, lld)) => (lld.into_os_string(), {
            let mut all = vec!["-flavor".to_string(), "gnu".to_string()];
            all.extend(words);
            all
        }),
        None => (OsString::from("cc"), args),
    };
    let status = std::process::Command::new(&program)
        .args(&args)
        .env_remove(ENV)
        .status();
    Some(match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => ExitCode::from(status.code().unwrap_or(1).clamp(1, 255) as u8),
        Err(e) => {
            eprintln!("memkata could not start {}: {e}", program.to_string_lossy());
            ExitCode::FAILURE
        }
    })
}

/// Whether a failed build's output says the link failed (rather than the
/// code being wrong).
pub fn failed_to_link(rendered: &str) -> bool {
    rendered.contains("linking with `") || rendered.contains("could not exec the linker")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> Frame {
        Frame {
            lld: PathBuf::from("/rust-lld"),
            driver: [
                "-m64",
                "-pie",
                "-nodefaultlibs",
                "-fuse-ld=lld",
                "-B/gcc-ld",
            ]
            .map(String::from)
            .to_vec(),
            head: vec!["-pie".into(), "Scrt1.o".into()],
            tail: vec!["crtn.o".into()],
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn the_frame_is_what_surrounds_the_input() {
        let line = words(
            "/gcc/collect2 -plugin /lto.so -plugin-opt=-x --build-id -pie -fuse-ld=lld -o /memkata-link-out Scrt1.o -L/lib /memkata-link-in.o crtn.o",
        );
        let (head, tail) = split_frame(&line).unwrap();
        assert_eq!(head, words("-pie Scrt1.o -L/lib"));
        assert_eq!(tail, ["crtn.o"]);
    }

    #[test]
    fn rustc_arguments_become_the_linker_s() {
        let args = words(
            "-m64 a.o -Wl,--as-needed,-Bstatic,--gc-sections lib.rlib -lc -L /x -B/gcc-ld -fuse-ld=lld -o prog -nodefaultlibs",
        );
        assert_eq!(
            frame().translate(&args).unwrap(),
            words(
                "--strip-debug -pie Scrt1.o a.o --as-needed -Bstatic lib.rlib -lc -L /x -o prog crtn.o"
            )
        );
    }

    #[test]
    fn anything_unknown_goes_to_cc() {
        for unknown in [
            "-static",
            "-nostartfiles",
            "-B/elsewhere",
            "@args",
            "-shared",
        ] {
            assert_eq!(frame().translate(&words(&format!("a.o {unknown}"))), None);
        }
    }
}
