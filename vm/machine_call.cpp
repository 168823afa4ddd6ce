// vm::Machine's embedding loop: package initialization on its own, calls of single functions on
// new goroutines, and the host's interrupt and limits (used by weft::Runtime, vm/api/).
//
// The loop is Machine::runLoop's (same time slices, timers, crash reports, exit statuses) with
// a target goroutine instead of goroutine 1, and three checks between time slices: the host's
// interrupt flag, the heap limit and the goroutine limit. A goroutine returns to the loop every
// ~20000 calls and loop back-edges (interp.cpp's SAFEPOINT), which bounds how long an endless
// loop runs after interrupt() and how far the limits can be overshot.
//
// Threading: one host thread drives the Machine; `interrupt` may be set from any thread.
#include <algorithm>
#include <thread>

#include "lang/types.hpp"
#include "vm/machine.hpp"
#include "vm/panic.hpp"
#include "vm/race/vm_hooks.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

constexpr int64_t kSlice = 20000;  // calls + back-edges per turn (as machine.cpp)
// Longest sleep while waiting for a timer before looking at the interrupt flag again.
constexpr auto kInterruptPoll = std::chrono::milliseconds(5);

}  // namespace

CallEnd Machine::initialize(int* status, std::string* report) {
  *status = 0;
  if (initialized_) return CallEnd::Returned;
  if (!initProto_) {
    // The entry function is a flat list of CALLs (package initializers, init functions, and
    // main.main last) followed by RET0 (lang/compile/program_compiler.cpp, compileEntry): the
    // initialization is the same list without main.main.
    const FuncProto& entry = *program_->funcs[program_->entry];
    auto init = std::make_unique<FuncProto>(entry);
    init->name = "runtime.init";
    init->code.clear();
    init->lines.clear();
    for (std::size_t i = 0; i < entry.code.size(); i++) {
      Instr in = entry.code[i];
      if (instrOp(in) == static_cast<uint16_t>(Op::CALL) &&
          program_->funcs[instrBx(in)]->name == "main.main")
        continue;
      init->code.push_back(in);
      init->lines.push_back(entry.lines.empty() ? 0 : entry.lines[i]);
    }
    initProto_ = std::move(init);
  }
  Goroutine* g = spawn(initProto_.get(), nullptr, nullptr, 0, nullptr);
  CallEnd end = runUntil(g, nullptr, status, report);
  if (end == CallEnd::Returned) initialized_ = true;
  return end;
}

CallEnd Machine::runMain(int* status) {
  *status = 0;
  const FuncProto* fn = nullptr;
  if (!initialized_) {
    fn = program_->funcs[program_->entry].get();
  } else {
    for (auto& f : program_->funcs)
      if (f->name == "main.main") fn = f.get();
  }
  if (!fn) {
    writeErr("weft: program has no entry point\n");
    *status = 2;
    return CallEnd::Crashed;
  }
  Goroutine* g = spawn(fn, nullptr, nullptr, 0, nullptr);
  CallEnd end = runUntil(g, nullptr, status, nullptr);
  if (end == CallEnd::Returned) initialized_ = true;
  // Race mode: main returned or os.Exit(0) prints the summary; a halt keeps its exit code.
  bool normalEnd = end == CallEnd::Returned || (end == CallEnd::Exited && *status == 0);
  *status = raceEnd(*status, normalEnd);
  return end;
}

CallEnd Machine::callFunction(const FuncProto* proto, const Word* args, std::size_t nargs,
                              Word* results, std::string* report, int* status) {
  *status = 0;
  Goroutine* g = spawn(proto, nullptr, args, nargs, nullptr);
  return runUntil(g, results, status, report);
}

// Sleeps until the first timer is due or kInterruptPoll passed; false if there are no timers.
bool Machine::waitForTimers() {
  if (timers_.empty()) return false;
  auto now = std::chrono::steady_clock::now();
  auto when = timers_.front().when;
  if (when > now)
    std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(when - now, kInterruptPoll));
  fireTimers(false);
  return true;
}

// Crash reports go to `report` when it is not null (they become the weft::Error's text), else
// to the err sink.
CallEnd Machine::runUntil(Goroutine* target, Word* results, int* status, std::string* report) {
  auto reporting = [&](auto&& write) {
    if (!report) return write();
    auto saved = std::move(options_.err);
    options_.err = [report](std::string_view s) { report->append(s); };
    write();
    options_.err = std::move(saved);
  };
  const std::size_t nresults = target->frames.front().fn->nresults;
  for (;;) {
    if (interrupt.load(std::memory_order_relaxed)) return CallEnd::Interrupted;
    if (!timers_.empty()) fireTimers(false);
    if (runQueue_.empty()) {
      if (waitForTimers()) continue;
      // Nothing can ever run again: Go's deadlock report.
      reporting([&] { reportFatal(*target, "all goroutines are asleep - deadlock!", true); });
      *status = 2;
      return CallEnd::Crashed;
    }
    Goroutine* g = runQueue_.front();
    runQueue_.pop_front();
    current_ = g;
    g->status = GStatus::Running;
    RunResult r = interpret(*this, *g, race_ ? race::randomSlice(*this, kSlice) : kSlice);
    current_ = nullptr;
    // Checked before anything else: a goroutine may start many others and return in one slice.
    if (options_.maxGoroutines && goroutines_.size() > options_.maxGoroutines)
      return CallEnd::GoroutineLimit;
    switch (r) {
      case RunResult::Finished:
        g->status = GStatus::Dead;
        if (g == target) {
          // The outermost frame's results are in R[0..nresults) (as callNested reads them).
          if (results) std::copy_n(g->stack.begin(), nresults, results);
          finish(*g);
          return CallEnd::Returned;
        }
        finish(*g);
        break;
      case RunResult::Yielded:
        g->status = GStatus::Runnable;
        runQueue_.push_back(g);
        break;
      case RunResult::Parked:
        if (g->status == GStatus::Running) g->status = GStatus::Parked;
        break;
      case RunResult::Panicked: {
        bool fatal = g->panic && g->panic->fatal;
        reporting([&] {
          if (fatal) {
            std::string msg(view(asPtr<const String>(g->panic->value->payload[0])));
            reportFatal(*g, msg, false);
          } else {
            reportPanic(*g);
          }
        });
        *status = 2;
        if (g == target && !fatal) {
          // The goroutine unwound completely (its deferred calls ran): the Machine stays usable.
          g->status = GStatus::Dead;
          dropPanics(*g);
          finish(*g);
          return CallEnd::Panicked;
        }
        return CallEnd::Crashed;
      }
      case RunResult::Exited:
        *status = exitStatus_;
        return CallEnd::Exited;
    }
    if (exitRequested_) {
      *status = exitStatus_;
      return CallEnd::Exited;
    }
    maybeCollect();
    if (heap_->overLimit()) return CallEnd::HeapLimit;
  }
}

}  // namespace weft::vm
