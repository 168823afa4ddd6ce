"""Shared helpers for Weft's Go-program test runners (Python 3, stdlib only).

The test convention for a folder of Go programs (tests/go, tests/go122, tests/go_conc):

  NAME.go       a self-contained `package main` program
  NAME.out      its exact expected stdout (required)
  NAME.status   its expected exit status as a decimal number (optional, default 0)
  NAME.stderr   lines that must appear, in this order, in its stderr (optional; other lines
                may come between them). Lines are compared after normalize_line(): source
                locations become `prog.go:LINE` (directory and `+0x..` offset dropped) and the
                argument list of a `main.` traceback frame becomes `(...)`, and goroutine
                numbers other than 1 become `N` (also in `created by F in goroutine K`).
  NAME.args     command-line arguments, whitespace separated, on one line (optional)

Expected files come from real Go only (regen_expected.py builds the program with `go build`
and runs the binary, so the program's own exit status is recorded, not `go run`'s).
"""

import os
import re
import subprocess

_LOCATION = re.compile(r"^\s*(?:\S*/)?([^/\s]+\.go):(\d+)(?: \+0x[0-9a-fA-F]+)?\s*$")
_GOROUTINE = re.compile(r"^goroutine \d+ \[[^\]]*\]:$")
_OTHER_GOROUTINE = re.compile(r"^goroutine (?!1 )\d+ ")
_CREATED_IN_OTHER = re.compile(r"^(created by \S+ in goroutine )(?!1$)\d+$")
_CREATED_BY = re.compile(r"^created by (\S+)( in goroutine \d+)?$")
# Go 1.19 parks every sync primitive but Cond as `[semacquire]`; current Go names the call
# (`[sync.WaitGroup.Wait]`, `[sync.Mutex.Lock]`, `[sync.RWMutex.RLock]`, `[sync.RWMutex.Lock]`,
# see GO-FACTS.md). The call is the first exported sync method in the trace below the header.
_SEMACQUIRE_HEADER = re.compile(r"^(goroutine \d+ )\[semacquire\]:$")
_SYNC_METHOD_FRAME = re.compile(r"^sync\.\(\*(\w+)\)\.([A-Z]\w*)\(")


def normalize_line(line):
    """One stderr line in the form it is compared in (applied to expected and actual lines)."""
    line = line.rstrip()
    # Only the main goroutine's number (1) is fixed; others depend on the scheduler.
    line = _OTHER_GOROUTINE.sub("goroutine N ", line)
    line = _CREATED_IN_OTHER.sub(r"\1N", line)
    m = _LOCATION.match(line)
    if m:
        return "%s:%s" % (m.group(1), m.group(2))
    if line.startswith("main.") and line.endswith(")"):
        open_paren = line.rfind("(")
        if open_paren > 0:
            return line[:open_paren] + "(...)"
    return line


def _is_crash_header(line):
    return line.startswith("panic: ") or line.startswith("fatal error: ")


def expected_stderr_lines(stderr_text):
    """Turns real Go's stderr into the lines a NAME.stderr file records.

    Everything the program printed before a crash is kept verbatim. Of a crash report we keep
    the message lines (up to the first blank line, without the `[signal ...` line), the
    `goroutine N [...]:` headers, and the `main.` frames with the location line under each;
    runtime-internal frames, addresses and blank lines are dropped.

    Two rewrites bring Go 1.19's trace to the current (1.21+) form that Weft prints, each
    derived from the trace itself: a `[semacquire]` header takes the name of the sync call
    below it (see _SEMACQUIRE_HEADER), and `created by main.main` (Go 1.19 has no suffix)
    becomes `created by main.main in goroutine 1` (main.main only runs in goroutine 1). A
    `created by` line of another creator is kept only when Go printed its goroutine.
    """
    lines = stderr_text.splitlines()
    out = []
    i = 0
    while i < len(lines) and not _is_crash_header(lines[i]):
        out.append(normalize_line(lines[i]))
        i += 1
    # Crash message (may span several lines, e.g. a re-panic).
    while i < len(lines) and lines[i].strip() != "":
        if not lines[i].startswith("[signal "):
            out.append(normalize_line(lines[i]))
        i += 1
    # Traceback.
    while i < len(lines):
        line = lines[i]
        if _GOROUTINE.match(line):
            out.append(normalize_line(_modern_wait_reason(line, lines[i + 1:])))
        elif _CREATED_BY.match(line):
            creator, suffix = _CREATED_BY.match(line).groups()
            if suffix is None and creator == "main.main":
                line, suffix = line + " in goroutine 1", "1"
            if creator.startswith("main.") and suffix is not None:
                out.append(normalize_line(line))
                if i + 1 < len(lines) and _LOCATION.match(lines[i + 1]):
                    out.append(normalize_line(lines[i + 1]))
                    i += 1
        elif line.startswith("main."):
            out.append(normalize_line(line))
            if i + 1 < len(lines) and _LOCATION.match(lines[i + 1]):
                out.append(normalize_line(lines[i + 1]))
                i += 1
        elif _is_crash_header(line):  # e.g. a second fatal error
            out.append(normalize_line(line))
        i += 1
    return out


def _modern_wait_reason(header, following):
    """A Go 1.19 `goroutine N [semacquire]:` header in the current form (see above)."""
    m = _SEMACQUIRE_HEADER.match(header)
    if not m:
        return header
    for line in following:
        if not line.strip() or _GOROUTINE.match(line):
            break
        frame = _SYNC_METHOD_FRAME.match(line)
        if frame:
            return "%s[sync.%s.%s]:" % (m.group(1), frame.group(1), frame.group(2))
    return header


def missing_stderr_lines(expected, actual_text):
    """Returns the expected lines not found, in order, in actual_text ([] when all match)."""
    actual = [normalize_line(l) for l in actual_text.splitlines()]
    pos = 0
    for n, want in enumerate(expected):
        while pos < len(actual) and actual[pos] != want:
            pos += 1
        if pos == len(actual):
            return expected[n:]
        pos += 1
    return []


def discover(directory, name_filter=None):
    """Sorted paths of the NAME.go programs in directory (optionally only names matching)."""
    progs = []
    for entry in sorted(os.listdir(directory)):
        if not entry.endswith(".go"):
            continue
        if name_filter and not re.search(name_filter, entry[:-3]):
            continue
        progs.append(os.path.join(directory, entry))
    return progs


def read_known_failures(directory, path=None):
    """{name: reason} from directory/KNOWN_FAILURES (or from path): programs Weft does not
    pass yet.

    One line per program: `NAME.go  reason` (# starts a comment). A listed program still runs;
    its failure is reported as "known" and does not fail the suite, and if it passes the runner
    says so, so the line can be removed. Only for features outside what Weft claims to support
    (see README's coverage table); never a way to hide a regression.
    """
    known = {}
    path = path or os.path.join(directory, "KNOWN_FAILURES")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    name, _, reason = line.partition(" ")
                    known[name] = reason.strip()
    return known


def read_expectation(prog):
    """(stdout, status, stderr_lines or None, args) recorded for prog (a NAME.go path)."""
    base = prog[:-3]
    with open(base + ".out", "rb") as f:
        stdout = f.read()
    status = 0
    if os.path.exists(base + ".status"):
        with open(base + ".status") as f:
            status = int(f.read().strip())
    stderr_lines = None
    if os.path.exists(base + ".stderr"):
        with open(base + ".stderr", encoding="utf-8", errors="replace") as f:
            stderr_lines = f.read().splitlines()
    return stdout, status, stderr_lines, read_args(prog)


def read_args(prog):
    path = prog[:-3] + ".args"
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return f.read().split()


def run(cmd, timeout, cwd=None, env=None):
    """Runs cmd; returns (status, stdout bytes, stderr text). status None means timeout.
    env: extra environment variables for the child (added to this process's)."""
    full_env = None
    if env:
        full_env = dict(os.environ)
        full_env.update(env)
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, cwd=cwd, env=full_env)
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace")
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def describe_status(status):
    if status is None:
        return "timeout"
    if status < 0:
        return "killed by signal %d" % -status
    return "status %d" % status


def go_expectation(prog, workdir, timeout=60):
    """Builds prog with real Go and runs it; returns (stdout, status, stderr_lines).

    Raises RuntimeError when the program does not build or times out.
    """
    binary = os.path.join(workdir, os.path.basename(prog)[:-3])
    status, out, err = run(["go", "build", "-o", binary, os.path.abspath(prog)], timeout=300)
    if status != 0:
        raise RuntimeError("go build %s failed:\n%s" % (prog, err))
    status, out, err = run([binary] + read_args(prog), timeout=timeout, cwd=workdir)
    os.remove(binary)
    if status is None:
        raise RuntimeError("%s timed out under real Go" % prog)
    if status < 0:
        raise RuntimeError("%s was killed by signal %d under real Go" % (prog, -status))
    return out, status, expected_stderr_lines(err)
