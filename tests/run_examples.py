#!/usr/bin/env python3
"""Runs every program of examples/ (and examples/race/) and checks that it ends as it should.

Usage: run_examples.py --weft PATH [--go] [--gomaxprocs N] [--filter REGEX] [--timeout S]

The examples print timings and scheduling-dependent numbers, so their stdout is not compared.
An example passes when it exits with status 0, prints something on stdout and nothing on
stderr; except those in EXPECTED_CRASHES, which must exit with the given status and print the
given lines, in order, on stderr (compared as in golden.py: `prog.go:LINE` locations, `(...)`
arguments). examples/race/racy-counter.go runs here without --race: it is an ordinary
program that may print a wrong total.

--go runs the examples with real Go instead (`go build`), to check this file's expectations.
examples/KNOWN_FAILURES lists the examples that need parts Weft has not wired yet
(`NAME.go  reason`, NAME relative to examples/, as in golden.py); they still run, and the
runner says NOW PASSES when one passes. Ends with `N passed, N failed`; exit 1 on a failure.
"""

import argparse
import concurrent.futures
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golden  # noqa: E402

EXAMPLES = os.path.join(os.path.dirname(HERE), "examples")

# Examples that end in a runtime error on purpose: (status, stderr lines), from real Go.
EXPECTED_CRASHES = {
    "deadlock.go": (2, ["fatal error: all goroutines are asleep - deadlock!",
                        "goroutine 1 [chan send]:",
                        "main.main(...)",
                        "deadlock.go:22"]),
}


def discover(name_filter):
    progs = []
    for sub in ("", "race"):
        folder = os.path.join(EXAMPLES, sub)
        for entry in sorted(os.listdir(folder)):
            rel = os.path.join(sub, entry) if sub else entry
            if entry.endswith(".go") and (not name_filter or re.search(name_filter, rel)):
                progs.append(rel)
    return progs


def check(rel, a, env, workdir):
    prog = os.path.join(EXAMPLES, rel)
    if a.go:
        binary = os.path.join(workdir, rel.replace(os.sep, "_")[:-3])
        status, _, err = golden.run(["go", "build", "-o", binary, prog], 300)
        if status != 0:
            return "go build failed: " + err
        cmd = [binary]
    else:
        cmd = [a.weft, prog]
    status, out, err = golden.run(cmd, a.timeout, env=env)
    want_status, want_err = EXPECTED_CRASHES.get(rel, (0, None))
    problems = []
    if status != want_status:
        problems.append("%s, expected status %d" % (golden.describe_status(status), want_status))
    if want_err is None:
        if not out.strip():
            problems.append("no output")
        if err:
            problems.append("unexpected stderr")
    else:
        missing = golden.missing_stderr_lines(want_err, err)
        if missing:
            problems.append("stderr lacks %r" % missing[0])
    if not problems:
        return None
    return "; ".join(problems) + "".join("\n    | " + l for l in err.splitlines()[:4])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weft")
    ap.add_argument("--go", action="store_true", help="run with real Go instead")
    ap.add_argument("--gomaxprocs", type=int)
    ap.add_argument("--filter")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not a.go and not a.weft:
        ap.error("--weft PATH or --go is required")
    env = {"GOMAXPROCS": str(a.gomaxprocs)} if a.gomaxprocs else None
    known = {} if a.go else golden.read_known_failures(EXAMPLES)
    progs = discover(a.filter)
    passed = failed = known_failed = 0
    with tempfile.TemporaryDirectory(prefix="weft-examples-") as workdir, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for rel, failure in pool.map(lambda r: (r, check(r, a, env, workdir)), progs):
            if failure is None:
                passed += 1
                if rel in known:
                    print("NOW PASSES %s (remove it from examples/KNOWN_FAILURES)" % rel)
                elif a.verbose:
                    print("PASS %s" % rel)
            elif rel in known:
                known_failed += 1
                print("KNOWN %s: %s" % (rel, known[rel]))
            else:
                failed += 1
                print("FAIL %s: %s" % (rel, failure))
            sys.stdout.flush()
    if known_failed:
        print("%d known failures (examples/KNOWN_FAILURES)" % known_failed)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
