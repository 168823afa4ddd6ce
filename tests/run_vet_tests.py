#!/usr/bin/env python3
"""Checks Weft's vet-style warnings (go vet's copylocks) against real go vet.

Usage: run_vet_tests.py --weft PATH DIR [--filter REGEX]
       run_vet_tests.py --go DIR [--filter REGEX]   (re-checks the expectations with go vet)

For each DIR/NAME.go there is DIR/NAME.vet: exactly what `go vet -copylocks NAME.go` prints,
without its `# command-line-arguments` header and with the `./` before the file name removed
(one `NAME.go:LINE:COL: message` per line, in vet's order; empty when vet finds nothing).

With --weft the runner requires of `weft check NAME.go`:
  * stderr, with each diagnostic's directory removed, equals NAME.vet line for line;
  * exit status 1 when NAME.vet is not empty (vet exits non-zero on findings), else 0.
When DIR/NAME.out exists the program is also run (`weft NAME.go`): stdout must equal NAME.out
(from `go run`) and stderr must again be exactly the warnings: they never stop a program.

With --go the runner runs go vet and `go run` and compares with the stored files, to prove
the expectations are Go's.
"""

import argparse
import os
import re
import subprocess
import sys

_PATH = re.compile(r"^(?:\S*/)?([^/\s:]+\.go:\d+:\d+: .*)$")


def strip_dirs(text):
    out = []
    for line in text.splitlines():
        m = _PATH.match(line)
        out.append(m.group(1) if m else line)
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)


def check_weft(weft, folder, name):
    problems = []
    want = read(os.path.join(folder, name + ".vet")).splitlines()
    r = run([weft, "check", name + ".go"], folder)
    got = strip_dirs(r.stderr)
    if got != want:
        problems.append("weft check stderr:\n  got:  %s\n  want: %s" %
                        ("\n        ".join(got), "\n        ".join(want)))
    status = 1 if want else 0
    if r.returncode != status:
        problems.append("weft check exit status %d, want %d" % (r.returncode, status))
    out = os.path.join(folder, name + ".out")
    if os.path.exists(out):
        r = run([weft, name + ".go"], folder)
        if r.stdout != read(out):
            problems.append("weft run stdout:\n%s\nwant:\n%s" % (r.stdout, read(out)))
        if strip_dirs(r.stderr) != want:
            problems.append("weft run stderr:\n%s" % r.stderr)
        if r.returncode != 0:
            problems.append("weft run exit status %d" % r.returncode)
    return problems


def check_go(folder, name):
    problems = []
    want = read(os.path.join(folder, name + ".vet")).splitlines()
    r = run(["go", "vet", "-copylocks", name + ".go"], folder)
    got = [line for line in strip_dirs(r.stderr) if not line.startswith("#")]
    if got != want:
        problems.append("go vet:\n%s" % "\n".join(got))
    out = os.path.join(folder, name + ".out")
    if os.path.exists(out):
        r = run(["go", "run", name + ".go"], folder)
        if r.stdout != read(out):
            problems.append("go run stdout:\n%s" % r.stdout)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft")
    ap.add_argument("--go", action="store_true")
    ap.add_argument("--filter")
    ap.add_argument("dir")
    args = ap.parse_args()
    if not args.weft and not args.go:
        ap.error("give --weft PATH or --go")
    folder = os.path.abspath(args.dir)
    names = sorted(f[:-3] for f in os.listdir(folder)
                   if f.endswith(".go") and os.path.exists(os.path.join(folder, f[:-3] + ".vet")))
    if args.filter:
        names = [n for n in names if re.search(args.filter, n)]
    failed = 0
    for name in names:
        problems = check_go(folder, name) if args.go else check_weft(
            os.path.abspath(args.weft), folder, name)
        if problems:
            failed += 1
            print("FAIL %s\n  %s" % (name, "\n  ".join(problems)))
        else:
            print("ok   %s" % name)
    print("%d/%d passed" % (len(names) - failed, len(names)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
