#!/usr/bin/env python3
"""From save to verdict on screen: a real `memkata watch` in tmux against a
plain `rustc` + run of the same file, timed in the same run, alternating.
Also the start-up time to the first screen. Prints medians and ratios.

    python3 benches/watch_vs_rustc.py [--rounds N]

Each round saves a new version of the exercise (alternately passing and
failing, so the status line changes) and times until the status line names
the new verdict. The screen is polled every 2 ms.
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
SOCKET = f"memkata-bench-{os.getpid()}"
SESSIONS = 0


def new_socket():
    """A fresh tmux server for each session: a killed server may linger."""
    global SOCKET, SESSIONS
    SESSIONS += 1
    SOCKET = f"memkata-bench-{os.getpid()}-{SESSIONS}"

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
const EXPECTED: u64 = 10;

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums() {
        assert_eq!(total(Arc::new(vec![1, 2, 3, 4])), EXPECTED);
    }
}
"""


def source(knob, passing):
    text = EXERCISE.replace("const KNOB: u64 = 1;", f"const KNOB: u64 = {knob};")
    if not passing:
        text = text.replace("const EXPECTED: u64 = 10;", "const EXPECTED: u64 = 11;")
    return text


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True).stdout


def status_line():
    lines = [l for l in tmux("capture-pane", "-p", "-t", "b").splitlines() if l.strip()]
    return lines[-2] if len(lines) >= 2 else ""


def wait_for(pred, limit=15.0, what="?"):
    start = time.perf_counter()
    while True:
        if pred():
            return time.perf_counter()
        if time.perf_counter() - start > limit:
            sys.exit(f"timed out waiting for {what}; screen:\n{tmux('capture-pane', '-p', '-t', 'b')}\n{tmux('ls')}")
        time.sleep(0.002)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    memkata = os.path.join(ROOT, "target", "release", "memkata")
    work = tempfile.mkdtemp(prefix="memkata-bench")
    config = os.path.join(work, "tmux.conf")
    with open(config, "w") as f:
        f.write("set -g status off\nset -g remain-on-exit on\n")
    try:
        os.makedirs(os.path.join(work, "ws", "exercises", "bench"))
        ws = os.path.join(work, "ws")
        with open(os.path.join(ws, "info.toml"), "w") as f:
            f.write('format_version = 1\n[[exercises]]\nname = "arc"\ndir = "bench"\nhint = "-"\n'
                    '[[exercises]]\nname = "other"\ndir = "bench"\nhint = "-"\n')
        exercise = os.path.join(ws, "exercises", "bench", "arc.rs")
        with open(exercise, "w") as f:
            f.write(source(1, False))
        with open(os.path.join(ws, "exercises", "bench", "other.rs"), "w") as f:
            f.write(source(1, False))
        plain = os.path.join(work, "plain.rs")

        # Start-up to the first screen, against tmux showing a program's
        # first line (the cost of tmux itself), each timed five times.
        starts, baseline = [], []
        for i in range(6):
            new_socket()
            t0 = time.perf_counter()
            tmux("-f", config, "new-session", "-d", "-s", "b", "-x", "100", "-y", "30", "-c", ws,
                 memkata, "watch", "--no-auto-advance")
            t1 = wait_for(lambda: "memkata" in tmux("capture-pane", "-p", "-t", "b"), what="first screen")
            wait_for(lambda: "arc: tests failed" in status_line(), what="first verdict")
            tmux("send-keys", "-t", "b", "q")
            wait_for(lambda: tmux("display-message", "-p", "-t", "b", "#{pane_dead}").strip() == "1", what="exit")
            tmux("kill-server")
            new_socket()
            t2 = time.perf_counter()
            tmux("-f", config, "new-session", "-d", "-s", "b", "-x", "100", "-y", "30", "-c", ws,
                 "sh", "-c", "echo memkata; sleep 10")
            t3 = wait_for(lambda: "memkata" in tmux("capture-pane", "-p", "-t", "b"))
            tmux("kill-server")
            if i > 0:  # the first is a warm-up
                starts.append(t1 - t0)
                baseline.append(t3 - t2)

        new_socket()
        tmux("-f", config, "new-session", "-d", "-s", "b", "-x", "100", "-y", "30", "-c", ws,
             memkata, "watch", "--no-auto-advance")
        wait_for(lambda: "arc: tests failed" in status_line(), what="the watch's first verdict")

        knob = 1
        ours, theirs = [], []
        for round_ in range(args.rounds + 2):
            knob += 1
            passing = knob % 2 == 0
            expected = "arc: passed" if passing else "arc: tests failed"
            with open(exercise, "w") as f:
                f.write(source(knob, passing))
            t0 = time.perf_counter()
            t1 = wait_for(lambda: expected in status_line())
            with open(plain, "w") as f:
                f.write(source(knob, passing))
            t2 = time.perf_counter()
            subprocess.run(f"rustc --edition 2024 --test plain.rs -o plain && ./plain", cwd=work,
                           shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t3 = time.perf_counter()
            if round_ >= 2:  # warm-up rounds
                ours.append(t1 - t0)
                theirs.append(t3 - t2)
        tmux("kill-server")

        a, b = statistics.median(ours), statistics.median(theirs)
        s, sb = statistics.median(starts), statistics.median(baseline)
        print(f"save to verdict on screen (memkata watch): median {a * 1000:6.1f} ms over {len(ours)} saves")
        print(f"rustc --test + run of the same file:       median {b * 1000:6.1f} ms")
        print(f"ratio: {a / b:.2f}x  (goal: at most 1.30x)")
        print(f"start-up to the first screen: median {s * 1000:.1f} ms "
              f"(tmux showing a shell's first line: {sb * 1000:.1f} ms; memkata's own: {(s - sb) * 1000:.1f} ms)")
    finally:
        tmux("kill-server")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
