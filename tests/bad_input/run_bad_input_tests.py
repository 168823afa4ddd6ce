#!/usr/bin/env python3
"""Feeds Weft hostile or extreme inputs and checks that it never crashes.

Usage: run_bad_input_tests.py --weft PATH [--timeout S]

The inputs are generated at test time into a temporary folder (nothing big is committed).
Each case says what Weft must do:
  error  exit status 1..125 (never a signal, never 134/139), and stderr names the file
         (e.g. `NAME.go:LINE:COL: message`, or the path of a missing file);
  ok     exit status 0 and exactly the expected stdout (these are valid Go programs; the
         expected output is what Go 1.19 prints for them);
  either `ok` or `error` (an implementation limit, e.g. on nesting depth, reported cleanly).
Prints one line per failure and the summary line `N passed, N failed`.

Adding a case: append a Case to CASES with a generator function returning the file's bytes.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile


class Case:
    def __init__(self, name, content, expect, stdout=b"", mode="run"):
        self.name = name          # file name (NAME.go)
        self.content = content    # bytes, or None for a file that does not exist
        self.expect = expect      # "ok", "error" or "either"
        self.stdout = stdout      # expected stdout for "ok"
        self.mode = mode          # "run": weft FILE; "check": weft check FILE


def garbage():
    rng = random.Random(20240601)
    return bytes(rng.randrange(256) for _ in range(4096))


def program(body):
    return ("package main\n\nfunc main() {\n%s\n}\n" % body).encode()


MB = 1 << 20
CASES = [
    Case("empty.go", b"", "error"),
    Case("empty_check.go", b"", "error", mode="check"),
    Case("garbage.go", garbage(), "error"),
    Case("garbage_check.go", garbage(), "error", mode="check"),
    Case("missing.go", None, "error"),
    Case("missing_check.go", None, "error", mode="check"),
    Case("nul_byte.go", b"package main\n\nfunc main() {\n\tprintln(1)\x00\n}\n", "error"),
    Case("bad_utf8.go", b"package main\n\nfunc main() {\n\tx\xff := 1\n}\n", "error"),
    Case("no_main.go", b"package main\n\nfunc f() {}\n", "error"),
    Case("not_main_package.go", b"package foo\n\nfunc main() {}\n", "error"),
    Case("only_package.go", b"package", "error"),
    Case("unterminated_comment.go", b"package main\n\n/* " + b"x" * MB, "error"),
    Case("unterminated_string.go",
         b'package main\n\nfunc main() {\n\ts := "' + b"a" * MB + b"\n\tprintln(s)\n}\n",
         "error"),
    Case("unterminated_raw_string.go",
         b"package main\n\nfunc main() {\n\ts := `" + b"a" * MB + b"\n", "error"),
    Case("huge_string.go",
         b'package main\n\nvar s = "' + b"ab" * (MB // 2) + b'"\n\nfunc main() {\n\tprintln(len(s), s[MB-1:])\n}\n'
         .replace(b"MB-1", str(MB - 1).encode()),
         "ok", stdout=b""),  # println writes to stderr; stdout stays empty
    Case("nested_parens.go", program("\tx := " + "(" * 10000 + "1" + ")" * 10000 +
                                     "\n\tif x != 1 {\n\t\tpanic(x)\n\t}"),
         "either"),
    Case("unbalanced_parens.go", program("\tx := " + "(" * 10000 + "1\n\t_ = x"), "error"),
    Case("nested_blocks.go", program("{" * 10000 + "println(1)\n" + "}" * 10000), "either"),  # prints to stderr
    # Weft caps one chain of binary operators at 10,000 (the tree is left-deep and later passes
    # recurse on it); beyond that it must fail cleanly. 100,000 terms: a run or a clean error.
    Case("long_sum.go",
         ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0" + "+1" * 100000 +
          "\n\tfmt.Println(x)\n}\n").encode(),
         "either", stdout=b"100000\n"),
    Case("long_sum_10k.go",
         ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0" + "+1" * 9999 +
          "\n\tfmt.Println(x)\n}\n").encode(),
         "ok", stdout=b"9999\n"),
    Case("nested_unary.go",
         ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 7\n\tfmt.Println(" +
          "- " * 10001 + "x)\n}\n").encode(),
         "either", stdout=b"-7\n"),
    Case("many_locals.go",
         ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := 0\n" +
          "".join("\tv%d := %d\n\ts += v%d\n" % (i, i, i) for i in range(5000)) +
          "\tfmt.Println(s)\n}\n").encode(),
         "ok", stdout=b"12497500\n"),
]


def run_case(weft, case, workdir, timeout):
    path = os.path.join(workdir, case.name)
    if case.content is not None:
        with open(path, "wb") as f:
            f.write(case.content)
    cmd = [weft, "check", path] if case.mode == "check" else [weft, path]
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    status = p.returncode
    err = p.stderr.decode("utf-8", "replace")
    if status < 0 or status >= 126:
        return "crashed: status %d (signal?), stderr %r" % (status, err[-300:])
    if status == 0:
        if case.expect == "error":
            return "exit status 0, expected an error"
        if case.stdout is not None and p.stdout != case.stdout:
            return "stdout %r, expected %r" % (p.stdout[:100], case.stdout[:100])
        return None
    if case.expect == "ok":
        return "exit status %d, expected 0; stderr %r" % (status, err[:300])
    if case.name not in err:
        return "status %d but stderr does not name %s: %r" % (status, case.name, err[:300])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--timeout", type=float, default=20.0)
    a = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="weft-bad-input-") as workdir:
        for case in CASES:
            problem = run_case(a.weft, case, workdir, a.timeout)
            if problem:
                failed += 1
                print("FAIL %s (%s): %s" % (case.name, case.mode, problem))
            else:
                passed += 1
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
