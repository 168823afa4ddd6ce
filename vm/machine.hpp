// vm::Machine — one VM instance running one compiled Program.
//
// Usage (what a host such as the CLI does):
//
//   auto built = weft::compile::build("prog.go", source);          // lang/compile/compile.hpp
//   if (!built.program) { print built.diagnostics; return 1; }
//   weft::vm::MachineOptions opts;
//   opts.out = [](std::string_view s) { fwrite(s.data(), 1, s.size(), stdout); };
//   opts.err = [](std::string_view s) { fwrite(s.data(), 1, s.size(), stderr); };
//   opts.args = {"prog.go", "arg1"};
//   weft::vm::Machine m(built.program, opts);
//   int status = m.run();   // package init, then main.main; 0, 2 on panic, n on os.Exit(n)
//
// The Machine owns the heap, the package variables, the goroutines and the output sinks. There is
// no global state: two Machines can run side by side. A Machine is driven by one thread at a time
// (`run()` returns when the program ends); natives called from it may use the services below.
//
// Scheduling: run() drives goroutines with a simple loop on the calling thread (runLoop). The
// goroutine state (vm/goroutine.hpp) and `interpret()` know nothing of that loop, so an M:N
// scheduler replaces runLoop, spawn, ready, park and sleep and calls interpret() per time slice;
// collection then happens with the world stopped, through visitRoots().
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/goroutine.hpp"
#include "vm/heap.hpp"
#include "vm/method_table.hpp"
#include "vm/native.hpp"
#include "vm/program.hpp"
#include "vm/race/options.hpp"

namespace weft::vm {

namespace race {
class Detector;
}

struct MachineOptions {
  // Output sinks; the defaults write to the process's stdout / stderr.
  std::function<void(std::string_view)> out;
  std::function<void(std::string_view)> err;
  std::vector<std::string> args;  // os.Args (args[0] is the program name)
  std::size_t maxHeapBytes = 0;   // 0: unlimited
  std::size_t maxGoroutines = 0;  // 0: unlimited (enforced by the embedding loop, machine_call.cpp)
  // Race mode (`weft --race`): the Program must have been compiled with compile::Options::race.
  bool race = false;
  race::Options raceOptions;  // GORACE
};

// How a run of the embedding loop (vm/machine_call.cpp) ended.
enum class CallEnd : uint8_t {
  Returned,        // the goroutine's function returned (results written)
  Panicked,        // an unrecovered panic or fatal error in the called goroutine (report written)
  Crashed,         // another goroutine panicked, or deadlock: the program is over (report written)
  Exited,          // os.Exit(status)
  Interrupted,     // Machine::interrupt was set (checked at time slice boundaries)
  HeapLimit,       // the heap grew past MachineOptions::maxHeapBytes
  GoroutineLimit,  // more goroutines than MachineOptions::maxGoroutines
};

class Machine {
 public:
  Machine(std::shared_ptr<const Program> program, MachineOptions options = {});
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Runs package initialization and main.main to the end of the program. Returns the exit
  // status: 0 when main returns, 2 after an unrecovered panic, fatal error or deadlock, n after
  // os.Exit(n). Crash reports go to the `err` sink. Call once.
  int run();

  // ---- embedding (vm/machine_call.cpp) ----------------------------------------------------
  // The loop the embedding API runs instead of run(): same scheduling, crash reports and exit
  // statuses, plus host interrupts and the goroutine/heap limits checked between time slices.
  // One host thread at a time.
  //
  // Runs package initialization unless it already ran on this Machine. Crash reports go to
  // `report` when it is not null, else to the err sink.
  CallEnd initialize(int* status, std::string* report = nullptr);
  bool initialized() const { return initialized_; }
  // Runs the entry function (package initialization and main.main) on a fresh Machine, or
  // main.main alone once initialize() ran. `status` gets the CLI's exit status.
  CallEnd runMain(int* status);
  // Runs `proto` (a package-level function) on a new goroutine with `nargs` argument words until
  // it returns (`results` receives proto->nresults words) or something ends the call. Crash
  // reports of the call go to `report` (not to the err sink). Precondition: initialized().
  CallEnd callFunction(const FuncProto* proto, const Word* args, std::size_t nargs, Word* results,
                       std::string* report, int* status);

  // ---- services for natives and the interpreter ------------------------------------------
  Heap& heap() { return *heap_; }
  const Program& program() const { return *program_; }
  const MachineOptions& options() const { return options_; }
  void writeOut(std::string_view s) { options_.out(s); }
  void writeErr(std::string_view s) { options_.err(s); }

  // Ends the program with `status` (os.Exit): the current goroutine stops at once.
  void requestExit(int status);
  bool exitRequested() const { return exitRequested_; }

  // Starts a goroutine running the closure `fn` (or the function `proto` when fn is null) with
  // the given argument words. `creator` is the goroutine running the `go` statement.
  Goroutine* spawn(const FuncProto* proto, const Closure* fn, const Word* args, std::size_t nargs,
                   Goroutine* creator);
  // Makes a goroutine parked by a native runnable again (its results already written).
  void ready(Goroutine& g);
  // For a native about to return NativeResult::Park: parks `g` with Go's wait reason (for
  // deadlock reports, e.g. "chan receive").
  void park(Goroutine& g, std::string_view waitReason);
  // For a native about to return NativeResult::Park: `g` becomes runnable again after `nanos`
  // nanoseconds (time.Sleep). Sleeping goroutines are never reported as deadlocked.
  void sleep(Goroutine& g, int64_t nanos);
  Goroutine* current() { return current_; }
  ImplementsCache& implementsCache() { return implements_; }
  // The race detector (vm/race/), or null when not in race mode.
  race::Detector* race() { return race_.get(); }

  // Package variables: one word each (see GlobalInfo::Storage).
  Word* globals() { return globals_.data(); }
  // The heap copies of the Program's string constants.
  const Word* stringConstants() const { return strings_.data(); }
  // Per-call-site caches for interface method calls (each holds a MethodTarget* or null).
  std::atomic<const MethodTarget*>* callSiteCaches() { return callSites_.get(); }
  // The closure value of a plain function (no captures), created once per Machine.
  Closure* funcValue(uint32_t funcIndex);

  // Any thread: set to end the program as soon as possible (the host's interrupt). run()
  // then returns kInterruptedStatus without a report.
  std::atomic<bool> interrupt{false};
  static constexpr int kInterruptedStatus = 130;

  // Collects garbage if the heap asks for it. Precondition: every goroutine is at a safepoint
  // (true in the simple run loop: only the current goroutine runs, and it called this).
  void maybeCollect();
  // Prints the crash report for `g` (panic chain and traces) to the err sink.
  void reportPanic(Goroutine& g);
  void reportFatal(Goroutine& g, std::string_view message, bool allGoroutines);
  std::string traceback(const Goroutine& g) const;
  // Reports every GC root: package variables (typed), string constants, function values, and
  // for each goroutine its registers (conservatively), frames' closures, deferred calls and
  // panic values. Precondition: the world is stopped.
  void visitRoots(RootVisitor& v);

 private:
  int runLoop();
  void finish(Goroutine& g);
  bool fireTimers(bool wait);

  std::shared_ptr<const Program> program_;
  MachineOptions options_;
  std::unique_ptr<Heap> heap_;
  std::vector<Word> globals_;
  std::vector<Word> strings_;
  std::unique_ptr<std::atomic<Closure*>[]> funcValues_;
  std::unique_ptr<std::atomic<const MethodTarget*>[]> callSites_;
  std::vector<std::unique_ptr<Goroutine>> goroutines_;
  std::deque<Goroutine*> runQueue_;
  struct Timer {
    std::chrono::steady_clock::time_point when;
    uint64_t seq;
    Goroutine* g;
    bool operator>(const Timer& o) const { return when != o.when ? when > o.when : seq > o.seq; }
  };
  std::vector<Timer> timers_;  // a min-heap on `when`
  uint64_t timerSeq_ = 0;
  ImplementsCache implements_;
  Goroutine* current_ = nullptr;
  uint64_t nextGoroutineId_ = 1;
  bool exitRequested_ = false;
  int exitStatus_ = 0;
  // Embedding (vm/machine_call.cpp).
  CallEnd runUntil(Goroutine* target, Word* results, int* status, std::string* report);
  bool waitForTimers();
  std::unique_ptr<FuncProto> initProto_;
  bool initialized_ = false;
  std::unique_ptr<race::Detector> race_;
  // Race mode: the status of a program that ended (Go's racefini: "Found N data race(s)").
  int raceEnd(int status, bool normalEnd);
};

}  // namespace weft::vm
