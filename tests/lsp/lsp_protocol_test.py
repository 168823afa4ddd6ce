#!/usr/bin/env python3
"""Speaks the Language Server Protocol to a Weft language server over pipes.

    lsp_protocol_test.py [--check-json WEFT] -- SERVER_COMMAND...

SERVER_COMMAND is `weft lsp` (or tests/lsp's weft_lsp_server, the same server without the VM).
With --check-json, also runs `WEFT check --json` on the same programs.

Covers: initialize (capabilities, UTF-16 positions), didOpen of a file with an error and the
diagnostic's exact range (on a line with non-ASCII text before it, so UTF-16 columns matter),
an incremental didChange fixing it and the empty diagnostics list, a full-text didChange,
hover (declaration, doc comment, field, local), definition (local function, method, standard
library), completion (package members after `pkg.`, fields and methods after `x.`, names in
scope, nothing inside strings), documentSymbol, malformed input of every kind (each must get
the JSON-RPC error reply, and the server must keep serving), requests before initialize and
after shutdown, shutdown/exit and the exit status.

Expected diagnostics are Go's own wording (`go vet` / gc say "undefined: x" and
"declared and not used: x").
"""

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 60.0

PROGRAM = """package main

import "fmt"

// Greet returns a greeting for name.
func Greet(name string) string {
\treturn "hello, " + name
}

// Point is a place on the grid.
type Point struct {
\tX, Y int
}

// Move shifts the point to the right.
func (p *Point) Move(dx int) {
\tp.X += dx
}

func main() {
\tmsg := Greet("w\u00e9rld")
\tvar p Point
\tp.Move(2)
\tfmt.Println("\u00e9\U0001F600", msg, p.X, undefinedName)
}
"""

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)
    return cond


def utf16_col(line, index):
    """The UTF-16 column of Python string index `index` in `line`."""
    return len(line[:index].encode("utf-16-le")) // 2


def position_of(text, needle, occurrence=0, delta=0):
    """LSP position (UTF-16) of the occurrence-th `needle` in `text`, plus delta characters."""
    idx = -1
    for _ in range(occurrence + 1):
        idx = text.index(needle, idx + 1)
    idx += delta
    line = text.count("\n", 0, idx)
    start = text.rfind("\n", 0, idx) + 1
    return {"line": line, "character": utf16_col(text[start:], idx - start)}


class Server:
    def __init__(self, command, env):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env)
        self.messages = queue.Queue()
        self.next_id = 1
        self.pending_notifications = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii", "replace").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def receive(self):
        """The next message, or None at the end of the server's output."""
        try:
            return self.messages.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError("no message from the server within %ds" % TIMEOUT)

    def response(self, id):
        """Waits for the response with this id; notifications seen meanwhile are kept."""
        while True:
            msg = self.receive()
            if msg is None:
                raise AssertionError("server ended while waiting for response %r" % id)
            if "method" in msg and "id" not in msg:
                self.pending_notifications.append(msg)
                continue
            if msg.get("id") != id:
                raise AssertionError("expected response %r, got %r" % (id, msg))
            return msg

    def request(self, method, params):
        id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        return self.response(id)

    def notification(self, method):
        for i, msg in enumerate(self.pending_notifications):
            if msg["method"] == method:
                return self.pending_notifications.pop(i)
        while True:
            msg = self.receive()
            if msg is None:
                raise AssertionError("server ended while waiting for " + method)
            if msg.get("method") == method:
                return msg
            if "method" not in msg:
                raise AssertionError("unexpected response %r while waiting for %s" % (msg, method))
            self.pending_notifications.append(msg)

    def error_reply(self):
        """The next message, which must be an error response; returns (id, code)."""
        msg = self.receive()
        while msg is not None and "method" in msg:
            self.pending_notifications.append(msg)
            msg = self.receive()
        if msg is None or "error" not in msg:
            raise AssertionError("expected an error reply, got %r" % (msg,))
        return msg.get("id"), msg["error"]["code"]

    def wait(self):
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError("server did not exit")


def labels(result):
    items = result["items"] if isinstance(result, dict) else result
    return {i["label"] for i in items}


def test_session(command, env, workdir):
    path = os.path.join(workdir, "prog.go")
    with open(path, "w", encoding="utf-8") as f:
        f.write(PROGRAM)
    uri = "file://" + path
    doc = {"uri": uri}
    s = Server(command, env)

    # Before initialize: requests are refused with ServerNotInitialized.
    s.send({"jsonrpc": "2.0", "id": "early", "method": "textDocument/hover",
            "params": {"textDocument": doc, "position": {"line": 0, "character": 0}}})
    check(s.error_reply() == ("early", -32002), "request before initialize: -32002")

    r = s.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + workdir,
                                 "capabilities": {"textDocument": {"documentSymbol": {
                                     "hierarchicalDocumentSymbolSupport": True}}}})
    caps = r["result"]["capabilities"]
    check(caps.get("positionEncoding", "utf-16") == "utf-16", "default position encoding utf-16")
    sync = caps["textDocumentSync"]
    check(sync.get("change") == 2 and sync.get("openClose"), "incremental sync advertised")
    for cap in ("hoverProvider", "definitionProvider", "completionProvider",
                "documentSymbolProvider"):
        check(caps.get(cap), cap + " advertised")
    check("." in caps["completionProvider"].get("triggerCharacters", []), "'.' triggers completion")
    s.notify("initialized", {})

    # --- diagnostics ---------------------------------------------------------------------------
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "go",
                                                       "version": 1, "text": PROGRAM}})
    d = s.notification("textDocument/publishDiagnostics")["params"]
    check(d["uri"] == uri and d.get("version") == 1, "diagnostics for the opened version")
    diags = d["diagnostics"]
    start = position_of(PROGRAM, "undefinedName")
    end = dict(start, character=start["character"] + len("undefinedName"))
    check(len(diags) == 1, "one diagnostic, got %r" % diags)
    if diags:
        check(diags[0]["message"] == "undefined: undefinedName", "message: %r" % diags[0]["message"])
        check(diags[0]["range"] == {"start": start, "end": end},
              "range %r, want %r" % (diags[0]["range"], {"start": start, "end": end}))
        check(diags[0].get("severity") == 1, "severity error")

    # Fix it with an incremental change: undefinedName -> p.Y
    text = PROGRAM.replace("undefinedName", "p.Y")
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": start, "end": end}, "text": "p.Y"}]})
    d = s.notification("textDocument/publishDiagnostics")["params"]
    check(d.get("version") == 2 and d["diagnostics"] == [],
          "fixed: empty diagnostics for version 2, got %r" % d)

    # A full-text change introducing an unused variable, then back.
    broken = text.replace("\tvar p Point\n", "\tvar p Point\n\tunused := 1\n")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                        "contentChanges": [{"text": broken}]})
    d = s.notification("textDocument/publishDiagnostics")["params"]
    want = position_of(broken, "unused")
    check([x["message"] for x in d["diagnostics"]] == ["declared and not used: unused"],
          "unused variable reported: %r" % d["diagnostics"])
    check(d["diagnostics"] and d["diagnostics"][0]["range"]["start"] == want,
          "unused variable range")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                        "contentChanges": [{"text": text}]})
    d = s.notification("textDocument/publishDiagnostics")["params"]
    check(d["diagnostics"] == [], "clean again")

    # --- hover --------------------------------------------------------------------------------
    def hover(needle, occurrence=0, delta=0):
        r = s.request("textDocument/hover", {"textDocument": doc,
                                             "position": position_of(text, needle, occurrence, delta)})
        res = r.get("result")
        return res["contents"]["value"] if res else ""

    h = hover("Greet(\"", 0, 2)
    check("func Greet(name string) string" in h, "hover on a call shows the signature: %r" % h)
    check("Greet returns a greeting for name." in h, "hover shows the doc comment: %r" % h)
    h = hover("msg, p.X")
    check("var msg string" in h, "hover on a local: %r" % h)
    h = hover("p.X, p.Y", 0, 2)
    check("field X int" in h, "hover on a field: %r" % h)
    h = hover("Point struct")
    check("type Point struct" in h and "Point is a place on the grid." in h,
          "hover on a type declaration: %r" % h)
    h = hover("Println")
    check("func Println(" in h, "hover on a standard library function: %r" % h)
    h = hover("\"hello, \"", 0, 1)
    check("string" in h, "hover on a literal shows its type: %r" % h)

    # --- definition ---------------------------------------------------------------------------
    def definition(needle, occurrence=0, delta=0):
        r = s.request("textDocument/definition",
                      {"textDocument": doc, "position": position_of(text, needle, occurrence, delta)})
        return r.get("result")

    loc = definition("Greet(\"")
    check(loc and loc["uri"] == uri and loc["range"]["start"] == position_of(text, "Greet(name"),
          "definition of Greet: %r" % loc)
    loc = definition("Move(2)")
    check(loc and loc["range"]["start"] == position_of(text, "Move(dx"), "definition of Move: %r" % loc)
    loc = definition("msg, p.X")
    check(loc and loc["range"]["start"] == position_of(text, "msg :="), "definition of msg: %r" % loc)
    loc = definition("Println")
    ok = check(loc and loc["uri"].startswith("file://") and loc["uri"].endswith(".go"),
               "definition in the standard library: %r" % loc)
    if ok:
        lib = loc["uri"][len("file://"):]
        with open(lib, encoding="utf-8") as f:
            lines = f.read().split("\n")
        line = lines[loc["range"]["start"]["line"]]
        check("Println" in line[loc["range"]["start"]["character"]:],
              "the standard library location points at Println: %r" % line)

    # --- completion ---------------------------------------------------------------------------
    def complete_after(typed, needle):
        """Types `typed` (one line) right before `needle` and completes at its end."""
        pos = position_of(text, needle)
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 10},
            "contentChanges": [{"range": {"start": pos, "end": pos}, "text": typed + "\n\t"}]})
        cur = dict(pos, character=pos["character"] + len(typed.encode("utf-16-le")) // 2)
        r = s.request("textDocument/completion", {"textDocument": doc, "position": cur})
        s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 11},
                                            "contentChanges": [{"text": text}]})
        return r["result"]

    got = labels(complete_after("fmt.", "msg := Greet"))
    check({"Println", "Sprintf", "Errorf"} <= got, "fmt. offers package members: %s" % sorted(got)[:20])
    check(all(l[0].isupper() for l in got), "fmt. offers only exported names")
    got = labels(complete_after("p.", "fmt.Println(\""))
    check({"X", "Y", "Move"} <= got, "p. offers fields and methods: %s" % sorted(got))
    got = labels(complete_after("p.M", "fmt.Println(\""))
    check("Move" in got, "p.M offers Move: %s" % sorted(got))
    r = s.request("textDocument/completion",
                  {"textDocument": doc, "position": position_of(text, "fmt.Println(\"")})
    got = labels(r["result"])
    check({"msg", "p", "Greet", "Point", "fmt", "len", "main"} <= got,
          "names in scope: %s" % sorted(got)[:40])
    check("name" not in got, "another function's parameter is not in scope")
    r = s.request("textDocument/completion",
                  {"textDocument": doc, "position": position_of(text, "hello, ", 0, 3)})
    check(labels(r["result"]) == set(), "no completion inside a string")
    s.pending_notifications.clear()

    # --- documentSymbol -------------------------------------------------------------------------
    r = s.request("textDocument/documentSymbol", {"textDocument": doc})
    syms = {x["name"]: x for x in r["result"]}
    check({"Greet", "Point", "(*Point).Move", "main"} <= set(syms), "symbols: %s" % sorted(syms))
    if "Point" in syms:
        check({c["name"] for c in syms["Point"].get("children", [])} == {"X", "Y"},
              "Point's fields are its children")
        check(syms["Point"]["selectionRange"]["start"] == position_of(text, "Point struct"),
              "selection range is the name")

    # --- malformed input ----------------------------------------------------------------------
    def body(b):
        return b"Content-Length: %d\r\n\r\n" % len(b) + b

    s.send_raw(body(b"{not json"))
    check(s.error_reply() == (None, -32700), "invalid JSON: -32700")
    s.send_raw(body(b"[1, 2, 3]"))
    check(s.error_reply() == (None, -32600), "a JSON array: -32600")
    s.send_raw(body(b'"just a string"'))
    check(s.error_reply() == (None, -32600), "a JSON string: -32600")
    s.send({"jsonrpc": "2.0", "id": 500, "method": "no/such/method", "params": {}})
    check(s.error_reply() == (500, -32601), "unknown method: -32601")
    s.send({"jsonrpc": "2.0", "id": 501, "method": 42})
    check(s.error_reply() == (501, -32600), "method not a string: -32600")
    s.send({"jsonrpc": "1.0", "id": 502, "method": "shutdown"})
    check(s.error_reply() == (502, -32600), "wrong jsonrpc version: -32600")
    s.send({"jsonrpc": "2.0", "id": {"bad": 1}, "method": "shutdown"})
    check(s.error_reply() == (None, -32600), "id of the wrong type: -32600")
    s.send({"jsonrpc": "2.0", "id": 503, "method": "textDocument/hover", "params": "x"})
    check(s.error_reply() == (503, -32600), "params not structured: -32600")
    s.send({"jsonrpc": "2.0", "id": 504, "method": "textDocument/hover",
            "params": {"textDocument": doc}})
    check(s.error_reply() == (504, -32602), "missing position: -32602")
    s.send({"jsonrpc": "2.0", "id": 505, "method": "textDocument/hover",
            "params": {"textDocument": {"uri": "file:///nowhere.go"},
                       "position": {"line": 0, "character": 0}}})
    check(s.error_reply() == (505, -32602), "document never opened: -32602")
    s.send({"jsonrpc": "2.0", "id": 506, "method": "textDocument/hover",
            "params": {"textDocument": doc, "position": {"line": "x", "character": -1}}})
    check(s.error_reply() == (506, -32602), "bad position: -32602")
    s.send_raw(b"X-Nonsense: 1\r\n\r\n")
    check(s.error_reply() == (None, -32700), "no Content-Length: -32700")
    s.send_raw(b"Content-Length: lots\r\n\r\n")
    check(s.error_reply() == (None, -32700), "bad Content-Length: -32700")
    s.send_raw(b"\x00\xff garbage without any header\r\n\r\n")
    check(s.error_reply() == (None, -32700), "binary garbage: -32700")
    # An understated Content-Length: the body is cut (parse error) and its tail precedes the
    # next header on the same line; the server must find that next message.
    full = b'{"jsonrpc":"2.0","id":507,"method":"shutdown"}'
    s.send_raw(b"Content-Length: 10\r\n\r\n" + full)
    check(s.error_reply() == (None, -32700), "truncated body: -32700")
    # Unknown notifications and invalid ones are dropped silently.
    s.notify("no/such/notification", {})
    s.notify("textDocument/didChange", {"textDocument": 5})
    s.notify("textDocument/didOpen", {})
    r = s.request("textDocument/hover", {"textDocument": doc, "position": position_of(text, "msg :=")})
    check(r.get("result") and "var msg string" in r["result"]["contents"]["value"],
          "still serving after the garbage: %r" % r)
    check(s.proc.poll() is None, "server alive after the garbage")

    # --- shutdown / exit ------------------------------------------------------------------------
    r = s.request("shutdown", None)
    check("result" in r and r["result"] is None, "shutdown replies null")
    s.send({"jsonrpc": "2.0", "id": 600, "method": "textDocument/hover",
            "params": {"textDocument": doc, "position": {"line": 0, "character": 0}}})
    check(s.error_reply() == (600, -32600), "request after shutdown: -32600")
    s.notify("exit", None)
    check(s.wait() == 0, "exit after shutdown: status 0")

    # exit without shutdown: status 1.
    s2 = Server(command, env)
    s2.request("initialize", {"processId": None, "capabilities": {}})
    s2.notify("exit", {})
    check(s2.wait() == 1, "exit without shutdown: status 1")

    # End of input without exit.
    s3 = Server(command, env)
    s3.proc.stdin.close()
    check(s3.wait() == 1, "end of input: status 1")


def test_check_json(weft, workdir):
    bad = os.path.join(workdir, "bad.go")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(PROGRAM)
    p = subprocess.run([weft, "check", "--json", bad], capture_output=True, text=True,
                       timeout=TIMEOUT)
    check(p.returncode == 1, "check --json with an error exits 1 (got %d)" % p.returncode)
    diags = json.loads(p.stdout)
    line_no = PROGRAM[:PROGRAM.index("undefinedName")].count("\n") + 1
    line = PROGRAM.split("\n")[line_no - 1]
    col = len(line[:line.index("undefinedName")].encode("utf-8")) + 1
    want = {"file": os.path.realpath(bad), "line": line_no, "column": col, "endLine": line_no,
            "endColumn": col + len("undefinedName"), "severity": "error",
            "message": "undefined: undefinedName"}
    check(diags == [want], "check --json output %r, want %r" % (diags, [want]))
    # The text form names the same place.
    p2 = subprocess.run([weft, "check", bad], capture_output=True, text=True, timeout=TIMEOUT)
    check("%s:%d:%d: undefined: undefinedName" % (os.path.realpath(bad), line_no, col)
          in p2.stderr, "weft check agrees: %r" % p2.stderr)

    good = os.path.join(workdir, "good.go")
    with open(good, "w", encoding="utf-8") as f:
        f.write(PROGRAM.replace("undefinedName", "p.Y"))
    p = subprocess.run([weft, "check", "--json", good], capture_output=True, text=True,
                       timeout=TIMEOUT)
    check(p.returncode == 0 and json.loads(p.stdout) == [], "clean file: [] and status 0")
    p = subprocess.run([weft, "check", "--json", os.path.join(workdir, "missing.go")],
                       capture_output=True, text=True, timeout=TIMEOUT)
    out = json.loads(p.stdout)
    check(p.returncode == 1 and len(out) == 1 and out[0]["line"] == 0, "missing file reported")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-json", metavar="WEFT", help="also test WEFT check --json")
    ap.add_argument("command", nargs="+")
    args = ap.parse_args()
    workdir = os.path.realpath(tempfile.mkdtemp(prefix="weft-lsp-test-"))
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(workdir, "cache"))
    try:
        test_session(args.command, env, workdir)
        if args.check_json:
            test_check_json(args.check_json, workdir)
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
