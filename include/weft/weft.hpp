// Weft: an embeddable interpreter for a small Go.
//
//   #include <weft/weft.hpp>          // CMake: find_package(weft CONFIG); target weft::weft
//
//   weft::Runtime rt;                 // one VM instance; several may live in one process
//   weft::Program p = rt.compile("hello.go", "package main\nfunc main() { println(\"hi\") }");
//   int status = rt.run(p);           // the exit status `weft hello.go` would have
//
// Threading: a Runtime may be used from one host thread at a time, except interrupt(), which
// any thread may call at any time. Different Runtimes are fully independent (no global state)
// and may run at the same time on different host threads. A Program is immutable and may be
// shared between threads, but runs only on the Runtime that compiled it.
//
// Errors: compile errors, panics that end a run, limits and interrupts are reported as
// weft::Error (derived from std::runtime_error) whose what() is the text the weft command would
// print: `file:line:col: message` lines for compile errors, Go's `panic: ...` text for panics.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

namespace detail {
struct ProgramData;
struct RuntimeData;
}  // namespace detail

// How a Runtime is configured. Every field has a usable default.
struct Options {
  int workers = 0;                         // worker threads; 0: the machine's hardware threads
  bool race = false;                       // data-race detector on
  std::size_t max_heap_bytes = 0;          // 0: unlimited
  std::size_t max_goroutines = 0;          // 0: unlimited
  std::vector<std::string> packages;       // importable packages; empty: the default safe set
  std::function<void(std::string_view)> out, err;  // script stdout/stderr; empty: the process's
  std::vector<std::string> args;           // os.Args[1:]
};

// One diagnostic of a compilation (an error or a vet-style warning).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  bool warning = false;
  std::string str() const;  // "file:line:col: message"
};

class Error : public std::runtime_error {
 public:
  enum class Kind { Compile, Panic, Limit, Interrupt, Internal };
  Error(Kind kind, const std::string& what, std::vector<Diagnostic> diagnostics = {})
      : std::runtime_error(what), kind_(kind), diagnostics_(std::move(diagnostics)) {}
  Kind kind() const { return kind_; }
  // For Kind::Compile: every error (at most 10) and warning, in source order.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  Kind kind_;
  std::vector<Diagnostic> diagnostics_;
};

// A compiled program: immutable, runnable many times. Cheap to copy (shared).
class Program {
 public:
  Program() = default;
  bool valid() const { return data_ != nullptr; }
  // Warnings the compilation produced (e.g. copylocks); errors throw instead.
  const std::vector<Diagnostic>& warnings() const;
  // Readable bytecode annotated with source lines (what `weft disasm` prints).
  std::string disassemble() const;

 private:
  friend class Runtime;
  std::shared_ptr<const detail::ProgramData> data_;
};

class Runtime {
 public:
  // Creates a VM instance. Starts no threads until something runs.
  explicit Runtime(Options options = {});
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Parses, type-checks and compiles one main package. Throws Error(Kind::Compile) whose
  // what() holds up to 10 `file:line:col: message` lines. Host thread; cost: proportional to
  // the source (and the packages it imports, cached per Runtime).
  Program compile(std::string_view filename, std::string_view source);
  // Reads the file and compiles it; a missing file throws Error(Kind::Compile).
  Program compile_file(const std::filesystem::path& path);
  // Type-checks only: every diagnostic (errors and warnings). Never throws for bad source.
  std::vector<Diagnostic> check(std::string_view filename, std::string_view source);

  // Runs package initialization and main.main; returns when main returns (0), the program
  // panics or hits a fatal error (2, after printing Go's report to the err sink), calls
  // os.Exit(n) (n), or is interrupted. Host thread; blocks the caller.
  int run(const Program& program);

  // Any thread: makes a running run()/call() end as soon as possible.
  void interrupt();

 private:
  std::unique_ptr<detail::RuntimeData> data_;
};

// The version string, e.g. "0.1.0".
const char* version();

}  // namespace weft
