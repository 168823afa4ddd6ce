#!/usr/bin/env python3
"""Checks that Weft reports the compile errors annotated in a folder of Go programs.

Usage: run_error_tests.py --weft PATH DIR [--filter REGEX] [--workers N]
       run_error_tests.py --go DIR        (validates the annotations against real Go)

Convention (Go's own test suite's `errorcheck`): a line that must produce an error ends with
    // ERROR "regexp" ["regexp" ...]
The regexp is taken literally between the double quotes (no escape processing, so `\(` means a
literal parenthesis; write a double quote as `.` or `\x22`) and searched in the message (the text after `file:line:col: `, plus any
tab-indented continuation lines, joined with "\n"). A line
containing `////` is ignored.

For each DIR/NAME.go the runner runs `weft check NAME.go` (10 s timeout) and requires:
  * exit status 1 (not 0, and never a signal);
  * for every annotated line and every regexp on it, at least one diagnostic
    `NAME.go:LINE:COL: message` on that line matches; matching diagnostics are consumed;
  * no diagnostic is left over (neither on other lines nor unmatched on an annotated line).
Weft stops after 10 errors, so a file carries at most 10 annotated errors.

Messages use Go 1.20+ wording; where Go 1.19 (the oracle installed here) words it differently,
the regexp allows both, e.g. "declared (and|but) not used". `--go` runs
`go build -gcflags=-e` instead of weft, to prove every annotation is a real Go error.

Adding a test: write DIR/NAME.go (package main, a few errors of one area, each annotated), then
run `tests/run_error_tests.py --go tests/errors --filter NAME` until it passes.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden  # noqa: E402

_ERROR_COMMENT = re.compile(r"// ERROR (.*)")
_QUOTED = re.compile(r'"([^"]*)"')
_DIAGNOSTIC = re.compile(r"^(?:\S*/)?([^/\s:]+\.go):(\d+)(?::(\d+))?: (.*)$")


def wanted_errors(path):
    """[(line, regexp text)] annotated in path."""
    wanted = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            if "////" in line:
                continue
            m = _ERROR_COMMENT.search(line)
            if not m:
                continue
            rxs = _QUOTED.findall(m.group(1))
            if not rxs:
                raise ValueError("%s:%d: ERROR comment without a quoted regexp" % (path, n))
            wanted += [(n, rx) for rx in rxs]
    return wanted


def diagnostics(output, name):
    """[(line, message)] of the diagnostics about file `name` in the tool's output.

    A line starting with a tab continues the previous diagnostic (Go prints details such as
    "\thave (int)\n\twant (string)" that way); it is appended to the message after "\n".
    """
    found = []
    last = None
    for line in output.splitlines():
        if line.startswith("\t"):
            if last is not None:
                found[last] = (found[last][0], found[last][1] + "\n" + line)
            continue
        last = None
        m = _DIAGNOSTIC.match(line.strip())
        if m and m.group(1) == name:
            found.append((int(m.group(2)), m.group(4)))
            last = len(found) - 1
    return found


def run_checker(tool, path, timeout):
    directory, name = os.path.split(os.path.abspath(path))
    if tool == "go":
        cmd = ["go", "build", "-gcflags=-e", "-o", os.devnull, name]
    else:
        cmd = [tool, "check", name]
    try:
        p = subprocess.run(cmd, cwd=directory, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, ""
    return p.returncode, (p.stdout + p.stderr).decode("utf-8", "replace")


def check_one(tool, path, timeout):
    """Returns a list of problems ([] when the file passes)."""
    name = os.path.basename(path)
    try:
        want = wanted_errors(path)
    except ValueError as e:
        return [str(e)]
    status, output = run_checker(tool, path, timeout)
    if status is None:
        return ["timeout"]
    problems = []
    if status < 0:
        problems.append("killed by signal %d" % -status)
    elif status != 1 and not (tool == "go" and status > 1):  # go build exits 1 or 2
        problems.append("exit status %d, expected 1" % status)
    got = diagnostics(output, name)
    for line, rx in want:
        try:
            pattern = re.compile(rx)
        except re.error as e:
            problems.append("line %d: bad regexp %r: %s" % (line, rx, e))
            continue
        on_line = [d for d in got if d[0] == line]
        if not on_line:
            problems.append("line %d: missing error %r" % (line, rx))
            continue
        matched = [d for d in on_line if pattern.search(d[1])]
        if not matched:
            problems.append("line %d: no match for %r in %s" % (line, rx, [d[1] for d in on_line]))
            continue
        got = [d for d in got if d not in matched]
    for line, msg in got:
        problems.append("unexpected error %s:%d: %s" % (name, line, msg))
    if status == 1 and not want and not got:
        problems.append("no annotated errors in the file")
    if not problems:
        return []
    if tool != "go" and not diagnostics(output, name):
        problems.append("output was: %r" % output[:300])
    return problems


def main():
    ap = argparse.ArgumentParser()
    who = ap.add_mutually_exclusive_group(required=True)
    who.add_argument("--weft", help="path of the weft executable")
    who.add_argument("--go", action="store_true", help="check the annotations with real Go")
    ap.add_argument("dir")
    ap.add_argument("--filter", help="only files whose name matches this regex")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    a = ap.parse_args()
    tool = "go" if a.go else a.weft
    timeout = 120.0 if a.go else a.timeout

    files = [os.path.join(a.dir, f) for f in sorted(os.listdir(a.dir)) if f.endswith(".go")]
    if a.filter:
        files = [f for f in files if re.search(a.filter, os.path.basename(f)[:-3])]
    # Real Go must pass every file; Weft may list files it does not handle yet (see golden.py).
    known = {} if a.go else golden.read_known_failures(a.dir)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.workers)) as pool:
        for path, problems in pool.map(lambda p: (p, check_one(tool, p, timeout)), files):
            name = os.path.basename(path)
            if problems and name in known:
                print("KNOWN %s: %s" % (name, known[name]))
            elif problems:
                failed += 1
                print("FAIL %s: %s" % (os.path.basename(path), "\n    ".join(problems)))
            else:
                passed += 1
                if name in known:
                    print("NOW PASSES %s (remove it from KNOWN_FAILURES)" % name)
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
