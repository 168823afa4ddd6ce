#!/usr/bin/env python3
"""The REPL on a real terminal, driven through tmux: prompts, history recall (also across
runs, through $WEFT_HISTORY), tab completion, goroutine output printed above the line being
edited, Ctrl-C (a loop, a blocked receive), Ctrl-D (and the deferred calls it runs). Exits 77 (CTest: skipped) when tmux is not installed.

Usage: tmux_test.py path/to/weft
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SESSION = "weft_repl_test_%d" % os.getpid()


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SESSION] + list(args), capture_output=True, text=True,
                          check=check)


def screen():
    return tmux("capture-pane", "-p", "-t", SESSION).stdout


def send(*keys):
    tmux("send-keys", "-t", SESSION, *keys)


def typed(text):
    tmux("send-keys", "-t", SESSION, "-l", text)


def wait_for(predicate, what, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        s = screen()
        if predicate(s):
            return s
        time.sleep(0.1)
    raise AssertionError("timed out waiting for %s; screen:\n%s" % (what, screen()))


def lines(s):
    """The screen's lines without trailing blanks and without the empty rows at the bottom."""
    ls = [l.rstrip() for l in s.splitlines()]
    while ls and not ls[-1]:
        ls.pop()
    return ls


def start(weft, history):
    tmux("kill-server", check=False)
    tmux("new-session", "-d", "-s", SESSION, "-x", "100", "-y", "40",
         "env WEFT_HISTORY=%s TERM=xterm %s" % (history, weft))
    wait_for(lambda s: any(l.startswith(">>>") for l in lines(s)), "the first prompt")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    if not shutil.which("tmux"):
        print("tmux is not installed: skipped")
        return 77
    weft = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp()
    history = os.path.join(tmp, "history")
    checks = 0
    try:
        start(weft, history)

        # Prompts, persistence, multi-line input with the continuation prompt.
        typed("x := 40")
        send("Enter")
        typed("func add(a, b int) int {")
        send("Enter")
        wait_for(lambda s: any(l == "..." for l in lines(s)), "the continuation prompt")
        typed("return a + b }")
        send("Enter")
        typed("add(x, 2)")
        send("Enter")
        wait_for(lambda s: "42" in lines(s), "42")
        checks += 1

        # History recall: Up brings back the previous input.
        send("Up")
        wait_for(lambda s: lines(s)[-1].endswith(">>> add(x, 2)"), "the recalled line")
        send("Enter")
        wait_for(lambda s: lines(s).count("42") == 2, "42 a second time")
        checks += 1

        # Tab completion: a package member, then a field after `x.`.
        typed("strings.ToUpp")
        send("Tab")
        wait_for(lambda s: lines(s)[-1].endswith(">>> strings.ToUpper"), "completed ToUpper")
        typed('("tab")')
        send("Enter")
        wait_for(lambda s: "TAB" in lines(s), "TAB")
        checks += 1
        typed('type Person struct{ Name string; Age int }')
        send("Enter")
        typed('who := Person{"Ada", 36}')
        send("Enter")
        typed("who.Na")
        send("Tab")
        wait_for(lambda s: lines(s)[-1].endswith(">>> who.Name"), "completed who.Name")
        send("Enter")
        wait_for(lambda s: "Ada" in lines(s), "Ada")
        checks += 1

        # A method declared in a later input than its type: completed for a value made before.
        typed('func (p Person) Greeting() string { return "hi " + p.Name }')
        send("Enter")
        typed("who.Gre")
        send("Tab")
        wait_for(lambda s: lines(s)[-1].endswith(">>> who.Greeting"), "completed who.Greeting")
        typed("()")
        send("Enter")
        wait_for(lambda s: "hi Ada" in lines(s), "hi Ada")
        checks += 1

        # Goroutine output appears above the line being edited, which stays intact.
        typed('go func() { n := 0; for i := 0; i < 30000000; i++ { n += i }; '
              'fmt.Println("background done") }()')
        send("Enter")
        typed("half typed")
        s = wait_for(lambda s: "background done" in lines(s), "the goroutine's output")
        wait_for(lambda s: lines(s)[-1].endswith(">>> half typed"), "the intact input line")
        ls = lines(screen())
        assert ls.index("background done") < len(ls) - 1, ls
        send("C-u")
        checks += 1

        # Ctrl-C stops what runs and returns to the prompt.
        typed("for {}")
        send("Enter")
        time.sleep(0.5)
        send("C-c")
        wait_for(lambda s: "interrupted" in lines(s), "interrupted")
        typed("x + 1")
        send("Enter")
        wait_for(lambda s: "41" in lines(s), "41 after the interrupt")
        checks += 1

        typed('defer fmt.Println("deferred until the end")')
        send("Enter")

        # Ctrl-C also ends a receive that blocks (for an hour: not a deadlock).
        typed("slow := make(chan int)")
        send("Enter")
        typed("go func() { time.Sleep(time.Hour); slow <- 1 }()")
        send("Enter")
        typed("<-slow")
        send("Enter")
        time.sleep(0.5)
        send("C-c")
        wait_for(lambda s: lines(s).count("interrupted") == 2, "interrupted a second time")
        typed("x + 3")
        send("Enter")
        wait_for(lambda s: "43" in lines(s), "43 after the interrupt")
        checks += 1

        # A top-level defer (typed before) ran nothing yet; it runs its call when the session
        # ends (Ctrl-D), after the prompt is gone: the pane stays to show it.
        assert "deferred until the end" not in lines(screen()), screen()
        tmux("set-option", "-t", SESSION, "remain-on-exit", "on")

        # Ctrl-D leaves; the history file has the inputs.
        if os.environ.get("WEFT_TMUX_SHOW"):
            print(screen())
        send("C-d")
        end = time.time() + 10
        while tmux("display-message", "-p", "-t", SESSION,
                   "#{pane_dead}", check=False).stdout.strip() != "1":
            assert time.time() < end, "the REPL did not exit on Ctrl-D"
            time.sleep(0.1)
        assert "deferred until the end" in lines(screen()), screen()
        tmux("kill-session", "-t", SESSION, check=False)
        time.sleep(0.3)
        with open(history) as f:
            saved = f.read()
        assert "add(x, 2)" in saved and "x := 40" in saved, saved
        checks += 1

        # A new run recalls the previous run's history.
        start(weft, history)
        send("Up")
        wait_for(lambda s: lines(s)[-1].endswith(">>> x + 3"), "history from the last run")
        send("Enter")
        wait_for(lambda s: "undefined: x" in screen(), "the recalled input evaluated")
        checks += 1
        send("C-d")
    except AssertionError as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        tmux("kill-server", check=False)
        shutil.rmtree(tmp, ignore_errors=True)
    print("ok   %d interactive checks passed" % checks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
