#!/usr/bin/env python3
"""Piped-input tests of the REPL (`weft` with no arguments, stdin not a terminal).

Each test is NAME.in, the REPL's input, with:
  NAME.out     the expected standard output, exactly; or instead
  NAME.outre   regular expressions, one a line, each matching a whole line of standard output,
               in this order (for Weft's own listings, such as :disasm);
  NAME.err     (optional) lines that must appear in standard error, in this order (panic
               traces carry code offsets, so a test lists the lines that matter); without it
               standard error must be empty;
  NAME.status  (optional) the expected exit status (default 0).
A line `#sleep SECONDS` in NAME.in is not sent: the runner waits before sending what follows
(goroutines keep running in the background meanwhile).

The oracle (--go) proves the expectations are Go's, with the equivalent Go programs:
  NAME.go          `go run` prints exactly NAME.out;
  NAME.bad.go      every `<input>:L:C: message` line of NAME.err has its message among the
                   errors `go build` reports for this file;
  NAME.panicK.go   (K = 1, 2, ...) `go run` fails with the K-th `panic: ` line of NAME.err as
                   its first line of standard error.

Usage: run_repl_tests.py --weft path/to/weft DIR      (the REPL tests)
       run_repl_tests.py --go DIR                     (the oracle)
"""
import argparse
import os
import re
import subprocess
import sys
import time


def run_weft(weft, path, cwd):
    with open(path) as f:
        lines = f.read().split("\n")
    p = subprocess.Popen([weft], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=cwd)
    chunk = []
    for line in lines:
        m = re.match(r"#sleep\s+([0-9.]+)\s*$", line)
        if m:
            if chunk:
                p.stdin.write(("\n".join(chunk) + "\n").encode())
                p.stdin.flush()
                chunk = []
            time.sleep(float(m.group(1)))
        else:
            chunk.append(line)
    try:
        out, err = p.communicate(input="\n".join(chunk).encode(), timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return None, out.decode(errors="replace"), err.decode(errors="replace")
    return p.returncode, out.decode(errors="replace"), err.decode(errors="replace")


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return f.read()


def subsequence(want, have):
    """Every line of `want` appears in `have`, in order. Returns the first missing line."""
    i = 0
    for w in want:
        while i < len(have) and have[i] != w:
            i += 1
        if i == len(have):
            return w
        i += 1
    return None


def weft_tests(weft, directory):
    names = sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".in"))
    failed = 0
    for name in names:
        base = os.path.join(directory, name)
        status, out, err = run_weft(weft, base + ".in", directory)
        problems = []
        want_status = int(read(base + ".status", "0").strip())
        if status is None:
            problems.append("timed out")
        elif status != want_status:
            problems.append("exit status %s, want %d" % (status, want_status))
        want_re = read(base + ".outre")
        want_out = read(base + ".out", "")
        if want_re is not None:
            lines = out.splitlines()
            i = 0
            for pattern in want_re.splitlines():
                while i < len(lines) and not re.fullmatch(pattern, lines[i]):
                    i += 1
                if i == len(lines):
                    problems.append("no stdout line (in order) matches %r; got:\n%s" %
                                    (pattern, out))
                    break
                i += 1
        elif out != want_out:
            problems.append("stdout differs:\n--- want\n%s--- got\n%s---" % (want_out, out))
        want_err = read(base + ".err")
        if want_err is None:
            if err:
                problems.append("unexpected stderr:\n" + err)
        else:
            missing = subsequence(want_err.splitlines(), err.splitlines())
            if missing is not None:
                problems.append("stderr lacks (in order) %r; got:\n%s" % (missing, err))
        if problems:
            failed += 1
            print("FAIL %s\n  %s" % (name, "\n  ".join(problems)))
        else:
            print("ok   %s" % name)
    print("%d/%d REPL tests passed" % (len(names) - failed, len(names)))
    return 1 if failed else 0


def go_oracle(directory):
    failed = 0
    checked = 0
    for f in sorted(os.listdir(directory)):
        base = os.path.join(directory, f)
        if f.endswith(".go") and not re.search(r"\.(bad|panic\d+)\.go$", f):
            name = f[:-3]
            checked += 1
            r = subprocess.run(["go", "run", f], cwd=directory, capture_output=True, text=True)
            want = read(os.path.join(directory, name + ".out"), "")
            if r.stdout != want:
                failed += 1
                print("FAIL %s: go run prints\n%s---\nbut %s.out has\n%s---" %
                      (f, r.stdout, name, want))
            else:
                print("ok   %s" % f)
        elif f.endswith(".bad.go"):
            name = f[:-len(".bad.go")]
            checked += 1
            r = subprocess.run(["go", "build", "-o", os.devnull, f], cwd=directory,
                               capture_output=True, text=True)
            # Go 1.20 words syntax errors "unexpected X, expected Y" (Weft follows it); the
            # installed Go may be older ("expecting").
            r.stderr = r.stderr.replace(", expecting ", ", expected ")
            want = [l for l in read(os.path.join(directory, name + ".err"), "").splitlines()
                    if l.startswith("<input>:")]
            msgs = [re.sub(r"^<input>:\d+:\d+: ", "", l) for l in want]
            missing = [m for m in msgs if m not in r.stderr]
            if missing:
                failed += 1
                print("FAIL %s: go build does not report %r:\n%s" % (f, missing, r.stderr))
            else:
                print("ok   %s" % f)
        elif re.search(r"\.panic\d+\.go$", f):
            m = re.match(r"(.*)\.panic(\d+)\.go$", f)
            name, k = m.group(1), int(m.group(2))
            checked += 1
            r = subprocess.run(["go", "run", f], cwd=directory, capture_output=True, text=True)
            panics = [l for l in read(os.path.join(directory, name + ".err"), "").splitlines()
                      if l.startswith("panic: ")]
            first = r.stderr.splitlines()[0] if r.stderr else ""
            if k > len(panics) or first != panics[k - 1]:
                failed += 1
                print("FAIL %s: go run panics with %r, %s.err has %r" %
                      (f, first, name, panics[k - 1] if k <= len(panics) else None))
            else:
                print("ok   %s" % f)
    print("%d/%d oracle checks passed" % (checked - failed, checked))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft")
    ap.add_argument("--go", action="store_true")
    ap.add_argument("dir")
    a = ap.parse_args()
    if a.go:
        return go_oracle(a.dir)
    return weft_tests(os.path.abspath(a.weft), a.dir)


if __name__ == "__main__":
    sys.exit(main())
