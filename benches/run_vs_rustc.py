#!/usr/bin/env python3
"""`memkata run` of a changed exercise against a plain `rustc` + run of the
same file, timed in the same run, alternating, so the machine's noise hits
both alike. Prints the medians and their ratio.

    python3 benches/run_vs_rustc.py [--rounds N]

The exercise is a test kata sharing a Vec between threads with Arc, the
kind of file rustlings' `arc1` is. Before each timed command the file gets
a new constant, so that neither memkata's verdict cache nor rustc's
incremental cache can answer without compiling.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EXERCISE = """// bench: share numbers between threads.
use std::sync::Arc;
use std::thread;

fn total(numbers: Arc<Vec<u64>>) -> u64 {
    let mut handles = Vec::new();
    for i in 0..4 {
        let numbers = Arc::clone(&numbers);
        handles.push(thread::spawn(move || numbers[i] * KNOB / KNOB));
    }
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

const KNOB: u64 = 1;

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums() {
        assert_eq!(total(Arc::new(vec![1, 2, 3, 4])), 10);
    }
}
"""


def write(path, knob):
    with open(path, "w") as f:
        f.write(EXERCISE.replace("const KNOB: u64 = 1;", f"const KNOB: u64 = {knob};"))


def timed(cmd, cwd):
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {cmd}\n{result.stderr.decode()}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    memkata = os.path.join(ROOT, "target", "release", "memkata")
    work = tempfile.mkdtemp(prefix="memkata-bench")
    try:
        os.makedirs(os.path.join(work, "exercises", "bench"))
        with open(os.path.join(work, "info.toml"), "w") as f:
            f.write('format_version = 1\n[[exercises]]\nname = "arc"\ndir = "bench"\nhint = "-"\n')
        exercise = os.path.join(work, "exercises", "bench", "arc.rs")
        plain = os.path.join(work, "plain.rs")
        memkata_cmd = f"{memkata} run arc"
        rustc_cmd = "rustc --edition 2024 --test plain.rs -o plain && ./plain"

        knob = 1
        # Warm both: the toolchain's files in the page cache, memkata's
        # toolchain record written.
        for _ in range(3):
            knob += 1
            write(exercise, knob)
            write(plain, knob)
            timed(memkata_cmd, work)
            timed(rustc_cmd, work)

        ours, theirs = [], []
        for _ in range(args.rounds):
            knob += 1
            write(exercise, knob)
            ours.append(timed(memkata_cmd, work))
            write(plain, knob)
            theirs.append(timed(rustc_cmd, work))

        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"memkata run (changed file):  median {a * 1000:6.1f} ms over {len(ours)} rounds")
        print(f"rustc --test + run:          median {b * 1000:6.1f} ms over {len(theirs)} rounds")
        print(f"ratio: {a / b:.2f}x  (goal: at most 1.30x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
