#!/usr/bin/env python3
"""Tests of `weft --race`: true positives (tests/race) and no false positives (tests/go_conc).

Usage:
  run_race_tests.py --weft PATH [DIR]               racy programs: reports match NAME.race
  run_race_tests.py --weft PATH --clean [DIR]       race-free programs: no report at all
  run_race_tests.py --record FILE.go|DIR ...        write NAME.race from `go build -race`
  run_race_tests.py --go [DIR]                      check NAME.race against real Go (oracle)
  run_race_tests.py --go --clean [DIR]              check real Go finds no race in DIR
Common options: --gomaxprocs N, --known-failures FILE, --filter REGEX, --timeout S, --jobs J.
DIR defaults to tests/race (tests/go_conc with --clean).

True positives. Each tests/race/NAME.go races on purpose; NAME.race holds what Go's detector
reports for it, in a form that does not depend on addresses, goroutine ids or which of the two
accesses happened first:

    status 66                  the exit status
    found 1                    the N of "Found N data race(s)", or "found none"
    race Read main struct_field.go:23 | Write goroutine struct_field.go:20

One `race` line per report: the two accesses (the current one and the "Previous" one), each as
its kind (Read/Write), who made it (`main` for the main goroutine, else `goroutine`) and the
file:line of the innermost `main.` frame of its stack (runtime frames such as
runtime.mapassign are skipped: for a map or channel the user's line is what matters). The two
accesses of a report are sorted, and so are the reports. Weft passes when its status, found
count and multiset of race lines are exactly these. NAME.race files are written only by
--record from real Go (each program runs 5 times and must give the same facts every time).

No false positives (--clean): every program of DIR runs under `weft --race` and must behave as
its NAME.out/.status/.stderr say (the run_go_tests.py rules) and print no `WARNING: DATA RACE`.
With --go, the same programs are built with `go build -race` to prove they are race-free;
Go's detector refuses more than 8128 live goroutines, so programs that start more
(goroutines_100k) end with Go's own "race: limit on 8128 simultaneously alive goroutines"
and are reported as skipped; so are the deadlock programs, because a Go binary built with
-race does not detect deadlocks and hangs instead (golang/go#20588). Weft's --race must keep
the deadlock report: those programs are not skipped when Weft runs them.

NAME.env (optional): environment variables for the run, one KEY=VALUE a line (e.g.
GORACE=halt_on_error=1), used when recording from Go and when running Weft.

Known failures: --known-failures FILE (default DIR/KNOWN_FAILURES, or for --clean
tests/race/KNOWN_FAILURES.clean); the lines are `NAME.go  reason`, as in golden.py.
Prints one line per failure and `N passed, N failed`; exit 1 on any unexpected failure.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golden  # noqa: E402
import run_go_tests  # noqa: E402

RACE_BANNER = "WARNING: DATA RACE"
_ACCESS = re.compile(r"^(Previous )?(read|write|Read|Write) at \S+ by (main goroutine|goroutine \d+):$")
_FOUND = re.compile(r"^Found (\d+) data race\(s\)$")
DEADLOCK = "fatal error: all goroutines are asleep - deadlock!"
GO_GOROUTINE_LIMIT = "race: limit on 8128 simultaneously alive goroutines"


def race_facts(status, stderr):
    """(status, found, sorted race lines) from a run's exit status and stderr."""
    lines = stderr.splitlines()
    found = "none"
    races = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == RACE_BANNER:
            accesses = []
            i += 1
            while i < len(lines) and not lines[i].startswith("=================="):
                m = _ACCESS.match(lines[i])
                if m:
                    kind = m.group(2).capitalize()
                    who = "main" if m.group(3) == "main goroutine" else "goroutine"
                    where = "?"
                    j = i + 1
                    while j < len(lines) and lines[j].startswith("  ") and lines[j].strip():
                        frame = lines[j].strip()
                        if frame.startswith("main.") and j + 1 < len(lines):
                            where = golden.normalize_line(lines[j + 1])
                            break
                        j += 1
                    accesses.append("%s %s %s" % (kind, who, where))
                i += 1
            races.append("race " + " | ".join(sorted(accesses)))
        else:
            m = _FOUND.match(lines[i].strip())
            if m:
                found = m.group(1)
        i += 1
    return status, found, sorted(races)


def format_facts(facts):
    status, found, races = facts
    return "status %s\nfound %s\n%s" % (status, found, "".join(r + "\n" for r in races))


def read_facts(path):
    status, found, races = None, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.startswith("status "):
                status = int(line.split()[1])
            elif line.startswith("found "):
                found = line.split()[1]
            elif line.startswith("race "):
                races.append(line)
    return status, found, sorted(races)


def read_env(prog, base=None):
    """base plus the KEY=VALUE lines of NAME.env (None when both are empty)."""
    env = dict(base or {})
    path = prog[:-3] + ".env"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.strip().partition("=")
                if sep:
                    env[key] = value
    return env or None


def go_race_binary(prog, workdir):
    binary = os.path.join(workdir, os.path.basename(prog)[:-3] + "-race")
    status, _, err = golden.run(["go", "build", "-race", "-o", binary, os.path.abspath(prog)],
                                timeout=600)
    if status != 0:
        raise RuntimeError("go build -race %s failed:\n%s" % (prog, err))
    return binary


def record(paths):
    progs = []
    for p in paths:
        progs += golden.discover(p) if os.path.isdir(p) else [p]
    bad = 0
    with tempfile.TemporaryDirectory(prefix="weft-race-") as workdir:
        for prog in progs:
            binary = go_race_binary(prog, workdir)
            runs = []
            for _ in range(5):
                status, _, err = golden.run([binary] + golden.read_args(prog), 120, cwd=workdir,
                                            env=read_env(prog))
                runs.append(race_facts(status, err))
            if any(r != runs[0] for r in runs):
                bad += 1
                print("ERROR: %s gives different race facts from run to run:" % prog)
                for r in sorted(set(format_facts(r) for r in runs)):
                    print("    " + r.replace("\n", "\n    "))
                continue
            if not runs[0][2]:
                bad += 1
                print("ERROR: %s: Go reports no race" % prog)
                continue
            with open(prog[:-3] + ".race", "w", encoding="utf-8") as f:
                f.write("# recorded from `go build -race` (%s) by run_race_tests.py --record\n"
                        % golden.run(["go", "version"], 30)[1].decode().strip())
                if os.path.exists(prog[:-3] + ".env"):
                    f.write("# environment: %s\n" % " ".join(
                        "%s=%s" % kv for kv in sorted(read_env(prog).items())))
                f.write(format_facts(runs[0]))
    print("%d recorded, %d failed" % (len(progs) - bad, bad))
    return 1 if bad else 0


def check_racy(prog, a, env, workdir):
    """True-positive check of one program; None when it passes."""
    try:
        want = read_facts(prog[:-3] + ".race")
    except OSError as e:
        return "missing expectation: %s" % e
    if a.go:
        cmd = [go_race_binary(prog, workdir)]
    else:
        cmd = [a.weft, "--race", prog]
    status, _, err = golden.run(cmd + golden.read_args(prog), a.timeout,
                                env=read_env(prog, env))
    if status is None or status < 0:
        return golden.describe_status(status)
    got = race_facts(status, err)
    if got == want:
        return None
    problems = []
    if got[0] != want[0]:
        problems.append("status %s, expected %s" % (got[0], want[0]))
    if got[1] != want[1]:
        problems.append("found %s, expected %s" % (got[1], want[1]))
    missing = [r for r in want[2] if r not in got[2]]
    extra = [r for r in got[2] if r not in want[2]]
    if missing:
        problems.append("missing report(s): %s" % "; ".join(missing))
    if extra:
        problems.append("unexpected report(s): %s" % "; ".join(extra))
    first = "\n".join("    | " + l for l in err.splitlines()[:6])
    return ", ".join(problems) + "\n" + first


def check_clean(prog, a, env, workdir):
    """No-false-positive check of one program; None when it passes, "skip: ..." to skip."""
    if a.go:
        _, _, want_err, _ = golden.read_expectation(prog)
        if want_err and DEADLOCK in want_err:
            return "skip: go -race does not detect deadlocks (golang/go#20588)"
        binary = go_race_binary(prog, workdir)
        status, _, err = golden.run([binary] + golden.read_args(prog), a.timeout, env=env,
                                    cwd=workdir)
        if GO_GOROUTINE_LIMIT in err:
            return "skip: Go's detector allows at most 8128 live goroutines"
        if RACE_BANNER in err:
            return "Go reports a race:\n" + "\n".join("    | " + l for l in err.splitlines()[:12])
        return None
    status, _, err = golden.run([a.weft, "--race", prog] + golden.read_args(prog), a.timeout,
                                env=env)
    if RACE_BANNER in err:
        return "false positive:\n" + "\n".join("    | " + l for l in err.splitlines()[:12])
    return run_go_tests.check_one(a.weft, prog, a.timeout, env, ["--race"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="*")
    ap.add_argument("--weft", help="the weft executable")
    ap.add_argument("--clean", action="store_true", help="expect no race reports")
    ap.add_argument("--go", action="store_true", help="run real Go (go build -race) instead")
    ap.add_argument("--record", action="store_true", help="write NAME.race from real Go")
    ap.add_argument("--gomaxprocs", type=int)
    ap.add_argument("--known-failures")
    ap.add_argument("--filter")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()

    if a.record:
        return record(a.dir or [os.path.join(HERE, "race")])
    if not a.go and not a.weft:
        ap.error("--weft PATH, --go or --record is required")
    directory = a.dir[0] if a.dir else os.path.join(HERE, "go_conc" if a.clean else "race")
    known_path = a.known_failures
    if not known_path and a.clean and not a.go:
        known_path = os.path.join(HERE, "race", "KNOWN_FAILURES.clean")
    known = {} if a.go else golden.read_known_failures(directory, known_path)
    env = {"GOMAXPROCS": str(a.gomaxprocs)} if a.gomaxprocs else None
    progs = golden.discover(directory, a.filter)
    if not progs:
        print("no tests found in %s" % directory)
        return 1
    check = check_clean if a.clean else check_racy
    workdir = tempfile.mkdtemp(prefix="weft-race-")
    passed = failed = known_failed = skipped = 0

    def one(prog):
        try:
            return prog, check(prog, a, env, workdir)
        except RuntimeError as e:
            return prog, str(e)

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            for prog, failure in pool.map(one, progs):
                name = os.path.basename(prog)
                if failure is not None and failure.startswith("skip: "):
                    skipped += 1
                    print("SKIP %s: %s" % (name, failure[6:]))
                elif failure is None:
                    passed += 1
                    if name in known:
                        print("NOW PASSES %s (remove it from the known failures)" % name)
                    elif a.verbose:
                        print("PASS %s" % name)
                elif name in known:
                    known_failed += 1
                    print("KNOWN %s: %s" % (name, known[name]))
                else:
                    failed += 1
                    print("FAIL %s: %s" % (name, failure))
                sys.stdout.flush()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if known_failed:
        print("%d known failures" % known_failed)
    if skipped:
        print("%d skipped" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
