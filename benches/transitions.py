#!/usr/bin/env python3
"""What a learner waits for, against the compiler's own time, in one run.

    python3 benches/transitions.py [--rounds N] [--katas a,b,c] [--skip-verify]

A fresh `memkata init` workspace runs `memkata watch` in a terminal of its
own, and real learner transitions are replayed on katas of many topics, each
timed from the save to the verdict written on the screen:

  first green after an error   the original, then a compile error, then the
                               reference solution with a line of the learner's
                               own (the save that matters most)
  first green from the start   the original, then that passing file
  re-save after a pass         the passing file saved again with a change
  compile error shown          a passing file saved with a type error

Each is alternated, in the same run, with a plain `rustc --edition 2024 --test
FILE && ./FILE` of the same text (with `--extern memkata_probe` for katas that
use the probe), and the median ratio is printed per transition: below 1.0,
memkata answers faster than compiling and running the file by hand.

Then `memkata run` of a kata's first passing version, and a cold `memkata
verify` of the whole course (solutions in place, empty cache) against rustc
+ run of every file on 2 jobs.
"""

import argparse
import concurrent.futures
import fcntl
import json
import os
import pty
import re
import select
import struct
import termios
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_KATAS = [
    "ownership6", "borrowing3", "patterns2", "lifetimes1", "box2", "closures3",
    "rc3", "drop3", "cell4", "weak2", "threads3", "arc1", "channels1",
    "efficient2", "variance1", "pin5", "unsafe2", "toolbox3",
]
# Seconds a learner spends reading before a save: far less than anyone
# takes to read an exercise or a verdict, enough for memkata's background
# work after a verdict to end. The plain rustc of each transition waits as
# long before it starts: a processor left idle for seconds runs the next
# compile markedly slower (on this 2-core machine, 122 ms against 69 ms
# for the same rustc run right after another), so both sides start from
# the state a learner's save starts from.
READING = 3.0
# A learner's passing file is never the reference solution byte for byte:
# theirs has a line or two of their own, which moves the lines below.
OWN = "\n// My fix, {n}.\n#[allow(dead_code)]\nconst MINE_{n}: u32 = {n};\n"
# A change that compiles to nothing new: the learner adds a helper.
RESAVE = "\n#[allow(dead_code)]\nfn resaved_{n}() -> u32 {{\n    {n}\n}}\n"
# A learner's half-done edit: a type error in a function of their own.
BROKEN = "\n#[allow(dead_code)]\nfn half_done_{n}() -> u32 {{\n    \"{n}\"\n}}\n"


class Screen:
    """`memkata watch` in a terminal of its own (a pty, 120x40), its output
    read the moment it is written: the time a verdict reaches the screen,
    without a terminal multiplexer's polling in between."""

    def __init__(self, ws, memkata):
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(ws)
            os.environ["TERM"] = "xterm-256color"
            os.execv(memkata, [memkata, "--color", "never", "watch", "--no-auto-advance"])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.pid, self.fd, self.seen = pid, fd, ""

    def forget(self):
        """Only what is written from now on counts."""
        self.read(0)
        self.seen = ""

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                chunk = os.read(self.fd, 1 << 16).decode("utf-8", "replace")
            except OSError:
                return
            self.seen += ESCAPES.sub("", chunk)

    def wait(self, pred, what, limit=60.0):
        start = time.perf_counter()
        while not pred(self.seen):
            if time.perf_counter() - start > limit:
                sys.exit(f"timed out waiting for {what}; the screen said:\n{self.seen[-3000:]}")
            self.read(0.05)
        return time.perf_counter()

    def close(self):
        os.write(self.fd, b"q")
        try:
            while True:
                self.read(1)
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    break
        except ChildProcessError:
            pass
        os.close(self.fd)


# Terminal control sequences, so that the screen's text can be searched.
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(\x07|\x1b\\\\)")


def with_item(code, item):
    """`code` with `item` added where a learner would add it: before the tests."""
    at = code.find("#[cfg(test)]")
    if at < 0:
        return code + item
    return code[:at] + item.lstrip("\n") + "\n" + code[at:]


def write(path, text):
    # An editor's save: the whole file written in place.
    with open(path, "w") as f:
        f.write(text)


def plain(rustc, probe, path, work):
    """rustc --test and a run of the binary, as a learner would by hand."""
    binary = os.path.join(work, "plain-bin")
    start = time.perf_counter()
    cmd = [rustc, "--edition", "2024", "--test", path, "-o", binary]
    text = open(path).read()
    if "memkata_probe" in text:
        cmd += ["--extern", f"memkata_probe={probe}"]
    built = subprocess.run(cmd, capture_output=True)
    if built.returncode == 0:
        subprocess.run([binary], capture_output=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3, help="passes over the katas")
    parser.add_argument("--katas", default=",".join(DEFAULT_KATAS))
    parser.add_argument("--skip-verify", action="store_true")
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    memkata = os.path.join(ROOT, "target", "release", "memkata")
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True,
                             text=True, check=True).stdout.strip()
    rustc = os.path.join(sysroot, "bin", "rustc")
    work = tempfile.mkdtemp(prefix="memkata-bench-")
    try:
        probe = os.path.join(work, "libmemkata_probe.rlib")
        subprocess.run([rustc, "--edition", "2024", "--crate-type", "rlib", "--crate-name",
                        "memkata_probe", "-C", "opt-level=1", "-o", probe,
                        os.path.join(ROOT, "probe", "src", "lib.rs")], check=True)
        ratios = watch_transitions(args, memkata, rustc, probe, work)
        ratios.update(run_transition(args, memkata, rustc, probe, work))
        print("\nmedian ratio per transition (memkata / plain rustc + run; below 1.0 is faster):")
        for name, values in ratios.items():
            mine = statistics.median(v[0] for v in values) * 1000
            theirs = statistics.median(v[1] for v in values) * 1000
            ratio = statistics.median(v[0] / v[1] for v in values)
            print(f"  {name:32} {ratio:5.2f}x   ({mine:6.0f} ms vs {theirs:6.0f} ms, {len(values)} samples)")
        if not args.skip_verify:
            cold_verify(memkata, rustc, probe, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def init(memkata, work, name):
    subprocess.run([memkata, "init", os.path.join(work, name)], check=True,
                   capture_output=True)
    return os.path.join(work, name)


def catalogue(ws):
    with open(os.path.join(ws, "info.toml"), "rb") as f:
        return {e["name"]: e for e in tomllib.load(f)["exercises"]}


def watch_transitions(args, memkata, rustc, probe, work):
    katas = [k for k in args.katas.split(",") if k]
    ratios = {}
    record = lambda name, mine, theirs: ratios.setdefault(name, []).append((mine, theirs))
    for round_ in range(args.rounds):
        ws = init(memkata, work, f"ws{round_}")
        known = catalogue(ws)
        for n, kata in enumerate(katas):
            if kata not in known:
                print(f"  (no kata {kata} in the course; skipped)")
                continue
            one_kata(ws, memkata, known[kata], rustc, probe, work, n + 100 * round_, record)
    return ratios


def one_kata(ws, memkata, entry, rustc, probe, work, n, record):
    """One kata in a watch session of its own, from its original."""
    name, topic = entry["name"], entry.get("dir", "")
    path = os.path.join(ws, "exercises", topic, f"{name}.rs")
    solution = open(os.path.join(ROOT, "solutions", topic, f"{name}.rs")).read()
    scratch = os.path.join(work, f"{name}.rs")
    state = os.path.join(ws, ".memkata", "state.json")
    os.makedirs(os.path.dirname(state), exist_ok=True)
    with open(state, "w") as f:
        json.dump({"version": 1, "current": name, "exercises": {}}, f)
    screen = Screen(ws, memkata)
    try:
        screen.wait(lambda s: re.search(rf"{name}: (?!checking)", s), f"{name} on screen")

        def save(text, verdict, label):
            # The learner reads before each save.
            time.sleep(READING)
            screen.forget()
            t0 = time.perf_counter()
            write(path, text)
            t1 = screen.wait(lambda s: f"{name}: {verdict}" in s, f"{name}: {verdict}")
            write(scratch, text)
            time.sleep(READING)
            record(label, t1 - t0, plain(rustc, probe, scratch, work))

        green = with_item(solution, OWN.format(n=n))
        if n % 2 == 0:
            save(with_item(solution, BROKEN.format(n=n)), "compile error", "compile error shown")
            save(green, "passed", "first green after an error")
        else:
            save(green, "passed", "first green from the start")
        save(with_item(green, RESAVE.format(n=n)), "passed", "re-save after a pass")
    finally:
        screen.close()


def run_transition(args, memkata, rustc, probe, work):
    """`memkata run` of a kata's first passing version, after its original failed."""
    ws = init(memkata, work, "run-ws")
    known = catalogue(ws)
    ratios = {}
    for kata in [k for k in args.katas.split(",") if k in known]:
        entry = known[kata]
        path = os.path.join(ws, "exercises", entry.get("dir", ""), f"{kata}.rs")
        subprocess.run([memkata, "run", kata], cwd=ws, capture_output=True)
        solution = open(os.path.join(ROOT, "solutions", entry.get("dir", ""), f"{kata}.rs")).read()
        write(path, solution)
        time.sleep(READING)
        t0 = time.perf_counter()
        subprocess.run([memkata, "run", kata], cwd=ws, capture_output=True)
        mine = time.perf_counter() - t0
        scratch = os.path.join(work, f"run-{kata}.rs")
        write(scratch, solution)
        time.sleep(READING)
        ratios.setdefault("memkata run, first green", []).append(
            (mine, plain(rustc, probe, scratch, work)))
    return ratios


def cold_verify(memkata, rustc, probe, work):
    ws = init(memkata, work, "verify-ws")
    known = catalogue(ws)
    files = []
    for name, entry in known.items():
        if entry.get("kind", "kata") != "kata":
            continue
        rel = os.path.join(entry.get("dir", ""), f"{name}.rs")
        shutil.copy(os.path.join(ROOT, "solutions", rel), os.path.join(ws, "exercises", rel))
        files.append(os.path.join(ws, "exercises", rel))
    t0 = time.perf_counter()
    subprocess.run([memkata, "verify", "--jobs", "2"], cwd=ws, capture_output=True)
    mine = time.perf_counter() - t0

    def one(i_path):
        i, path = i_path
        binary = os.path.join(work, f"verify-bin-{i}")
        cmd = [rustc, "--edition", "2024", "--test", path, "-o", binary]
        if "memkata_probe" in open(path).read():
            cmd += ["--extern", f"memkata_probe={probe}"]
        if subprocess.run(cmd, capture_output=True).returncode == 0:
            subprocess.run([binary], capture_output=True)
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        list(pool.map(one, enumerate(files)))
    theirs = time.perf_counter() - t0
    print(f"\ncold verify of {len(files)} katas: memkata {mine:.1f} s, rustc + run on 2 jobs "
          f"{theirs:.1f} s: {mine / theirs:.2f}x")


if __name__ == "__main__":
    main()
