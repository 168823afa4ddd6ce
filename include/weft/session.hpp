// weft::Session: an interactive Weft session — the engine of the REPL (`weft` with no
// arguments), usable by any host. No terminal code here: the host reads lines (readline or a
// pipe) and shows output; the session keeps the program state.
//
//   weft::Session s;                                // output goes to stdout / stderr
//   s.eval("x := 6");                               // declarations persist
//   s.eval("x * 7");                                // prints "42" (Go's %v)
//   s.eval("go func() { for v := range ch { fmt.Println(v) } }()");  // keeps running
//   if (s.incomplete("func f() {")) { ... read another line, append, ask again ... }
//
// ---- What an input is -------------------------------------------------------------------------
// Declarations (var, const, type, func, import) and top-level `x := e` persist for the rest of
// the session; declaring a name again replaces it for later inputs (code compiled earlier keeps
// what it was compiled against). Methods may come in later inputs than their type: they join
// its method set at once, for values made earlier too (declaring a method again replaces it; it
// must keep its signature). An expression statement prints its value in Go's %v form (several
// results separated by spaces; fmt.Print* and fmt.Fprint* print only their own output). Other
// statements run. A standard package is imported the first time its name is used. Errors print
// `<input>:line:col: message` and change nothing; a panic prints Go's report and ends only the
// input (calls the input deferred run, and may recover).
// The inputs together are the body of main: a top-level `defer` statement's call (function and
// arguments evaluated at once) runs when the session ends, at eval(":quit") or ":reset", after
// those of later inputs; not at os.Exit, nor when the Session is merely destroyed (a host ends
// a session with eval(":quit"); the weft command does so at Ctrl-D and at the end of input).
// `:help` lists the commands.
//
// ---- How it works (no re-running) -------------------------------------------------------------
// Each input is compiled incrementally (lang/check/session.hpp, compile::Incremental) into one
// growing program run by one VM instance: new globals and functions are appended, and the
// input's statements become a fresh function run on a new goroutine. Goroutines started by
// earlier inputs keep their state and keep running on the VM's worker threads between inputs
// (a thread of the session waits for them and reports their panics).
//
// ---- Threading --------------------------------------------------------------------------------
// One host thread calls eval/incomplete/complete. interrupt() may be called from any thread
// (e.g. a SIGINT handler's helper). The out/err callbacks are called from the thread running
// Go code: the eval() caller's, or the session's background thread while no eval() runs, so
// they must be thread-safe with respect to what the host does meanwhile (the weft command
// prints goroutine output above its readline prompt).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

class Session {
 public:
  struct Options {
    // Script output (print, fmt, printed values) and errors (diagnostics, panic reports);
    // empty: the process's stdout / stderr.
    std::function<void(std::string_view)> out, err;
    // Called (from any session thread) when the script calls os.Exit(status). Empty: the status
    // is kept (exit_status()) and eval returns Result::Exit.
    std::function<void(int status)> exit;
    // Let goroutines run between inputs (true), or only while eval() runs.
    bool background = true;
    // Worker threads running goroutines (GOMAXPROCS); 0: the machine's hardware threads.
    int workers = 0;
  };

  enum class Result {
    Ok,          // evaluated (or a command ran); errors were printed to err
    Error,       // a compile error or panic was printed to err
    Incomplete,  // the input is unfinished: nothing happened; read more and call again
    Quit,        // :quit
    Exit,        // the script called os.Exit (see exit_status)
  };

  Session();
  explicit Session(Options options);
  ~Session();  // stops every goroutine
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Evaluates one input: Go source (one or more lines) or a `:command`. `final`: no more text
  // will come (end of file), so an unfinished input is a syntax error, not Result::Incomplete.
  Result eval(std::string_view input, bool final = false);
  // True when the parser reports an error at the end of the input: more text could complete
  // it (an open brace, parenthesis, raw string, trailing operator).
  bool incomplete(std::string_view input) const;
  // Completion candidates for the word ending at `cursor` in `line`: keywords, names in scope,
  // package names, `pkg.` members, fields and methods after `x.`. `*start` receives where the
  // completed word begins (candidates replace line[*start, cursor)).
  std::vector<std::string> complete(std::string_view line, std::size_t cursor, std::size_t* start);
  // Any thread: stops the Go code eval() is running (eval then returns Error after printing
  // "interrupted"). Goroutines running in the background are not affected.
  void interrupt();
  // The status passed to os.Exit, once Result::Exit was returned.
  int exit_status() const;
  // The text of :help.
  static const char* help();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace weft
