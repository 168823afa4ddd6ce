#!/usr/bin/env python3
"""Runs deliberately racy Go programs many times on several workers; Weft must survive them.

Usage: run_stress_tests.py --weft PATH [DIR] [--runs N] [--gomaxprocs 2,4] [--jobs J]
                           [--timeout S] [--budget S] [--filter REGEX] [--go]

Every DIR/NAME.go (default: this folder) runs N times (default 40) with GOMAXPROCS=2 and again
with GOMAXPROCS=4, J processes at a time (default 2). A racy program has no single right
answer, so a run passes when it ends in one of the outcomes Go itself allows:

  * exit status 0, some stdout, empty stderr (and stdout equal to NAME.out when that file
    exists: programs that are not racy, such as the allocation stress, record their output
    from real Go with tests/regen_expected.py); or
  * exit status 2 with stderr starting `fatal error: concurrent map writes` (Go's own check).

A run fails on anything else: a signal (segfault, abort from an assertion), a timeout (a hang,
default 20 s per run), any other status or stderr text. The first few failures are printed
with their stderr (see README.md). --budget S stops starting new runs after S seconds of wall
time (default 60), so a slow build cannot stall CTest; the runs done still count and the summary says how
many were skipped. --go runs the programs with real Go (`go build`) instead, to show the
outcomes allowed are Go's (Go itself may crash on a torn multi-word value: struct_copy).

Ends with `N runs passed, N failed` (exit 1 on any failure).
"""

import argparse
import concurrent.futures
import os
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import golden  # noqa: E402

MAP_WRITES = "fatal error: concurrent map writes"


def judge(status, out, err, want_out):
    """None when the outcome is allowed, else why not."""
    if status is None:
        return "timeout (hang?)"
    if status < 0:
        return "killed by signal %d" % -status
    if status == 0:
        if err:
            return "status 0 but stderr: " + err.strip().splitlines()[0][:120]
        if not out:
            return "status 0 but no output"
        if want_out is not None and out != want_out:
            return "stdout differs from the recorded output"
        return None
    if status == 2 and err.startswith(MAP_WRITES):
        return None
    first = err.strip().splitlines()[0][:120] if err.strip() else "(no stderr)"
    return "status %d: %s" % (status, first)


def main():
    workdir = tempfile.mkdtemp(prefix="weft-stress-")
    try:
        return run_all(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_all(workdir):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weft", help="the weft executable")
    ap.add_argument("dir", nargs="?", default=here)
    ap.add_argument("--runs", type=int, default=40, help="runs per program and worker count")
    ap.add_argument("--gomaxprocs", default="2,4", help="worker counts, comma separated")
    ap.add_argument("--jobs", type=int, default=2, help="processes at a time")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per run")
    ap.add_argument("--budget", type=float, default=60.0, help="stop starting runs after S s")
    ap.add_argument("--filter", help="only programs whose name matches")
    ap.add_argument("--go", action="store_true", help="run under real Go instead of Weft")
    a = ap.parse_args()
    if not a.go and not a.weft:
        ap.error("--weft PATH (or --go) is required")

    progs = golden.discover(a.dir, a.filter)
    if not progs:
        print("no programs in %s" % a.dir)
        return 1
    commands = {}
    for prog in progs:
        if a.go:
            binary = os.path.join(workdir, os.path.basename(prog)[:-3])
            st, _, err = golden.run(["go", "build", "-o", binary, prog], timeout=300)
            if st != 0:
                print("FAIL %s: go build failed: %s" % (prog, err))
                return 1
            commands[prog] = [binary]
        else:
            commands[prog] = [a.weft, prog]

    expected = {}
    for prog in progs:
        path = prog[:-3] + ".out"
        if os.path.exists(path):
            with open(path, "rb") as f:
                expected[prog] = f.read()

    tasks = [(prog, int(p)) for p in a.gomaxprocs.split(",") for prog in progs
             for _ in range(a.runs)]
    start = time.monotonic()
    lock = threading.Lock()
    passed = failed = skipped = 0
    outcomes = {}  # (prog, procs) -> {"ok": n, "map writes": n}
    shown = 0

    def one(task):
        prog, procs = task
        if time.monotonic() - start > a.budget:
            return task, "skip", None, ""
        status, out, err = golden.run(commands[prog], a.timeout,
                                      env={"GOMAXPROCS": str(procs)})
        return task, judge(status, out, err, expected.get(prog)), status, err

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for task, problem, status, err in pool.map(one, tasks):
            prog, procs = task
            name = os.path.basename(prog)
            with lock:
                if problem == "skip":
                    skipped += 1
                    continue
                tally = outcomes.setdefault((name, procs), {"exit 0": 0, "map writes": 0})
                if problem is None:
                    passed += 1
                    tally["exit 0" if status == 0 else "map writes"] += 1
                    continue
                failed += 1
                if shown < 10:
                    shown += 1
                    print("FAIL %s (GOMAXPROCS=%d): %s" % (name, procs, problem))
                    for line in err.splitlines()[:8]:
                        print("    | " + line)
                    sys.stdout.flush()
    for (name, procs), tally in sorted(outcomes.items()):
        print("%-28s GOMAXPROCS=%d  exit 0: %3d  concurrent map writes: %3d"
              % (name, procs, tally["exit 0"], tally["map writes"]))
    elapsed = time.monotonic() - start
    if skipped:
        print("%d runs skipped: the %g s budget was spent" % (skipped, a.budget))
    print("%d runs passed, %d failed (%.1f s)" % (passed, failed, elapsed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
