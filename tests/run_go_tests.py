#!/usr/bin/env python3
"""Runs Weft on a folder of Go programs and compares with the outputs real Go produced.

Usage: run_go_tests.py --weft PATH DIR [--workers N] [--filter REGEX] [--timeout S] [-v]
                       [--gomaxprocs N] [--known-failures FILE] [--weft-arg ARG ...]

Each DIR/NAME.go is run as `weft NAME.go [args]` (10 s timeout, 2 programs at a time). The test
passes when stdout equals NAME.out byte for byte, the exit status equals NAME.status (default 0)
and the lines of NAME.stderr appear in that order in stderr (without a NAME.stderr file,
stderr must be empty). See golden.py for the
exact file convention and the normalisation of tracebacks.

--gomaxprocs N runs every program with GOMAXPROCS=N in its environment (Weft's worker threads);
--known-failures FILE reads the known failures from FILE instead of DIR/KNOWN_FAILURES (the
go_conc suites keep one list per worker count); --weft-arg passes a flag to weft before the
program (e.g. --weft-arg=--race).

Prints one line per failure (plus a short diff), then the summary line `N passed, N failed`.
Exit status: 0 when everything passed, 1 otherwise.

Adding a test to tests/go or tests/go_conc: write NAME.go (package main, deterministic, named by
area, e.g. maps_struct_keys.go), check it with `go vet NAME.go`, then run
`tests/regen_expected.py tests/go/NAME.go` to record NAME.out/.status/.stderr from real Go 1.19
(never write those by hand). tests/go122 holds programs that need Go 1.21+ features; their
expected files are hand-checked, and each program explains its output in a comment at the top.
"""

import argparse
import concurrent.futures
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden  # noqa: E402


def short_diff(expected, actual, limit=12):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    lines = list(difflib.unified_diff(exp, act, "expected", "weft", n=1, lineterm=""))
    if len(lines) > limit:
        lines = lines[:limit] + ["    ... (%d more diff lines)" % (len(lines) - limit)]
    return "\n".join("    " + l for l in lines)


def check_one(weft, prog, timeout, env=None, weft_args=()):
    """Returns None when prog passes, else a failure description."""
    try:
        want_out, want_status, want_err, args = golden.read_expectation(prog)
    except OSError as e:
        return "missing expectation: %s" % e
    status, out, err = golden.run([weft] + list(weft_args) + [prog] + args, timeout, env=env)
    problems = []
    if status != want_status:
        problems.append("%s, expected status %d" % (golden.describe_status(status), want_status))
    if out != want_out:
        problems.append("stdout differs\n" + short_diff(want_out, out))
    got_err = "\n".join("    | " + l for l in err.splitlines()[:6])
    if want_err is not None:
        missing = golden.missing_stderr_lines(want_err, err)
        if missing:
            problems.append("stderr lacks %r\n    stderr was:\n%s" % (missing[0], got_err))
    elif err:
        problems.append("unexpected stderr (no %s.stderr):\n%s" % (os.path.basename(prog)[:-3],
                                                                   got_err))
    if not problems:
        return None
    return "; ".join(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weft", required=True, help="path of the weft executable")
    ap.add_argument("dir", help="folder of NAME.go programs")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--filter", help="only test names matching this regex")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing tests")
    ap.add_argument("--gomaxprocs", type=int, help="run with GOMAXPROCS=N (worker threads)")
    ap.add_argument("--known-failures", help="known-failures file (default DIR/KNOWN_FAILURES)")
    ap.add_argument("--weft-arg", action="append", default=[], help="extra flag for weft")
    a = ap.parse_args()
    env = {"GOMAXPROCS": str(a.gomaxprocs)} if a.gomaxprocs else None

    progs = golden.discover(a.dir, a.filter)
    if not progs:
        print("no tests found in %s" % a.dir)
        print("0 passed, 0 failed")
        return 1
    known = golden.read_known_failures(a.dir, a.known_failures)
    passed = failed = known_failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.workers)) as pool:
        results = pool.map(lambda p: (p, check_one(a.weft, p, a.timeout, env, a.weft_arg)), progs)
        for prog, failure in results:
            name = os.path.basename(prog)
            if failure is None:
                passed += 1
                if name in known:
                    print("NOW PASSES %s (remove it from KNOWN_FAILURES)" % name)
                elif a.verbose:
                    print("PASS %s" % name)
            elif name in known:
                known_failed += 1
                print("KNOWN %s: %s" % (name, known[name]))
            else:
                failed += 1
                print("FAIL %s: %s" % (name, failure))
            sys.stdout.flush()
    if known_failed:
        print("%d known failures (KNOWN_FAILURES)" % known_failed)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
