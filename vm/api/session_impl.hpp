// The state behind weft::Session (include/weft/session.hpp), shared by vm/api/session*.cpp:
// session.cpp (eval, commands, the background thread), session_cells.cpp (turning an input
// into cells: parsing, segments, auto-import, printed values), session_complete.cpp.
//
// An input becomes one or more *cells*, each a file of package main checked by
// lang::check::Session and compiled by compile::Incremental:
//   - declarations (var, const, type, func, import): one cell of those declarations;
//   - statements: split at top-level `x := e` and declaration statements. Each `x := e`
//     becomes a cell `var x = e` (a package variable: it persists), each var/const/type
//     declaration a cell of that declaration, each run of other statements a cell
//     holding `func weftInput__() { statements }`, run on a new goroutine.
// Every cell's text is the input with everything outside the cell blanked (newlines kept)
// behind a one-line header (`package main; import (...); var ` or `... func weftInput__() {`),
// so positions in the cell are the input's (line 1: shifted by the header, corrected in
// diagnostics). The session's imports are repeated in every cell's header, marked used.
//
// Threading: the host thread runs eval(); between evals the background thread is the Machine's
// host (runBackground: the goroutines run on the VM's workers). eval() sets `stop`, joins the
// background thread (the world is then stopped), and only then touches the Machine.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <weft/session.hpp>

#include "lang/ast.hpp"
#include "lang/check/session.hpp"
#include "lang/compile/compile.hpp"
#include "lang/diagnostic.hpp"
#include "vm/machine.hpp"

namespace weft {

// The session's own package: `defer weftrepl__.KeepDefers()` ends the body of an input that
// defers calls, so that they run when the session ends (vm::Machine::keepSessionDefers).
inline constexpr const char* kSessionPackage = "weftrepl__";

struct Session::Impl {
  Options options;
  vm::NativeRegistry natives;  // the standard library's and the session package's
  std::unique_ptr<lang::check::Session> checker;
  std::unique_ptr<compile::Incremental> compiler;
  std::unique_ptr<vm::Machine> machine;
  // The session's imports (name, path) in the order they came; every cell repeats them.
  std::vector<std::pair<std::string, std::string>> imports;
  int exitStatus = 0;
  bool exited = false;

  std::thread background;
  std::atomic<bool> stop{false};
  std::mutex runningMutex;  // guards `running` against interrupt()
  bool running = false;     // eval() is running Go code

  explicit Impl(Options opts);
  ~Impl();
  void start();  // a fresh state (constructor, :reset)
  void out(std::string_view s) { options.out(s); }
  void err(std::string_view s) { options.err(s); }

  // ---- background goroutines (session.cpp) ----
  void pauseBackground();
  void resumeBackground();
  // The session ends (:quit, :reset, destruction): runs the deferred calls of top-level
  // `defer` statements, the last deferred first (the background must be paused).
  void runDeferred();
  bool deferredRun = false;

  // ---- inputs (session_cells.cpp) ----
  // How the parser sees an input.
  struct Shape {
    enum Kind { Decls, Stmts, Incomplete, Bad } kind = Bad;
    lang::Diagnostics errors;  // Bad: the syntax errors (input positions)
    // Stmts: the top-level statements, as byte ranges of the input; define: a `:=` statement
    // (opOffset: where its `:=` is).
    struct Stmt {
      std::size_t begin, end;
      bool define;  // `x := e`
      bool decl;    // var, const or type: declared at package level (it persists)
      std::size_t opOffset;
    };
    std::vector<Stmt> stmts;
  };
  Shape shape(std::string_view input) const;
  // One cell ready to run: its initialization function and, for statements, its body.
  struct Compiled {
    int32_t init = -1;
    int32_t body = -1;
  };
  // One cell of an input: its range of the input and what it is.
  struct Segment {
    enum Kind { Decls, Var, Stmts } kind;
    std::size_t begin, end;
    std::size_t opOffset = 0;  // Var: the `:=`
  };
  bool compileCell(std::string_view input, const Segment& seg, Compiled& out);
  // Checks and compiles `input` as cells; on any error prints the diagnostics, restores the
  // session's names and returns false.
  bool compileInput(std::string_view input, const Shape& shape, std::vector<Compiled>& cells);
  // :load — a whole Go file of package main, declarations only.
  bool compileFile(const std::string& filename, std::string_view source,
                   std::vector<Compiled>& cells);
  // :type — the type of an expression, or the diagnostics.
  bool typeOf(std::string_view expr, std::string* out);
  // The type of `expr` as a constant (`header` ends in "const name = "), or null.
  const types::Type* constantType(const std::string& header, std::string_view expr);
  // Runs compiled cells in order; false after a panic, interrupt or exit.
  bool run(const std::vector<Compiled>& cells);
  void printDiagnostics(const lang::Diagnostics& ds, std::size_t headerLen);
};

// A standard package's import path for a name used as `name.X` ("strings" -> "strings",
// "rand" -> "math/rand"), or "".
std::string standardPackageFor(std::string_view name);

}  // namespace weft
