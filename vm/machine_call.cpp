// vm::Machine's host side: package initialization on its own, runs of main and calls of single
// functions on new goroutines, and the host's interrupt and limits (used by weft::Runtime,
// vm/api/, and by Machine::run).
//
// runUntil spawns nothing itself: the caller spawned the goroutine to wait for (`target`) while
// the world was stopped (or before the workers exist). It starts the workers (first run) or the
// world, waits until the run ends (vm/machine.hpp, "Ending a run") polling the interrupt flag,
// then stops the world again and delivers the outcome. The goroutine and heap limits are checked
// by the run callback after every time slice (a goroutine returns to its worker every ~20000
// calls and loop back-edges), which bounds how far they can be overshot.
//
// Threading: one host thread drives the Machine; `interrupt` may be set from any thread.
#include <algorithm>
#include <chrono>

#include "lang/types.hpp"
#include "vm/machine.hpp"
#include "vm/panic.hpp"
#include "vm/value.hpp"

namespace weft::vm {

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
  return end;
}

CallEnd Machine::callFunction(const FuncProto* proto, const Word* args, std::size_t nargs,
                              Word* results, std::string* report, int* status) {
  *status = 0;
  Goroutine* g = spawn(proto, nullptr, args, nargs, nullptr);
  return runUntil(g, results, status, report);
}

CallEnd Machine::runUntil(Goroutine* target, Word* results, int* status, std::string* report) {
  {
    std::lock_guard lk(endMu_);
    runState_ = RunState{};
    runState_.target = target;
    runState_.nresults = target->frames.front().fn->nresults;
  }
  {
    std::lock_guard out(outMu_);
    ended_.store(false, std::memory_order_relaxed);
  }
  if (!started_) {
    started_ = true;
    sched_->start();
  } else {
    sched_->startTheWorld();
  }
  // Held since the previous run ended; `target` is queued, so this is no false quiescence. But
  // if this run has already ended (a quick target), endRun found it held and did not add
  // another: it must stay until the world is stopped, or the idle scheduler would report a
  // deadlock now (ignored, the run is over) and never again. hostWakerHeld_ is guarded by endMu_.
  bool release = false;
  {
    std::lock_guard lk(endMu_);
    if (hostWakerHeld_ && !runState_.ended) {
      hostWakerHeld_ = false;
      release = true;
    }
  }
  if (release) sched_->removeExternalWaker();
  std::unique_lock lk(endMu_);
  while (!runState_.ended) {
    // Longest sleep before looking at the interrupt flag again.
    endCv_.wait_for(lk, std::chrono::milliseconds(5));
    if (!runState_.ended && interrupt.load(std::memory_order_relaxed))
      endRunLocked(CallEnd::Interrupted, kInterruptedStatus, {});
  }
  lk.unlock();
  // Every worker parks between two slices; nothing runs, collects or fires until the next call.
  sched_->stopTheWorld();
  lk.lock();
  RunState done = std::move(runState_);
  runState_ = RunState{};
  lk.unlock();
  if (done.end == CallEnd::Returned && results)
    std::copy(done.results.begin(), done.results.end(), results);
  if (!done.report.empty()) {
    if (report) {
      *report += done.report;
    } else {
      std::lock_guard out(outMu_);
      options_.err(done.report);
    }
  }
  if (done.end != CallEnd::Interrupted) *status = done.status;
  return done.end;
}

}  // namespace weft::vm
