#!/usr/bin/env python3
"""Checks that the committed expected files still match what real Go produces.

Usage: check_expectations.py DIR [--filter REGEX]      (needs `go` on PATH)

Rebuilds and reruns every DIR/NAME.go with real Go in a temporary folder (see golden.py) and
compares stdout, exit status and the recorded stderr lines with NAME.out/.status/.stderr.
Prints one line per mismatch and the summary line `N passed, N failed`.

When it fails after you edited a program, rerun tests/regen_expected.py on that program.
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--filter")
    a = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="weft-check-") as workdir:
        for prog in golden.discover(a.dir, a.filter):
            name = os.path.basename(prog)
            try:
                want_out, want_status, want_err, _ = golden.read_expectation(prog)
                out, status, err = golden.go_expectation(prog, workdir)
            except (OSError, RuntimeError) as e:
                failed += 1
                print("FAIL %s: %s" % (name, e))
                continue
            problems = []
            if out != want_out:
                problems.append("stdout differs from %s.out" % name[:-3])
            if status != want_status:
                problems.append("status %d, recorded %d" % (status, want_status))
            if (want_err or []) != err:
                problems.append("stderr lines differ from %s.stderr" % name[:-3])
            if problems:
                failed += 1
                print("FAIL %s: %s" % (name, "; ".join(problems)))
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
