#!/usr/bin/env python3
"""Records the expected output of Go programs from real Go (the only allowed source).

Usage: regen_expected.py FILE.go|DIR ...     (e.g. tests/regen_expected.py tests/go)

For each NAME.go: `go build` it into a temporary folder, run the binary (not `go run`, which
prints "exit status N" and exits 1 itself) with the arguments in NAME.args, and write
  NAME.out     stdout, exactly
  NAME.status  the exit status, only when it is not 0 (otherwise the file is removed)
  NAME.stderr  golden.expected_stderr_lines(stderr), only when stderr was not empty
Each program is run twice; a program whose two runs differ is reported and not recorded.

Do not use it on tests/go122 (those need Go 1.21+; their files are hand-checked).
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden  # noqa: E402


def write_or_remove(path, content):
    if content is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(content)


def regen(prog, workdir):
    first = golden.go_expectation(prog, workdir)
    second = golden.go_expectation(prog, workdir)
    if first != second:
        raise RuntimeError("%s is not deterministic under real Go" % prog)
    out, status, err_lines = first
    base = prog[:-3]
    write_or_remove(base + ".out", out)
    write_or_remove(base + ".status", ("%d\n" % status).encode() if status else None)
    write_or_remove(base + ".stderr",
                    ("\n".join(err_lines) + "\n").encode() if err_lines else None)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    progs = []
    for arg in argv:
        progs += golden.discover(arg) if os.path.isdir(arg) else [arg]
    bad = 0
    with tempfile.TemporaryDirectory(prefix="weft-regen-") as workdir:
        for prog in progs:
            try:
                regen(prog, workdir)
            except RuntimeError as e:
                bad += 1
                print("ERROR: %s" % e)
    print("%d recorded, %d failed" % (len(progs) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
