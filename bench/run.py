#!/usr/bin/env python3
"""Weft's benchmark runner: the same programs under Weft and its peers, side by side.

    bench/run.py --weft build/weft [--only fib,nbody] [--runs N] [--timeout S]

Each program runs under every implementation that has a version of it:
  weft          build/weft bench/<name>.go
  lua5.4        lua5.4 bench/lua/<name>.lua           (CPU set only)
  luajit -joff  luajit -joff bench/lua/<name>.lua     (the interpreter, JIT off)
  python3       python3 bench/python/<name>.py        (CPU set only)
  go            bench/<name>.go compiled once with `go build` into a temporary directory
  yaegi         yaegi run bench/<name>.go              (a Go interpreter written in Go)

Every run's standard output must equal bench/expected/<name>.out (produced by real Go);
a run that fails, times out or prints something else is reported as "n/a" with the reason,
and never stops the rest. Missing interpreters are skipped. Wall time is the median of N
runs; peak RSS comes from the child's rusage (os.wait4, through GNU time when installed).

Output: Markdown tables (times, ratios, geometric means, peak RSS) on standard output.
Python 3 standard library only.
"""

import argparse
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))


# --- the programs ---------------------------------------------------------------------------------


@dataclass
class Program:
    name: str  # bench/<name>.go, bench/lua/<name>.lua, bench/python/<name>.py
    group: str  # "cpu", "concurrency" or "startup"
    env: dict = field(default_factory=dict)  # extra environment, e.g. GOMAXPROCS

    @property
    def label(self):
        extra = " ".join(f"{k}={v}" for k, v in self.env.items())
        return f"{self.name} ({extra})" if extra else self.name

    def path(self, kind):
        """The source for 'go', 'lua' or 'python'; None when that version does not exist."""
        if kind == "go":
            p = os.path.join(BENCH_DIR, self.name + ".go")
        else:
            ext = {"lua": ".lua", "python": ".py"}[kind]
            p = os.path.join(BENCH_DIR, kind, self.name + ext)
        return p if os.path.exists(p) else None

    def expected(self):
        with open(os.path.join(BENCH_DIR, "expected", self.name + ".out"), "rb") as f:
            return f.read()


PROGRAMS = [
    Program("fib", "cpu"),
    Program("loops", "cpu"),
    Program("nbody", "cpu"),
    Program("spectral-norm", "cpu"),
    Program("fannkuch-redux", "cpu"),
    Program("binary-trees", "cpu"),
    Program("ping-pong", "concurrency"),
    Program("thread-ring", "concurrency"),
    Program("spawn", "concurrency"),
    Program("prime-sieve", "concurrency"),
    Program("mutex", "concurrency"),
    Program("fib-parallel", "concurrency", {"GOMAXPROCS": "1"}),
    Program("fib-parallel", "concurrency", {"GOMAXPROCS": "2"}),
    Program("parked", "concurrency"),
    Program("hello", "startup"),
]

# The sets whose geometric means the project's targets are stated in.
CPU_SET = ["fib", "loops", "nbody", "spectral-norm", "fannkuch-redux", "binary-trees"]
CONCURRENCY_SET = ["ping-pong", "thread-ring", "prime-sieve", "mutex", "spawn"]
# Programs run again in race-detector mode (weft --race, go build -race).
RACE_SET = ["fib", "binary-trees", "ping-pong", "thread-ring", "prime-sieve", "mutex", "spawn"]


# --- running one command --------------------------------------------------------------------------


@dataclass
class Run:
    ok: bool
    seconds: float = 0.0
    max_rss_kb: int = 0
    reason: str = ""  # why not ok


def gnu_time():
    """GNU time's path, or None. It measures peak RSS better than we can: a child forked
    from this Python process inherits Python's own ~17 MB as the floor of its ru_maxrss
    (Linux records the pre-exec memory's high-water mark), while GNU time is small (~1 MB)."""
    path = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if not path:
        return None
    p = subprocess.run([path, "-f", "%M", "true"], capture_output=True)
    return path if p.returncode == 0 and p.stderr.strip().isdigit() else None


def run_once(argv, env, timeout, expected, rss_via=None):
    """Runs argv once; returns its wall time and peak RSS, or why it failed.
    With rss_via (GNU time's path), the peak RSS comes from GNU time (wall time then
    includes its ~1 ms); otherwise from os.wait4's rusage."""
    full_env = dict(os.environ)
    full_env.update(env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss_file:
        if rss_via:
            argv = [rss_via, "-f", "%M", "-o", rss_file.name] + argv
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    env=full_env, start_new_session=True)
        except OSError as e:
            return Run(False, reason=f"cannot start: {e.strerror}")
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4
        max_rss_kb = usage.ru_maxrss
        if rss_via:
            # GNU time writes "Command exited with non-zero status N" (or "...terminated by
            # signal N") before the number when the program failed.
            lines = rss_file.read().split()
            max_rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        if timed_out.is_set():
            return Run(False, reason=f"timeout (>{timeout:g} s)")
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        lines = [l for l in stderr.decode(errors="replace").splitlines() if l.strip()]
        if rss_via and lines and lines[-1].startswith(("Command exited", "Command terminated")):
            lines.pop()
        first = lines[0].strip() if lines else "(no message)"
        first = first.replace(os.path.dirname(BENCH_DIR) + os.sep, "")  # repository-relative
        if len(first) > 70:
            first = first[:67] + "..."
        if proc.returncode < 0:
            return Run(False, reason=f"killed by signal {-proc.returncode}: {first}")
        return Run(False, reason=f"exit {proc.returncode}: {first}")
    if stdout != expected:
        return Run(False, reason="wrong output (differs from Go's)")
    return Run(True, seconds, max_rss_kb)


@dataclass
class Result:
    ok: bool
    seconds: float = 0.0
    max_rss_kb: int = 0
    reason: str = ""
    applicable: bool = True  # False: this implementation has no version of the program


NOT_APPLICABLE = Result(False, applicable=False)


def measure(argv, env, runs, timeout, expected, rss_via):
    """Median wall time over `runs` runs, and the peak RSS; stops at the first failure.
    With GNU time (rss_via), one extra first run under it gives the peak RSS and doubles as
    output check and warm-up; the timed runs then run the program directly."""
    first = run_once(argv, env, timeout, expected, rss_via)
    if not first.ok:
        return Result(False, reason=first.reason)
    times, rss = ([], [first.max_rss_kb]) if rss_via else ([first.seconds], [first.max_rss_kb])
    while len(times) < runs:
        r = run_once(argv, env, timeout, expected)
        if not r.ok:
            return Result(False, reason=r.reason)
        times.append(r.seconds)
        if not rss_via:
            rss.append(r.max_rss_kb)
    return Result(True, statistics.median(times), max(rss))


# --- the implementations --------------------------------------------------------------------------


def version_of(argv):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (p.stdout + p.stderr).decode(errors="replace").strip().splitlines()
    return text[0].strip() if text else "?"


class Impl:
    """One column: how to run a program, or None when this implementation has no version."""

    def __init__(self, key, title):
        self.key, self.title = key, title
        self.missing = None  # why the implementation is unavailable, or None
        self.version = ""

    def source(self, prog):
        """The file this implementation runs for prog; None when it has no version of it."""
        return prog.path("go")

    def argv(self, prog):
        """The command line (only called when the implementation is not missing)."""
        raise NotImplementedError


class Weft(Impl):
    def __init__(self, path, race=False):
        super().__init__("weft-race" if race else "weft", "Weft --race" if race else "Weft")
        self.path, self.race = path, race
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            self.missing = f"no weft executable at {path}"
        else:
            self.version = version_of([path, "version"])

    def argv(self, prog):
        return [self.path] + (["--race"] if self.race else []) + [self.source(prog)]


class Script(Impl):
    """lua5.4, luajit -joff and python3: run the bench/lua or bench/python version."""

    def __init__(self, key, title, command, kind, version_flag):
        super().__init__(key, title)
        self.command, self.kind = command, kind
        if shutil.which(command[0]) is None:
            self.missing = f"{command[0]} not installed"
        else:
            self.version = version_of([command[0], version_flag])

    def source(self, prog):
        return prog.path(self.kind)

    def argv(self, prog):
        return self.command + [self.source(prog)]


class Yaegi(Impl):
    def __init__(self):
        super().__init__("yaegi", "yaegi")
        if shutil.which("yaegi") is None:
            self.missing = "yaegi not installed"
        else:
            self.version = "yaegi " + version_of(["yaegi", "version"])

    def argv(self, prog):
        return ["yaegi", "run", self.source(prog)]


class CompiledGo(Impl):
    """Each program built once with `go build` (optionally -race) into a temporary directory."""

    def __init__(self, workdir, race=False):
        super().__init__("go-race" if race else "go", "Go -race" if race else "Go")
        self.workdir, self.race = workdir, race
        self.binaries = {}  # name -> path, or a string starting with "!" giving the build error
        if shutil.which("go") is None:
            self.missing = "go not installed"
        else:
            self.version = version_of(["go", "version"])

    def build(self, prog):
        if prog.name in self.binaries:
            return
        source = prog.path("go")
        out = os.path.join(self.workdir, prog.name + ("-race" if self.race else ""))
        cmd = ["go", "build"] + (["-race"] if self.race else []) + ["-o", out, source]
        p = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL)
        if p.returncode != 0:
            msg = p.stderr.decode(errors="replace").strip().splitlines()
            self.binaries[prog.name] = "!go build failed: " + (msg[-1] if msg else "?")
        else:
            self.binaries[prog.name] = out

    def argv(self, prog):
        self.build(prog)
        return [self.binaries[prog.name]]


# --- the report -----------------------------------------------------------------------------------


class Notes:
    """Numbered footnotes for n/a cells; identical reasons share a number."""

    def __init__(self):
        self.texts = []

    def ref(self, text):
        if text not in self.texts:
            self.texts.append(text)
        return f"n/a [{self.texts.index(text) + 1}]"

    def markdown(self):
        return "\n".join(f"[{i + 1}] {t}  " for i, t in enumerate(self.texts))


def fmt_seconds(s):
    if s < 1:
        return f"{s:.3f} s"
    if s < 10:
        return f"{s:.2f} s"
    return f"{s:.1f} s"


def fmt_rss(kb):
    mb = kb / 1024
    if mb >= 1024:
        return f"{mb / 1024:.2f} GB"
    return f"{mb:.1f} MB" if mb < 100 else f"{mb:.0f} MB"


def fmt_ratio(r):
    return f"{r:.2f}x" if r < 100 else f"{r:.0f}x"


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def cell(result, impl, notes, value):
    if not result.applicable:
        return "—"
    if not result.ok:
        return notes.ref(f"{impl.title}: {result.reason}")
    return value(result)


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def ratio_cell(results, prog, num, den):
    a, b = results[(prog.label, num)], results[(prog.label, den)]
    if a.ok and b.ok and b.seconds > 0:
        return fmt_ratio(a.seconds / b.seconds)
    return "n/a"


def geomean_row(label, results, progs, impls, base, names):
    """One row: for each implementation, the geometric mean of its time / base's time."""
    row = [label]
    for impl in impls:
        ratios = []
        for p in progs:
            if p.name in names and not p.env:
                a, b = results[(p.label, impl.key)], results[(p.label, base)]
                if a.ok and b.ok:
                    ratios.append(a.seconds / b.seconds)
        wanted = len(names)
        if not ratios:
            row.append("n/a")
        elif len(ratios) < wanted:
            row.append(f"{fmt_ratio(geomean(ratios))} ({len(ratios)} of {wanted})")
        else:
            row.append(fmt_ratio(geomean(ratios)))
    return row


# The performance targets of issue 3 (concurrency) and issue 4 (--race).
CONCURRENCY_GEOMEAN_TARGET = 2.0  # geometric mean of Weft / compiled Go over CONCURRENCY_SET
PARALLEL_FIB_TARGET = 0.6  # fib-parallel, 2 workers / 1 worker (Weft)
PARKED_RSS_TARGET_MIB = 200  # peak RSS of 200,000 parked goroutines
RACE_TIME_TARGET = 3.0  # weft --race / weft, time, on each program of RACE_SET
RACE_MEMORY_TARGET = 3.0  # the same, peak RSS


def target_rows(progs, results, keys, race_impls):
    """[target, measured, met] rows; "n/a" when a program did not run (the reason is in the
    tables above)."""
    rows = []

    def verdict(ok):
        return "yes" if ok else "**no**"

    def find(name, env=None):
        for p in progs:
            if p.name == name and p.env == (env or {}):
                return p
        return None

    # Concurrency set against compiled Go.
    ratios, missing = [], []
    for name in CONCURRENCY_SET:
        p = find(name)
        if p is None:
            missing.append(name)
            continue
        a, b = results.get((p.label, "weft")), results.get((p.label, "go"))
        if a and b and a.ok and b.ok and b.seconds > 0:
            ratios.append(a.seconds / b.seconds)
        else:
            missing.append(name)
    label = f"concurrency set, geomean Weft / Go ≤ {CONCURRENCY_GEOMEAN_TARGET:g}"
    if "go" not in keys:
        rows.append([label, "n/a (no Go)", "n/a"])
    elif missing:
        rows.append([label, "n/a (did not run: " + ", ".join(missing) + ")", "n/a"])
    else:
        g = geomean(ratios)
        rows.append([label, fmt_ratio(g), verdict(g <= CONCURRENCY_GEOMEAN_TARGET)])

    # Parallel speed-up of fib-parallel.
    one, two = find("fib-parallel", {"GOMAXPROCS": "1"}), find("fib-parallel", {"GOMAXPROCS": "2"})
    label = f"fib-parallel, 2 workers / 1 worker ≤ {PARALLEL_FIB_TARGET:g}"
    r1 = results.get((one.label, "weft")) if one else None
    r2 = results.get((two.label, "weft")) if two else None
    if r1 and r2 and r1.ok and r2.ok and r1.seconds > 0:
        f = r2.seconds / r1.seconds
        rows.append([label, f"{f:.2f}", verdict(f <= PARALLEL_FIB_TARGET)])
    else:
        rows.append([label, "n/a", "n/a"])

    # Memory of parked goroutines.
    p = find("parked")
    r = results.get((p.label, "weft")) if p else None
    label = f"parked (200,000 goroutines), peak RSS ≤ {PARKED_RSS_TARGET_MIB} MiB"
    if r and r.ok:
        mib = r.max_rss_kb / 1024
        rows.append([label, f"{mib:.0f} MiB", verdict(mib <= PARKED_RSS_TARGET_MIB)])
    else:
        rows.append([label, "n/a", "n/a"])

    # Race mode against normal mode, per program.
    weft_race = next((race for plain, race in race_impls if plain.key == "weft"), None)
    for p in progs:
        if p.name not in RACE_SET or p.env:
            continue
        label = (f"{p.name}: --race time ≤ {RACE_TIME_TARGET:g}x, "
                 f"memory ≤ {RACE_MEMORY_TARGET:g}x")
        base = results.get((p.label, "weft"))
        r = results.get((p.label, weft_race.key)) if weft_race else None
        if r and base and r.ok and base.ok and base.seconds > 0 and base.max_rss_kb:
            t, m = r.seconds / base.seconds, r.max_rss_kb / base.max_rss_kb
            rows.append([label, f"{fmt_ratio(t)} time, {fmt_ratio(m)} memory",
                         verdict(t <= RACE_TIME_TARGET and m <= RACE_MEMORY_TARGET)])
        else:
            rows.append([label, "n/a" + ("" if weft_race else " (race rows skipped)"), "n/a"])
    return rows


def report(progs, impls, results, race_impls, args, go_run_hello):
    notes = Notes()
    present = [i for i in impls if i.key == "weft" or not i.missing]
    keys = {i.key for i in present}
    out = []
    out.append(f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
               f"load average {os.getloadavg()[0]:.2f} at the end; "
               f"median of {args.runs} run(s), timeout {args.timeout:g} s per run; "
               f"{args.rss_note}.  ")
    for impl in impls:
        if impl.missing:
            out.append(f"{impl.title}: skipped — {impl.missing}.  ")
        else:
            out.append(f"{impl.title}: {impl.version}  ")
    out.append("")

    # Wall time, with Weft's ratios to Lua 5.4 and to compiled Go.
    header = ["program"] + [i.title for i in present]
    if "lua5.4" in keys:
        header.append("Weft / Lua 5.4")
    if "go" in keys:
        header.append("Weft / Go")
    rows = []
    for p in progs:
        row = [p.label]
        for impl in present:
            row.append(cell(results[(p.label, impl.key)], impl, notes,
                            lambda r: fmt_seconds(r.seconds)))
        if "lua5.4" in keys:
            row.append(ratio_cell(results, p, "weft", "lua5.4"))
        if "go" in keys:
            row.append(ratio_cell(results, p, "weft", "go"))
        rows.append(row)
    out.append("### Wall time (median)\n")
    out.append(table(header, rows))
    if go_run_hello is not None:
        out.append(f"\n`go run hello.go` (compile, cached, and run): {go_run_hello}")

    # Geometric means of the ratios the targets are stated in.
    others = present
    gm_rows = []
    if "lua5.4" in keys:
        gm_rows.append(geomean_row("CPU set, time / Lua 5.4", results, progs, others,
                                   "lua5.4", CPU_SET))
    if "go" in keys:
        gm_rows.append(geomean_row("CPU set, time / Go", results, progs, others, "go", CPU_SET))
        gm_rows.append(geomean_row("concurrency set, time / Go", results, progs, others, "go",
                                   CONCURRENCY_SET))
    if gm_rows:
        out.append("\n### Geometric means of time ratios\n")
        out.append(f"CPU set: {', '.join(CPU_SET)}. Concurrency set: {', '.join(CONCURRENCY_SET)}.\n")
        out.append(table(["set"] + [i.title for i in others], gm_rows))

    # Peak memory.
    rows = []
    for p in progs:
        row = [p.label]
        for impl in present:
            row.append(cell(results[(p.label, impl.key)], impl, notes,
                            lambda r: fmt_rss(r.max_rss_kb)))
        rows.append(row)
    out.append("\n### Peak RSS\n")
    out.append(table(["program"] + [i.title for i in present], rows))

    # Race-detector mode.
    if race_impls:
        rows = []
        for p in progs:
            if p.name not in RACE_SET or p.env:
                continue
            row = [p.label]
            for plain, race in race_impls:
                r, base = results[(p.label, race.key)], results[(p.label, plain.key)]
                row.append(cell(r, race, notes, lambda x: fmt_seconds(x.seconds)))
                row.append(fmt_ratio(r.seconds / base.seconds) if r.ok and base.ok else "n/a")
                row.append(cell(r, race, notes, lambda x: fmt_rss(x.max_rss_kb)))
                row.append(fmt_ratio(r.max_rss_kb / base.max_rss_kb)
                           if r.ok and base.ok and base.max_rss_kb else "n/a")
            rows.append(row)
        header = ["program"]
        for plain, race in race_impls:
            header += [race.title, f"slowdown vs {plain.title}", f"{race.title} RSS",
                       f"memory vs {plain.title}"]
        out.append("\n### Race-detector mode\n")
        out.append(table(header, rows))
    elif args.race_note:
        out.append(f"\n{args.race_note}")

    out.append("\n### Targets (issues 3 and 4)\n")
    out.append(table(["target", "measured", "met"], target_rows(progs, results, keys,
                                                                 race_impls)))

    out.append("\n— : the implementation has no version of that program.  ")
    if notes.texts:
        out.append(notes.markdown())
    return "\n".join(out)


# --- main -----------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--weft", default="build/weft", help="the weft executable (default build/weft)")
    ap.add_argument("--only", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--skip", default="", help="comma-separated implementations to leave out "
                    "(weft, lua5.4, luajit, python3, go, yaegi)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; the median counts")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a run is killed")
    ap.add_argument("--race", action="store_true",
                    help="add race-detector rows even when weft does not support --race yet")
    ap.add_argument("--json", help="also write the raw results to this file")
    ap.add_argument("--list", action="store_true", help="list the programs and exit")
    args = ap.parse_args()

    if args.list:
        for p in PROGRAMS:
            print(f"{p.label:32} {p.group}")
        return 0
    only = {s for s in args.only.split(",") if s}
    unknown = only - {p.name for p in PROGRAMS}
    if unknown:
        print(f"run.py: unknown program(s): {', '.join(sorted(unknown))} (see --list)",
              file=sys.stderr)
        return 2
    progs = [p for p in PROGRAMS if not only or p.name in only]
    skip = {s for s in args.skip.split(",") if s}

    # Debian's python3 when present: a version manager's shim would add its own start-up time.
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"
    workdir = tempfile.mkdtemp(prefix="weft-bench-")
    try:
        weft = Weft(args.weft)
        go = CompiledGo(workdir)
        impls = [weft,
                 Script("lua5.4", "Lua 5.4", ["lua5.4"], "lua", "-v"),
                 Script("luajit", "LuaJIT -joff", ["luajit", "-joff"], "lua", "-v"),
                 Script("python3", "Python 3", [python], "python", "--version"),
                 go,
                 Yaegi()]
        impls = [i for i in impls if i.key == "weft" or i.key not in skip]

        present = [i for i in impls if i.key == "weft" or not i.missing]
        rss_via = gnu_time()
        args.rss_note = ("peak RSS measured by GNU time" if rss_via else
                         "peak RSS from os.wait4; GNU time is missing, so each figure includes "
                         "this Python process's own memory as a floor: install `time`")

        # Race rows: when weft runs a program under --race (or when asked for).
        race_impls = []
        args.race_note = ""
        hello = next(p for p in PROGRAMS if p.name == "hello")
        weft_race = Weft(args.weft, race=True)
        if weft.missing:
            args.race_note = "Race-detector rows: skipped (no weft executable)."
        else:
            probe = run_once(weft_race.argv(hello), {}, 30, hello.expected())
            if not probe.ok:
                args.race_note = f"Race-detector rows: skipped (weft --race: {probe.reason})."
        if args.race or not args.race_note:
            race_impls.append((weft, weft_race))
            if not go.missing and "go" not in skip:
                race_impls.append((go, CompiledGo(workdir, race=True)))

        results = {}
        for p in progs:
            expected = p.expected()
            columns = present + [r for _, r in race_impls if p.name in RACE_SET and not p.env]
            for impl in columns:
                if not impl.source(p):
                    res = NOT_APPLICABLE
                elif impl.missing:
                    res = Result(False, reason=impl.missing)
                else:
                    argv = impl.argv(p)
                    if argv[0].startswith("!"):
                        res = Result(False, reason=argv[0][1:])
                    else:
                        print(f"  {p.label:30} {impl.title:14}", end="", file=sys.stderr,
                              flush=True)
                        res = measure(argv, p.env, args.runs, args.timeout, expected,
                                      rss_via)
                        print(f" {fmt_seconds(res.seconds) if res.ok else res.reason}",
                              file=sys.stderr, flush=True)
                results[(p.label, impl.key)] = res

        go_run_hello = None
        if any(p.name == "hello" for p in progs) and not go.missing and "go" not in skip:
            subprocess.run(["go", "build", "-o", os.devnull, hello.path("go")],
                           capture_output=True)  # warm the build cache
            r = measure(["go", "run", hello.path("go")], {}, args.runs, args.timeout,
                        hello.expected(), None)
            go_run_hello = fmt_seconds(r.seconds) if r.ok else r.reason

        print(report(progs, impls, results, race_impls, args, go_run_hello))
        if args.json:
            raw = {f"{label} | {key}": vars(r) for (label, key), r in results.items()}
            with open(args.json, "w") as f:
                json.dump(raw, f, indent=1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
