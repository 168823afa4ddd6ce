#!/usr/bin/env python3
"""Checks editors/vscode: the manifest, and (with --package) that the extension packages.

    vscode_test.py EXTENSION_DIR             validate package.json and extension.js
    vscode_test.py --package EXTENSION_DIR   npm install + npx @vscode/vsce package

Validation: the fields VS Code and vsce require; the three commands the issue asks for, with
their titles; every command used in a menu is contributed and registered by extension.js;
the problem matchers' regexps match weft's output (a diagnostic, a panic's trace); the
shebang pattern; `node --check extension.js` when node is installed.

Packaging runs in a copy of the folder and needs npm and the npm registry; without them it
exits 77 (skipped). The vsce release is the newest one that supports the installed Node.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)
    return cond


def js_regex(pattern):
    """The JavaScript regexps used here are also Python regexps (no lookbehind, no flags)."""
    return re.compile(pattern)


def validate(ext):
    with open(os.path.join(ext, "package.json")) as f:
        pkg = json.load(f)
    for field in ("name", "displayName", "description", "version", "publisher", "engines", "main"):
        check(field in pkg, "package.json has %s" % field)
    check(re.fullmatch(r"[a-z0-9][a-z0-9-]*", pkg.get("name", "")), "name is lowercase")
    check(re.fullmatch(r"\d+\.\d+\.\d+", pkg.get("version", "")), "version is semver")
    check(re.fullmatch(r"\^\d+\.\d+\.\d+", pkg.get("engines", {}).get("vscode", "")),
          "engines.vscode is a range")
    main = os.path.join(ext, pkg.get("main", ""))
    check(os.path.isfile(main), "main file exists")
    check(os.path.isfile(os.path.join(ext, "README.md")), "README.md exists")
    check("vscode-languageclient" in pkg.get("dependencies", {}), "depends on vscode-languageclient")
    check("onLanguage:go" in pkg.get("activationEvents", []), "activates on Go files")

    contributes = pkg.get("contributes", {})
    commands = {c["command"]: "%s: %s" % (c.get("category", ""), c["title"]) if c.get("category")
                else c["title"] for c in contributes.get("commands", [])}
    for command, title in [("weft.run", "Weft: Run"),
                           ("weft.runRace", "Weft: Run with race detector"),
                           ("weft.openRepl", "Weft: Open REPL")]:
        check(commands.get(command) == title, "command %s titled %r (got %r)" %
              (command, title, commands.get(command)))
    with open(main) as f:
        source = f.read()
    for command in commands:
        check("registerCommand('%s'" % command in source, "extension.js registers " + command)
    for menu, entries in contributes.get("menus", {}).items():
        for e in entries:
            check(e["command"] in commands, "menu %s uses a contributed command" % menu)

    matchers = {m["name"]: m for m in contributes.get("problemMatchers", [])}
    check("weft" in matchers, "problem matcher $weft")
    if "weft" in matchers:
        p = matchers["weft"]["pattern"]
        m = js_regex(p["regexp"]).match("/home/u/prog.go:12:5: undefined: x")
        check(m and m.group(p["file"]) == "/home/u/prog.go" and m.group(p["line"]) == "12" and
              m.group(p["column"]) == "5" and m.group(p["message"]) == "undefined: x",
              "$weft matches a diagnostic")
    if check("weft-panic" in matchers, "problem matcher $weft-panic"):
        lines = ["panic: runtime error: index out of range [5] with length 3", "",
                 "goroutine 1 [running]:", "main.get(...)", "\t/abs/path/prog.go:4"]
        patterns = matchers["weft-panic"]["pattern"]
        check(len(patterns) == len(lines) and
              all(js_regex(p["regexp"]).match(l) for p, l in zip(patterns, lines)),
              "$weft-panic matches Go's panic output line by line")
        m = js_regex(patterns[-1]["regexp"]).match("\t/abs/path/prog.go:9 +0x1d")
        check(m and m.group(patterns[-1]["line"]) == "9", "$weft-panic reads a frame with +0x")
    langs = contributes.get("languages", [])
    first = [l["firstLine"] for l in langs if l.get("id") == "go" and "firstLine" in l]
    check(first and js_regex(first[0]).match("#!/usr/bin/env weft") and
          not js_regex(first[0]).match("package main"), "shebang recognised as Go")

    if shutil.which("node"):
        p = subprocess.run(["node", "--check", main], capture_output=True, text=True)
        check(p.returncode == 0, "node --check extension.js: " + p.stderr)
    else:
        print("node is not installed: extension.js syntax not checked")


def vsce_spec():
    p = subprocess.run(["node", "--version"], capture_output=True, text=True)
    major = int(re.match(r"v(\d+)", p.stdout).group(1)) if p.returncode == 0 else 0
    if major >= 22:
        return "@vscode/vsce@latest"
    if major >= 20:
        return "@vscode/vsce@3.9.2"
    return "@vscode/vsce@2.32.0"


def package(ext):
    if not shutil.which("npm") or not shutil.which("npx") or not shutil.which("node"):
        print("skipped: npm is not installed")
        return 77
    work = tempfile.mkdtemp(prefix="weft-vscode-test-")
    try:
        copy = os.path.join(work, "vscode")
        shutil.copytree(ext, copy, ignore=shutil.ignore_patterns("node_modules", "*.vsix"))
        env = dict(os.environ, npm_config_cache=os.path.join(work, "npm-cache"),
                   npm_config_update_notifier="false", npm_config_fund="false",
                   npm_config_audit="false", npm_config_fetch_retries="1",
                   npm_config_fetch_timeout="60000")
        p = subprocess.run(["npm", "install", "--omit=dev", "--no-package-lock"], cwd=copy,
                           env=env, capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            print("skipped: npm install failed (no registry?):", p.stderr[-1500:])
            return 77
        p = subprocess.run(["npx", "--yes", vsce_spec(), "package", "--skip-license",
                            "--allow-missing-repository", "--out", "weft.vsix"],
                           cwd=copy, env=env, capture_output=True, text=True, timeout=600,
                           input="y\n")
        if p.returncode != 0 and "ENOTFOUND" in p.stderr + p.stdout:
            print("skipped: the npm registry is unreachable")
            return 77
        if check(p.returncode == 0, "vsce package: %s %s" % (p.stdout[-2000:], p.stderr[-2000:])):
            with zipfile.ZipFile(os.path.join(copy, "weft.vsix")) as z:
                names = set(z.namelist())
            for name in ("extension/package.json", "extension/extension.js",
                         "extension/node_modules/vscode-languageclient/package.json",
                         "extension.vsixmanifest"):
                check(name in names, "the .vsix holds " + name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", action="store_true")
    ap.add_argument("extension")
    args = ap.parse_args()
    ext = os.path.realpath(args.extension)
    if args.package:
        status = package(ext)
    else:
        validate(ext)
        status = 1 if failures else 0
    if status == 1:
        print("%d failure(s)" % len(failures))
    elif status == 0:
        print("ok")
    return status


if __name__ == "__main__":
    sys.exit(main())
