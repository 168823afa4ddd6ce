// Weft: an embeddable interpreter for a small Go.
//
//   #include <weft/weft.hpp>    // CMake: find_package(weft CONFIG) + target weft::weft;
//                               // pkg-config: `pkg-config --cflags --libs weft`
//
//   weft::Runtime rt;                                  // one VM instance
//   rt.define("host", "Log", [](std::string s) { std::cerr << s << "\n"; });
//   weft::Program p = rt.compile("job.go", R"(
//       package main
//       import "host"
//       var calls int
//       func Double(x int) int { calls++; host.Log("doubling"); return 2 * x }
//       func main() { println("hi") })");
//   int status = rt.run(p);                            // the exit status `weft job.go` would have
//   int y = rt.call<int>(p, "Double", 21);             // 42; package variables persist
//
// ---- Threading --------------------------------------------------------------------------------
// A Runtime is driven by one host thread at a time: compile, check, define, run and call must
// not overlap on the same Runtime (use one Runtime per thread, or a lock). The exceptions:
// interrupt() and make_chan, any thread at any time; Chan operations, any host thread at any
// time (see Chan); blocking host functions (weft::blocking) run on the Runtime's own pool.
// Different Runtimes share nothing (there is no global state) and may run at the same time on
// different host threads. A Program is immutable and may be copied to other threads, but it runs
// only on the Runtime that compiled it.
//
// ---- Program state ----------------------------------------------------------------------------
// Each Runtime keeps one VM instance (heap, package variables, goroutines) per Program it runs.
// Package initialization runs once, on the first run() or call() of that Program; later runs and
// calls see the package variables as the previous ones left them. Goroutines a run or call
// started and did not finish stay in that instance and continue during its next run or call.
// Anything that ends a Go program abnormally — a panic outside the called function, a fatal
// error or deadlock, os.Exit, interrupt(), a limit — discards the instance: the next run or call
// of the Program starts over with package initialization. A panic of the function call() called
// (after its deferred calls ran) only ends that call.
//
// ---- Errors -----------------------------------------------------------------------------------
// weft::Error (a std::runtime_error) whose what() is the text the weft command would print:
// `file:line:col: message` lines for compile errors, Go's `panic: ...` report (with goroutine
// traces) for panics. kind() says which.
//
// ---- Sandbox ----------------------------------------------------------------------------------
// Options::packages lists the packages a script may import. Empty means the default safe set:
// every standard package except "os" (files, environment, standard input). Listing packages
// replaces the default set; standard_packages() lists them all (the weft command allows all).
// Host packages made with define() are always importable. A standard package may still use
// another one internally (fmt uses os's streams): the rule is about what scripts import.
//
// ---- Values across the boundary (define and call) ---------------------------------------------
//   C++                                   Go
//   int, std::int64_t (any signed int)    int
//   double, float                         float64
//   bool                                  bool
//   std::string, std::string_view         string   (a string_view argument of a host function
//                                                   is valid until the function returns)
//   std::vector<T>                        []T
//   std::map<K, V>                        map[K]V
//   weft::Chan<T>                         chan T   (not copied: the same channel on both sides;
//                                                   an invalid Chan is a nil channel)
//   void                                  no result
//   std::tuple<T...> (results only)       multiple results
// Conversions copy: a slice or map the host returns is a new Go value, and one the host receives
// is a C++ copy. A Go int received as a narrower C++ integer (call<int>) is truncated as by
// static_cast. Named Go types (type ID int), structs, pointers, interfaces, funcs and
// directional channel types (<-chan T) do not cross the boundary.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "weft/detail/convert.hpp"

namespace weft {

namespace detail {
struct ProgramData;
struct RuntimeData;
}  // namespace detail

// How a Runtime is configured. Every field has a usable default.
struct Options {
  // Worker threads that run goroutines (Go's GOMAXPROCS); 0: the machine's hardware threads.
  // Each Program instance has its own workers, started by its first run()/call(); between two
  // calls its goroutines do not run (the host thread only waits while a call runs).
  int workers = 0;
  // Data-race detector on (`weft --race`): programs are compiled with race checks and run
  // slower; each race found is reported like Go's race detector on the `err` sink, and run()
  // returns 66 (or race_options' exitcode) when the program ended normally after a race.
  bool race = false;
  // Go's GORACE options for the detector: "halt_on_error=1 exitcode=N history_size=N". A bad
  // option makes the Runtime constructor throw Error(Kind::Usage).
  std::string race_options;
  // Heap limit in bytes; 0: unlimited. Checked after each time slice (a goroutine runs ~20000
  // calls and loop iterations per slice) once garbage was collected: a script over it ends with
  // Error(Kind::Limit). A single huge allocation is not refused before it happens.
  std::size_t max_heap_bytes = 0;
  // Live goroutines; 0: unlimited. Checked after each time slice: Error(Kind::Limit).
  std::size_t max_goroutines = 0;
  // Importable packages; empty: the default safe set (see "Sandbox" above).
  std::vector<std::string> packages;
  // Script stdout/stderr (print, println, fmt, os.Stdout, crash reports of run()); empty: the
  // process's. Called on the worker threads running the script, one call at a time.
  std::function<void(std::string_view)> out, err;
  // os.Args[1:] (os.Args[0] is the file name given to compile).
  std::vector<std::string> args;
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
  enum class Kind {
    Compile,    // syntax, type or sandbox errors: what() has `file:line:col: message` lines
    Panic,      // an unrecovered panic, fatal error or deadlock: Go's report
    Limit,      // max_heap_bytes or max_goroutines exceeded
    Interrupt,  // interrupt() stopped the run or call
    Internal,   // a bug in Weft
    Exit,       // call(): the script called os.Exit(status()) (run() returns the status instead)
    Usage,      // the host misused the API: unknown function, argument types that do not match
  };
  Error(Kind kind, const std::string& what, std::vector<Diagnostic> diagnostics = {},
        int status = 0)
      : std::runtime_error(what),
        kind_(kind),
        diagnostics_(std::move(diagnostics)),
        status_(status) {}
  Kind kind() const { return kind_; }
  // For Kind::Compile: every error (at most 10) and warning, in source order.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // The exit status the weft command would have had: n for Exit, 2 for Panic and Limit, 130
  // for Interrupt.
  int status() const { return status_; }

 private:
  Kind kind_;
  std::vector<Diagnostic> diagnostics_;
  int status_ = 0;
};

// A compiled program: immutable, runnable many times. Cheap to copy (shared).
class Program {
 public:
  Program() = default;
  bool valid() const { return data_ != nullptr; }
  // Warnings the compilation produced (e.g. copylocks); errors throw instead.
  const std::vector<Diagnostic>& warnings() const;
  // Readable bytecode annotated with source lines (what `weft disasm --all` prints): every
  // function, the standard library's included.
  std::string disassemble() const;
  // The same, for `allPackages` false only the main package's functions (its closures, method
  // wrappers and initialization included): what `weft disasm` prints.
  std::string disassemble(bool allPackages) const;

 private:
  friend class Runtime;
  std::shared_ptr<const detail::ProgramData> data_;
};

// A channel shared by host threads and goroutines: `chan T` on the Go side (T one of the types
// of "Values across the boundary"). Make one with Runtime::make_chan, or receive one from Go
// (a call result or a host function argument). Cheap to copy: copies are the same channel.
//
// A Chan made by make_chan is not yet tied to a Program instance: until it is first converted
// to a Go value (passed to call(), returned by a host function) it is a C++ buffer of up to
// `capacity` values; sends beyond that (all sends, if unbuffered) wait for the binding, and
// receives take buffered values or wait. The first conversion binds it to that Program's
// instance for good (the buffered values move into the Go channel, a close carries over);
// passing it to another Program, or another instance after the first one ended, throws
// Error(Kind::Usage). A Chan received from Go is bound to its instance from the start.
//
// Thread rules: send, recv and close may be called from any host thread at any time, also
// while a run()/call() is in progress on another thread, and from blocking host functions
// (weft::blocking). A waiting send or recv blocks the calling host thread and never a worker:
// called from a plain (non-blocking) host function, i.e. on a worker thread, an operation that
// would have to wait throws Error(Kind::Usage) instead. A goroutine blocked on a bound channel
// wakes a waiting host thread at once; but goroutines run only while a run()/call() of their
// Program is in progress, so a host thread waiting for a goroutine waits until the next one
// (and the driving thread must not wait for goroutines itself between two calls).
// While any Chan handle of an instance exists, goroutines blocked on channels of that instance
// are not reported as deadlocked (the host might still send). Once the instance has ended (see
// "Program state"), operations on its Chans throw Error(Kind::Usage).
template <class T>
class Chan {
 public:
  // An invalid Chan (the nil channel): every operation throws Error(Kind::Usage).
  Chan() = default;
  bool valid() const { return core_ != nullptr; }
  // Sends v, waiting until a receiver or buffer space takes it. On a closed channel throws
  // Error(Kind::Panic) "send on closed channel" (Go's panic text).
  void send(T v) const { detail::chanSend(core(), &v); }
  // The next value; waits for one. nullopt once the channel is closed and drained.
  std::optional<T> recv() const {
    std::optional<T> out;
    detail::chanRecv(core(), &out);
    return out;
  }
  // Closes the channel (receivers drain it, then get nullopt / Go's zero value with ok false).
  // Closing a closed channel throws Error(Kind::Panic) "close of closed channel".
  void close() const { detail::chanClose(core()); }
  std::size_t capacity() const { return core().capacity; }

 private:
  template <class, class>
  friend struct detail::Convert;
  friend class Runtime;
  detail::ChanCore<T>& core() const {
    if (!core_) detail::throwInvalidChan();
    return *core_;
  }
  std::shared_ptr<detail::ChanCore<T>> core_;
};

class Runtime {
 public:
  // Creates a VM instance. Starts no threads. Cheap.
  explicit Runtime(Options options = {});
  // Ends every Program instance (their goroutines simply stop). Not while a run/call is active.
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // ---- compiling (the driving host thread) ----------------------------------------------------

  // Parses, type-checks and compiles one main package. Throws Error(Kind::Compile) whose
  // what() holds up to 10 `file:line:col: message` lines. Cost: proportional to the source and
  // the packages it imports.
  Program compile(std::string_view filename, std::string_view source);
  // Reads the file and compiles it; a missing file throws Error(Kind::Compile).
  Program compile_file(const std::filesystem::path& path);
  // Type-checks only: every diagnostic (errors and warnings). Never throws for bad source.
  std::vector<Diagnostic> check(std::string_view filename, std::string_view source);

  // ---- host functions (the driving host thread) ----------------------------------------------

  // Makes `fn` callable from scripts as `package.name` after `import "package"`. The Go
  // signature follows from fn's C++ signature (see "Values across the boundary"), e.g.
  //   rt.define("host/math", "Hypot", [](double a, double b) { return std::hypot(a, b); });
  //   // Go: import "host/math"; math.Hypot(3, 4)  — func Hypot(p0, p1 float64) float64
  // `fn` may be a function pointer, a lambda (capturing state is fine) or another callable; it
  // is copied (or moved) into the Runtime and lives as long as the Runtime.
  // An exception thrown by `fn` becomes a Go panic in the calling goroutine with the text of
  // what() (scripts may recover it). `fn` runs on a worker thread running the script (not the
  // thread inside run()/call(), which only waits), on several at once when goroutines call it
  // concurrently, and must not call back into this Runtime (run, call, compile, define); it may
  // use Chans, but an operation that would wait throws (a worker must never block). Wrap it in
  // weft::blocking(...) for host functions that wait (I/O, Chan receives): those run on the
  // Runtime's pool for blocking calls, never on a worker, while the goroutine parks.
  // `package` is an import path of identifiers joined by '/', not a standard package; `name`
  // must be exported (start with an upper-case letter). Defining a name again replaces it for
  // Programs compiled afterwards. Throws Error(Kind::Usage) for bad names. Cost: a few
  // microseconds; affects only later compile() calls.
  template <class F>
  void define(std::string_view package, std::string_view name, F&& fn) {
    define_function(package, name, detail::makeHostFunction(std::forward<F>(fn)));
  }

  // ---- running (the driving host thread; blocks it) ------------------------------------------

  // Runs main.main (after package initialization, the first time; see "Program state"). Returns
  // the status the weft command would exit with: 0 when main returns, 2 after an unrecovered
  // panic or fatal error (Go's report goes to the err sink), n after os.Exit(n) (which never
  // exits the host process). Throws Error(Kind::Interrupt) after interrupt(), Error(Kind::Limit)
  // when a limit is exceeded, Error(Kind::Usage) for a Program of another Runtime.
  int run(const Program& program);

  // Runs the package-level function `func` of package main on a new goroutine with `args` and
  // waits for it; returns its result converted to R (void: none; std::tuple<...>: several).
  // The argument and result types must match the Go signature exactly (after conversion, see
  // "Values across the boundary"), otherwise Error(Kind::Usage). A panic in the function
  // throws Error(Kind::Panic) with Go's report; os.Exit throws Error(Kind::Exit); interrupt()
  // and limits throw as for run(). Cost: a goroutine start (~1 µs) plus the conversions.
  template <class R = void, class... A>
  R call(const Program& program, std::string_view func, A&&... args) {
    static_assert(!std::is_same_v<R, std::string_view>,
                  "call<std::string_view> would dangle: use call<std::string>");
    detail::CallContext ctx = begin_call(program, func, {detail::Convert<std::decay_t<A>>::go()...},
                                         detail::Results<R>::go());
    std::vector<detail::Word> words =
        convert_args<A...>(ctx, std::index_sequence_for<A...>{}, std::forward<A>(args)...);
    finish_call(ctx, words);
    return detail::Results<R>::from(ctx.marshal, ctx.resultTypes.data(), ctx.results.data());
  }

  // Any thread: a new channel of `chan T` with `capacity` buffer slots (see Chan). Binds to
  // a Program instance on its first conversion to Go. Cost: one allocation.
  template <class T>
  Chan<T> make_chan(std::size_t capacity = 0) {
    Chan<T> c;
    c.core_ = std::make_shared<detail::ChanCore<T>>(capacity);
    return c;
  }

  // Any thread, any time: makes the run()/call() in progress on this Runtime end as soon as
  // possible (within one time slice: endless loops included) with Error(Kind::Interrupt). Does
  // nothing when nothing runs. Cost: a mutex and an atomic store.
  void interrupt();

 private:
  void define_function(std::string_view package, std::string_view name,
                       std::unique_ptr<detail::HostFunction> fn);
  detail::CallContext begin_call(const Program& program, std::string_view func,
                                 std::vector<std::string> params, std::vector<std::string> results);
  void finish_call(detail::CallContext& ctx, const std::vector<detail::Word>& args);
  template <class... A, std::size_t... I, class... Args>
  static std::vector<detail::Word> convert_args(const detail::CallContext& ctx,
                                                std::index_sequence<I...>, Args&&... args) {
    return {detail::Convert<std::decay_t<A>>::to(ctx.marshal, ctx.paramTypes[I], args)...};
  }

  std::unique_ptr<detail::RuntimeData> data_;
};

// Marks a host function as blocking, for define(): `rt.define("host", "Fetch",
// weft::blocking([](std::string url) { return download(url); }))`. When a goroutine calls it,
// the arguments are converted on the worker, the goroutine parks (wait reason "syscall" in
// traces) and `fn` runs on a thread of the Runtime's pool for blocking calls, so slow host I/O
// never stalls other goroutines, even with one worker. Its result is converted back on a worker
// when the goroutine resumes; an exception becomes a Go panic as for other host functions.
// `fn` sees C++ values only: string_view arguments arrive as views of a private copy. The pool
// starts a thread per concurrent blocking call (up to 64, then calls queue); threads are made
// on demand and end with the Runtime, whose destructor waits for calls still running. Go's
// signature is the same as without blocking(). Cost: two thread hand-offs per call (~10-50 µs).
template <class F>
detail::Blocking<std::decay_t<F>> blocking(F&& fn) {
  return detail::Blocking<std::decay_t<F>>{std::forward<F>(fn)};
}

// Every standard package's import path, sorted (e.g. for Options::packages to allow all).
std::vector<std::string> standard_packages();

// The version string, e.g. "0.1.0".
const char* version();

}  // namespace weft
