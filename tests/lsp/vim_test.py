#!/usr/bin/env python3
"""Headless Vim test of editors/vim: filetype detection and :make through compiler/weft.vim.

    vim_test.py --weft WEFT --editors EDITORS_DIR [--lsp SERVER_COMMAND]

Runs `vim -Nu NONE -es` with editors/vim on the runtimepath and checks
  * a *.go file under a `.weft` marker and a `#!/usr/bin/env weft` script without extension are
    detected (filetype go, b:weft, compiler weft), an ordinary Go file is not;
  * `:make check` and `:make` (run) on files with errors fill the quickfix list with the right
    file, line, column and message, including the "other declaration" line of a redeclaration;
  * a panic of a script run with `:make` gives one entry at the innermost frame;
  * 'errorformat' turns Go's own panic and race-report texts (recorded from Go 1.19, see
    /work/shared/GO-FACTS.md) into one entry each at the innermost frame, and ignores the rest;
  * when Neovim is installed, lua/weft-lsp.lua attaches `weft lsp` (or --lsp COMMAND) to a
    detected script and the server's diagnostic arrives with its range.
Expected messages are Go's (`go build` prints the same texts at the same places).
Exits 77 (skipped) when vim, or a vim with +eval, is missing.
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


def vim_string(s):
    return "'" + s.replace("'", "''") + "'"


def run_vim(editors, weft, workdir, file, commands):
    """Edits `file`, runs `commands`, returns what Vim saw as a dict."""
    out = os.path.join(workdir, "result.json")
    if os.path.exists(out):
        os.remove(out)
    script = os.path.join(workdir, "test.vim")
    with open(script, "w") as f:
        f.write("\n".join([
            "set nocompatible",
            "let &runtimepath = %s . ',' . &runtimepath" % vim_string(os.path.join(editors, "vim")),
            "filetype plugin on",
            "let g:weft_command = %s" % vim_string(weft),
            "edit %s" % file.replace(" ", "\\ "),
            "let r = {'filetype': &filetype, 'weft': get(b:, 'weft', 0),"
            " 'makeprg': &l:makeprg, 'errorformat': &l:errorformat}",
        ] + commands + [
            "let r.qf = map(filter(getqflist(), 'v:val.valid'), "
            "'{\"file\": fnamemodify(bufname(v:val.bufnr), \":p\"), \"lnum\": v:val.lnum, "
            "\"col\": v:val.col, \"text\": v:val.text}')",
            "call writefile([json_encode(r)], %s)" % vim_string(out),
            "qall!",
        ]) + "\n")
    p = subprocess.run(["vim", "-Nu", "NONE", "-i", "NONE", "-es", "-S", script],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
                       cwd=workdir)
    if not os.path.exists(out):
        raise AssertionError("vim wrote no result (status %d): %s %s" %
                             (p.returncode, p.stdout, p.stderr))
    with open(out) as f:
        return json.load(f)


NVIM_SCRIPT = """
vim.cmd('filetype plugin on')
require('weft-lsp').setup({ cmd = vim.fn.json_decode(os.getenv('WEFT_LSP')) })
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('WEFT_FILE')))
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format('%d:%d-%d:%d %s', d.lnum, d.col, d.end_lnum, d.end_col, d.message))
end
vim.fn.writefile(out, os.getenv('WEFT_OUT'))
vim.cmd('qall!')
"""


def test_neovim(editors, lsp_command, workdir, file):
    if not shutil.which("nvim"):
        print("nvim is not installed: the Neovim part is skipped")
        return
    script = os.path.join(workdir, "test.lua")
    out = os.path.join(workdir, "nvim.out")
    with open(script, "w") as f:
        f.write(NVIM_SCRIPT)
    env = dict(os.environ, WEFT_LSP=json.dumps(lsp_command), WEFT_FILE=file, WEFT_OUT=out,
               XDG_CACHE_HOME=os.path.join(workdir, "cache"))
    subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "--cmd",
                    "set runtimepath^=" + os.path.join(editors, "vim").replace(" ", "\\ "),
                    "-c", "luafile " + script.replace(" ", "\\ ")],
                   stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=300)
    got = open(out).read().splitlines() if os.path.exists(out) else []
    # bad.go: `x = y` on line 5 (0-based 4), column 2 (0-based 1).
    check(got == ["4:1-4:2 undefined: x"], "Neovim diagnostics from weft lsp: %r" % got)


def entries(result):
    return [(os.path.realpath(e["file"]), e["lnum"], e["col"], e["text"].strip())
            for e in result["qf"]]


# Go 1.19's output for tests/lsp/vim_test.py's panic program (an inlined frame has no +0x).
GO_PANIC = """panic: runtime error: index out of range [5] with length 3

goroutine 1 [running]:
main.get(...)
\t/abs/path/prog.go:4
main.main()
\t/abs/path/prog.go:9 +0x1d
exit status 2
"""

# Go's race report (GO-FACTS.md), with program output around it.
GO_RACE = """counter: 1
==================
WARNING: DATA RACE
Read at 0x00c0000ac008 by main goroutine:
  main.main()
      /abs/path/prog.go:14 +0xc8

Previous write at 0x00c0000ac008 by goroutine 7:
  main.main.func1()
      /abs/path/prog.go:11 +0x30

Goroutine 7 (finished) created at:
  main.main()
      /abs/path/prog.go:10 +0xae
==================
counter: 2
Found 1 data race(s)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--editors", required=True)
    ap.add_argument("--lsp", nargs="+", help="the language server command (default: WEFT lsp)")
    args = ap.parse_args()
    if not shutil.which("vim"):
        print("skipped: vim is not installed")
        return 77
    version = subprocess.run(["vim", "--version"], capture_output=True, text=True).stdout
    if "+eval" not in version:
        print("skipped: this vim has no +eval (vim-tiny?)")
        return 77
    weft = os.path.realpath(args.weft)
    editors = os.path.realpath(args.editors)
    workdir = os.path.realpath(tempfile.mkdtemp(prefix="weft-vim-test-"))
    try:
        project = os.path.join(workdir, "project")
        other = os.path.join(workdir, "other")
        os.makedirs(project)
        os.makedirs(other)
        open(os.path.join(project, ".weft"), "w").close()
        files = {
            "project/bad.go": "package main\n\nfunc main() {\n\ty := 1\n\tx = y\n}\n",
            "project/redecl.go":
                "package main\n\nfunc main() {\n\tx := 1\n\tvar x = 2\n\tprintln(x)\n}\n",
            "project/panic.go":
                "package main\n\nfunc get(a []int, i int) int {\n\treturn a[i]\n}\n\n"
                "func main() {\n\ta := []int{1, 2, 3}\n\tprintln(get(a, 5))\n}\n",
            "other/script":
                "#!/usr/bin/env weft\npackage main\n\nfunc main() {\n\tprintln(undefinedThing)\n}\n",
            "other/plain.go": "package main\n\nfunc main() {}\n",
        }
        for name, text in files.items():
            with open(os.path.join(workdir, name), "w") as f:
                f.write(text)
        path = lambda name: os.path.join(workdir, name)

        # Detection.
        r = run_vim(editors, weft, workdir, path("other/plain.go"), [])
        check(r["filetype"] == "go" and not r["weft"], "an ordinary Go file is not Weft's: %r" % r)
        check("weft" not in r["makeprg"], "an ordinary Go file keeps its compiler")

        r = run_vim(editors, weft, workdir, path("project/bad.go"), ["silent! make! check"])
        check(r["filetype"] == "go" and r["weft"] == 1, "marker detected: %r" % r)
        check(r["makeprg"].startswith(weft), "makeprg runs weft: %r" % r["makeprg"])
        want = [(path("project/bad.go"), 5, 2, "undefined: x")]
        check(entries(r) == want, ":make check quickfix %r, want %r" % (entries(r), want))

        r = run_vim(editors, weft, workdir, path("project/bad.go"), ["silent! make!"])
        check(entries(r) == want, ":make (run) quickfix %r, want %r" % (entries(r), want))

        r = run_vim(editors, weft, workdir, path("project/redecl.go"), ["silent! make! check"])
        want = [(path("project/redecl.go"), 5, 6, "x redeclared in this block"),
                (path("project/redecl.go"), 4, 2, "other declaration of x")]
        check(entries(r) == want, "redeclaration quickfix %r, want %r" % (entries(r), want))

        r = run_vim(editors, weft, workdir, path("other/script"), ["silent! make! check"])
        check(r["filetype"] == "go" and r["weft"] == 1, "shebang detected: %r" % r)
        want = [(path("other/script"), 5, 10, "undefined: undefinedThing")]
        check(entries(r) == want, "script quickfix %r, want %r" % (entries(r), want))

        r = run_vim(editors, weft, workdir, path("project/panic.go"), ["silent! make!"])
        want = [(path("project/panic.go"), 4, 0,
                 "runtime error: index out of range [5] with length 3")]
        check(entries(r) == want, "panic quickfix %r, want %r" % (entries(r), want))

        # errorformat on Go's own texts.
        for name, text, want in [
                ("panic", GO_PANIC,
                 [("/abs/path/prog.go", 4, 0, "runtime error: index out of range [5] with length 3")]),
                ("race", GO_RACE, [("/abs/path/prog.go", 14, 0, "DATA RACE")])]:
            lines = os.path.join(workdir, name + ".txt")
            with open(lines, "w") as f:
                f.write(text)
            r = run_vim(editors, weft, workdir, path("project/bad.go"),
                        ["compiler weft", "cgetfile %s" % lines])
            got = [(e["file"], e["lnum"], e["col"], e["text"].strip()) for e in r["qf"]]
            check(got == want, "%s report quickfix %r, want %r" % (name, got, want))

        test_neovim(editors, args.lsp or [weft, "lsp"], workdir, path("project/bad.go"))
    except AssertionError as e:
        failures.append(str(e))
        print("FAIL:", e)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
