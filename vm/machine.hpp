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
// The Machine owns the heap, the package variables, the goroutines, the scheduler and the output
// sinks. There is no global state: two Machines can run side by side. One host thread at a time
// drives a Machine (`run()` and the embedding calls return when the program or call ends);
// natives called from it may use the services below from any worker thread.
//
// ---- Scheduling ------------------------------------------------------------------------------
// Goroutines are tasks of the M:N scheduler (vm/scheduler.hpp) on MachineOptions::workers
// threads. Its run callback (runSlice, vm/machine.cpp) calls interpret() for one time slice and
// maps the result. The host thread never runs goroutines: runUntil (vm/machine_call.cpp) spawns
// the goroutine it waits for, lets the workers run (start() the first time, startTheWorld()
// afterwards), sleeps until the run ends (target returned, a panic, os.Exit, deadlock, a limit,
// or the host's interrupt) and then stops the world again. Between two host calls the world
// stays stopped: leftover goroutines wait, timers do not fire, nothing collects, so the host may
// read result words and allocate arguments without rooting them.
//
// ---- Ending a run ----------------------------------------------------------------------------
// Whatever ends a run calls endRun() first (under endMu_; the first one wins). From then on
// output of other goroutines is dropped (main returning or os.Exit ends the program at once in
// Go), the host's external-waker registration keeps the idle scheduler from reporting a
// deadlock while the world is not yet stopped, and the host wakes up.
//
// ---- Garbage collection ----------------------------------------------------------------------
// A worker whose goroutine ended a slice (a safepoint) and sees Heap::collectionWanted() stops
// the world (Scheduler::stopTheWorld: every other worker parks between two slices, the timer
// thread pauses), collects with visitRoots(), and restarts it.
//
// ---- Host threads (the embedding API, vm/api/) ---------------------------------------------
// Host threads other than the driving one (weft::Chan users, blocking host calls) may touch
// the heap while goroutines run: they do so only while holding HostAccess::mutex shared, for
// short steps that never wait for a goroutine. The collector takes it exclusively after
// stopping the world, so nothing allocates or reads the heap during a collection, and it
// reports HostAccess::visitRoots (channels held by the host, values in flight) with the others.
//
// ---- Locks (lock order: top to bottom; none is held while calling into the scheduler) --------
// HostAccess::mutex (taken by the collector after the world stopped). endMu_: the run state
// (runState_). gMu_: the goroutine list. outMu_: the output sinks (leaf).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "vm/goroutine.hpp"
#include "vm/heap.hpp"
#include "vm/method_table.hpp"
#include "vm/native.hpp"
#include "vm/program.hpp"
#include "vm/race/options.hpp"
#include "vm/scheduler.hpp"
#include "vm/waiter.hpp"

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
  std::size_t maxGoroutines = 0;  // 0: unlimited (checked after every time slice)
  // Worker threads (GOMAXPROCS); 0: the machine's hardware threads.
  int workers = 0;
  // An interactive session (weft::Session, vm/machine_session.cpp): the end of a run (a cell
  // returning) is not the end of the program, so other goroutines' output is never dropped.
  bool session = false;
  // Race mode (`weft --race`): the Program must have been compiled with compile::Options::race.
  bool race = false;
  race::Options raceOptions;  // GORACE
};

// What the embedding layer (vm/api/host_link.hpp) attaches to a Machine: see "Host threads".
class HostAccess {
 public:
  virtual ~HostAccess() = default;
  // Held shared by host threads while they touch the heap; exclusively by the collector.
  std::shared_mutex mutex;
  // Reports the host's roots. Called by visitRoots with `mutex` held exclusively.
  virtual void visitRoots(RootVisitor& v) = 0;
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
  // What the embedding API runs instead of run(): same scheduling, crash reports and exit
  // statuses, plus host interrupts and the goroutine/heap limits checked between time slices.
  // One host thread at a time; between two calls the world is stopped (see above).
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

  // ---- interactive sessions (vm/machine_session.cpp, weft::Session) ----------------------
  // Needs MachineOptions::session. All of these run on the host thread between host calls
  // (the world stopped), like the embedding calls.
  //
  // The Program grew (compile::Incremental appended functions, globals, strings, call sites,
  // or rebuilt method tables): size this Machine's tables to match, drop its method caches.
  void programGrew();
  // Runs `proto` (no parameters or results) on a new goroutine until it returns (runUntil;
  // reports go to the err sink). On Interrupted the goroutine is abandoned: it never runs
  // another instruction of its function (a parked one stays parked until woken, then ends).
  // Crashed: a deadlock, or another goroutine panicked (that one is dead; the rest live on).
  CallEnd runCell(const FuncProto* proto, int* status);
  // Top-level `defer` statements of a session's inputs are deferred calls of "main", the whole
  // session: they run when it ends. keepSessionDefers (any thread, from a native the session
  // defers last in an input's body, so it runs first) moves the deferred calls of `g`'s
  // outermost frame to the session; runSessionDefers runs every call kept so far, the last
  // deferred first, on a new goroutine, like runCell (Returned at once when there is none).
  void keepSessionDefers(Goroutine& g);
  CallEnd runSessionDefers(int* status);
  // Lets the goroutines run (the world started, the host counting as an external waker, so
  // goroutines waiting for the next input are no deadlock) until `stop` is set, then stops the
  // world. A goroutine's panic or fatal error is reported to the err sink and ends only that
  // goroutine. Returns Returned, or Exited (os.Exit: `status`) or a limit.
  CallEnd runBackground(const std::atomic<bool>& stop, int* status);
  // A snapshot of every live goroutine, by id: state or wait reason and current source line.
  struct GoroutineView {
    uint64_t id;
    std::string state;  // "runnable", "running", or the wait reason ("chan receive", "sleep")
    std::string func;   // innermost visible function
    std::string file;
    int line;
  };
  std::vector<GoroutineView> goroutineViews() const;

  // ---- services for natives and the interpreter ------------------------------------------
  Heap& heap() { return *heap_; }
  const Program& program() const { return *program_; }
  const MachineOptions& options() const { return options_; }
  // The output sinks, called one at a time (from any worker). Output of a run that has ended
  // (main returned, os.Exit, a crash) is dropped.
  void writeOut(std::string_view s);
  void writeErr(std::string_view s);

  // Ends the program with `status` (os.Exit): the current goroutine stops at once (the
  // interpreter checks exitRequested() after every native call), the others with the world.
  void requestExit(int status);
  bool exitRequested() const { return exitRequested_.load(std::memory_order_relaxed); }

  // Starts a goroutine running the closure `fn` (or the function `proto` when fn is null) with
  // the given argument words. `creator` is the goroutine running the `go` statement (null from
  // the host or a timer). Any thread (a worker, the host with the world stopped, the timer
  // thread in a fire function).
  // `raceFrom` (race mode): a sync slot the new goroutine acquires before it starts (a timer
  // spawning AfterFunc's f: the AfterFunc/Reset call happens before f runs).
  Goroutine* spawn(const FuncProto* proto, const Closure* fn, const Word* args, std::size_t nargs,
                   Goroutine* creator, RaceSlot* raceFrom = nullptr);
  // Makes a goroutine parked by a native runnable again (its results already written). Any
  // thread; at most once per park (vm/schedulable.hpp). The primitives of vm/channel.hpp,
  // vm/sync_prims.hpp and vm/time_prims.hpp ready the goroutines they park themselves.
  void ready(Goroutine& g);
  // For a native about to return NativeResult::Park: records Go's wait reason (for deadlock
  // reports, e.g. "sync.Mutex.Lock"); `waitReason` must have static storage duration (the
  // primitives' SyncOutcome/ChanOpResult::waitReason do). NativeCall::park does this.
  void park(Goroutine& g, const char* waitReason);
  // The goroutine running on the calling worker thread; null on any other thread.
  Goroutine* current();
  // Live goroutines (runtime.NumGoroutine).
  std::size_t goroutineCount() const { return liveGoroutines_.load(std::memory_order_relaxed); }
  // runtime.Gosched: the goroutine running on this worker yields after the current native call.
  void yieldCurrent(Goroutine& g) { g.yieldNow = true; }

  // ---- blocking primitives (docs/concurrency-primitives.md) --------------------------------
  // What every primitive of vm/channel.hpp, vm/select.hpp, vm/sync_prims.hpp and
  // vm/time_prims.hpp takes: this Machine's scheduler and heap, and the race detector (null
  // unless --race). One per Machine, stable for its whole life (timers keep a pointer to it).
  // Pass the goroutine as the primitive's `self` (Goroutine is a Schedulable) and its own
  // `waiter` / `scratch` / `sleepTimer`; see vm/native.hpp for a native that parks.
  SyncEnv& syncEnv() { return syncEnv_; }
  Scheduler& scheduler() { return *sched_; }
  // The race detector's hooks (issue 4), or null for none. Set it before the first
  // run()/initialize()/runMain()/callFunction(); the primitives read SyncEnv::race unlocked.
  void setRaceHooks(RaceHooks* hooks) { syncEnv_.race = hooks; }
  ImplementsCache& implementsCache() { return implements_; }
  // The race detector (vm/race/), or null when not in race mode.
  race::Detector* race() { return race_.get(); }
  // The embedding layer's state for this instance (see "Host threads"), or null. Set it before
  // the first run; it must outlive the Machine.
  void setHostAccess(HostAccess* h) { host_ = h; }
  HostAccess* hostAccess() const { return host_; }

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

  // Collects garbage if the heap asks for it: stops the world, collects, restarts it. From a
  // worker whose goroutine is at a safepoint (between slices, or inside a native that holds
  // no unrooted heap references); never from the host thread (the world is stopped between
  // calls, and nothing collects then).
  void maybeCollect();
  // The crash report for `g` (panic chain and traces) / a fatal error (with every goroutine
  // when `allGoroutines`): the text, and the variants that print it to the err sink.
  std::string panicReport(Goroutine& g);
  std::string fatalReport(Goroutine& g, std::string_view message, bool allGoroutines);
  void reportPanic(Goroutine& g) { writeErr(panicReport(g)); }
  void reportFatal(Goroutine& g, std::string_view message, bool allGoroutines) {
    writeErr(fatalReport(g, message, allGoroutines));
  }
  std::string traceback(const Goroutine& g) const;
  // Reports every GC root: package variables (typed), string constants, function values, for
  // each goroutine its registers (conservatively), frames' closures, deferred calls and panic
  // values, the results a finished call left for the host, and every pending timer.
  // Precondition: the world is stopped.
  void visitRoots(RootVisitor& v);

 private:
  // The state of the current run (host call), guarded by endMu_.
  struct RunState {
    Goroutine* target = nullptr;  // the goroutine the host waits for
    bool ended = false;
    CallEnd end = CallEnd::Returned;
    int status = 0;
    std::string report;         // crash report, delivered by the host thread
    std::size_t nresults = 0;   // of the target's function
    std::vector<Word> results;  // the target's results (GC roots until the host took them)
  };

  SliceResult runSlice(Goroutine& g, Worker& w);
  void onDeadlock();
  // Ends the current run (the first call wins; later ones are ignored). Any thread.
  void endRun(CallEnd end, int status, std::string report);
  void endRunLocked(CallEnd end, int status, std::string report);
  // Removes a goroutine that will never run again from the list and frees it.
  void finish(Goroutine& g);
  void writeSink(const std::function<void(std::string_view)>& sink, std::string_view s);
  CallEnd runUntil(Goroutine* target, Word* results, int* status, std::string* report);

  std::shared_ptr<const Program> program_;
  MachineOptions options_;
  std::unique_ptr<Heap> heap_;
  std::unique_ptr<Scheduler> sched_;  // after heap_: destroyed (stopped) before it
  SyncEnv syncEnv_;
  std::vector<Word> globals_;
  std::vector<Word> strings_;
  std::unique_ptr<std::atomic<Closure*>[]> funcValues_;
  std::unique_ptr<std::atomic<const MethodTarget*>[]> callSites_;
  std::size_t funcCount_ = 0, callSiteCount_ = 0;  // sizes of the two arrays (programGrew)
  std::unique_ptr<FuncProto> abandonProto_;        // RET0: what an interrupted cell resumes to
  std::unique_ptr<FuncProto> sessionEndProto_;     // RUNDEFERS; RET0 (runSessionDefers)
  std::vector<DeferRecord> sessionDefers_;         // keepSessionDefers; guarded by gMu_
  CallEnd runSessionGoroutine(Goroutine* g, int* status);
  ImplementsCache implements_;
  HostAccess* host_ = nullptr;

  mutable std::mutex gMu_;
  std::vector<std::unique_ptr<Goroutine>> goroutines_;  // guarded by gMu_
  std::atomic<std::size_t> liveGoroutines_{0};
  std::atomic<uint64_t> nextGoroutineId_{1};
  // The goroutine each worker runs (index: Worker::id); each slot touched by its worker only.
  std::unique_ptr<Goroutine*[]> running_;

  std::mutex endMu_;
  std::condition_variable endCv_;  // runState_.ended became true
  RunState runState_;
  std::atomic<bool> ended_{false};  // mirror of runState_.ended, for the output sinks
  bool hostWakerHeld_ = false;      // endRun registered the host as an external waker
  std::atomic<bool> exitRequested_{false};
  std::atomic<int> exitStatus_{0};

  std::mutex outMu_;
  bool started_ = false;  // the scheduler's workers exist (host thread only)
  std::unique_ptr<FuncProto> initProto_;
  bool initialized_ = false;
  std::unique_ptr<race::Detector> race_;
  // Race mode: the status of a program that ended (Go's racefini: "Found N data race(s)").
  int raceEnd(int status, bool normalEnd);
};

}  // namespace weft::vm
