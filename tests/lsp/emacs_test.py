#!/usr/bin/env python3
"""Batch Emacs test of editors/emacs/weft-mode.el.

    emacs_test.py --weft WEFT --editors EDITORS_DIR

Checks that weft-mode.el byte-compiles without warnings; that a `#!/usr/bin/env weft` script
and a *.go file under a `.weft` marker open in weft-mode and an ordinary Go file does not;
that compile-command runs weft on the file; that `weft-check` on a file with an error yields
the error's place through the compilation regexps (and Go's own panic and race-report texts
their innermost frames); and that eglot, when present, knows `weft lsp`.
Exits 77 (skipped) when emacs is missing.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)
    return cond


# Go 1.19's output for a panic (an inlined frame first) and Go's race report (GO-FACTS.md).
CANNED = """panic: runtime error: index out of range [5] with length 3

goroutine 1 [running]:
main.get(...)
\t/abs/path/prog.go:4
main.main()
\t/abs/path/prog.go:9 +0x1d
==================
WARNING: DATA RACE
Read at 0x00c0000ac008 by main goroutine:
  main.main()
      /abs/path/race.go:14 +0xc8
"""

ELISP = r"""
(progn
  (require 'weft-mode)
  (defun weft-test--report (key value)
    (princ (format "%s\t%s\n" key (json-encode value))))
  (require 'json)
  (dolist (f (list (getenv "WEFT_MARKED") (getenv "WEFT_SCRIPT") (getenv "WEFT_PLAIN")))
    (with-current-buffer (find-file-noselect f)
      (weft-test--report (concat "mode:" (file-name-nondirectory f)) (symbol-name major-mode))
      (when (eq major-mode 'weft-mode)
        (weft-test--report (concat "compile-command:" (file-name-nondirectory f))
                           compile-command))))
  (defun weft-test--errors (buffer)
    (with-current-buffer buffer
      (compilation--ensure-parse (point-max))
      (goto-char (point-min))
      (let (out)
        (condition-case nil
            (while t
              (compilation-next-error 1)
              (let* ((msg (get-text-property (point) 'compilation-message))
                     (loc (compilation--message->loc msg)))
                (push (vector (caar (compilation--loc->file-struct loc))
                              (compilation--loc->line loc)
                              (or (compilation--loc->col loc) 0))
                      out)))
          (error nil))
        (vconcat (nreverse out)))))
  (with-current-buffer (get-buffer-create "*canned*")
    (insert (getenv "WEFT_CANNED"))
    (weft-compilation-mode)
    (weft-test--report "canned" (weft-test--errors (current-buffer))))
  (with-current-buffer (find-file-noselect (getenv "WEFT_MARKED"))
    (let ((buf (weft-check)))
      (while (get-buffer-process buf) (accept-process-output nil 0.1))
      (weft-test--report "check" (weft-test--errors buf))))
  (weft-test--report "contact" (vconcat (weft--eglot-contact)))
  (when (require 'eglot nil t)
    (weft-test--report "eglot" (and (assq 'weft-mode eglot-server-programs) t))))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--editors", required=True)
    args = ap.parse_args()
    if not shutil.which("emacs"):
        print("skipped: emacs is not installed")
        return 77
    weft = os.path.realpath(args.weft)
    lisp = os.path.join(os.path.realpath(args.editors), "emacs")
    workdir = os.path.realpath(tempfile.mkdtemp(prefix="weft-emacs-test-"))
    try:
        # Byte-compile a copy, warnings as errors.
        shutil.copy(os.path.join(lisp, "weft-mode.el"), workdir)
        p = subprocess.run(["emacs", "--batch", "-Q", "--eval",
                            "(progn (setq byte-compile-error-on-warn t) "
                            "(kill-emacs (if (byte-compile-file \"weft-mode.el\") 0 1)))"],
                           cwd=workdir, capture_output=True, text=True, timeout=300)
        check(p.returncode == 0, "weft-mode.el byte-compiles cleanly: %s" % p.stderr[-2000:])

        project = os.path.join(workdir, "project")
        other = os.path.join(workdir, "other")
        os.makedirs(project)
        os.makedirs(other)
        open(os.path.join(project, ".weft"), "w").close()
        marked = os.path.join(project, "bad.go")
        script = os.path.join(other, "script")
        plain = os.path.join(other, "plain.go")
        with open(marked, "w") as f:
            f.write("package main\n\nfunc main() {\n\ty := 1\n\tx = y\n}\n")
        with open(script, "w") as f:
            f.write("#!/usr/bin/env weft\npackage main\n\nfunc main() {}\n")
        with open(plain, "w") as f:
            f.write("package main\n\nfunc main() {}\n")
        env = dict(os.environ, WEFT_MARKED=marked, WEFT_SCRIPT=script, WEFT_PLAIN=plain,
                   WEFT_CANNED=CANNED, HOME=workdir)
        p = subprocess.run(["emacs", "--batch", "-Q", "-L", lisp,
                            "--eval", "(setq weft-command %s)" % json.dumps(weft),
                            "--eval", ELISP],
                           capture_output=True, text=True, timeout=300, env=env, cwd=workdir)
        got = {}
        for line in p.stdout.splitlines():
            key, _, value = line.partition("\t")
            got[key] = json.loads(value)
        check(p.returncode == 0, "emacs ran the test (status %d): %s" % (p.returncode, p.stderr[-2000:]))
        check(got.get("mode:bad.go") == "weft-mode", "marker: %r" % got.get("mode:bad.go"))
        check(got.get("mode:script") == "weft-mode", "shebang: %r" % got.get("mode:script"))
        check(got.get("mode:plain.go") != "weft-mode", "plain Go: %r" % got.get("mode:plain.go"))
        check(got.get("compile-command:bad.go") == "%s %s" % (weft, marked),
              "compile-command: %r" % got.get("compile-command:bad.go"))
        check(got.get("canned") == [["/abs/path/prog.go", 4, 0], ["/abs/path/prog.go", 9, 0],
                                    ["/abs/path/race.go", 14, 0]],
              "panic and race frames: %r" % got.get("canned"))
        check(got.get("check") == [[marked, 5, 2]], "weft-check error: %r" % got.get("check"))
        check(got.get("contact") == [weft, "lsp"], "eglot contact: %r" % got.get("contact"))
        if "eglot" in got:
            check(got["eglot"] is True, "eglot-server-programs has weft-mode")
        else:
            print("eglot is not available: its registration is not checked")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
