// vm::Machine for interactive sessions (weft::Session, the REPL): a Program that grows between
// inputs, each input's code run on a goroutine of its own, and the goroutines left running
// while the session waits for the next input.
//
// Goroutines run on the M:N scheduler's workers (vm/machine.hpp). An input runs like an
// embedding call (runUntil: start the world, wait for the goroutine, stop the world). While the
// user types, runBackground keeps the world started and waits; the session calls it on a thread
// of its own and sets `stop` when the next input arrives. The host thread never runs goroutines
// and touches the tables (programGrew) only with the world stopped.
//
// What differs from a program run (MachineOptions::session): a finished input does not end the
// program (output of other goroutines is never dropped); in the background a goroutine's panic
// is reported and the others go on; an idle scheduler is not a deadlock while the user may type
// (the host holds an external-waker registration, as it does after any run ends).
//
// Threading: one host thread at a time (the session hands the Machine from its input thread to
// its background thread and back); `interrupt` may be set from any thread.
#include <algorithm>
#include <chrono>
#include <iterator>

#include "lang/types.hpp"
#include "vm/machine.hpp"
#include "vm/panic.hpp"
#include "vm/value.hpp"

namespace weft::vm {

void Machine::programGrew() {
  const Program& p = *program_;
  std::size_t had = globals_.size();
  globals_.resize(p.globals.size(), 0);
  for (std::size_t i = had; i < p.globals.size(); i++) {
    const GlobalInfo& gi = p.globals[i];
    if (gi.storage != GlobalInfo::Storage::Direct)
      globals_[i] = fromPtr(heap_->allocStorage(gi.type, 1));
  }
  for (std::size_t i = strings_.size(); i < p.strings.size(); i++)
    strings_.push_back(fromPtr(heap_->newString(p.strings[i])));
  // Function values: a new array holding the old entries. Call-site caches and the answers of
  // "does D implement I": forgotten, since the method tables of a type gaining methods in a
  // later input were rebuilt (compile::Incremental) and cached MethodTargets point into them.
  auto funcs = std::make_unique<std::atomic<Closure*>[]>(p.funcs.size());
  for (std::size_t i = 0; i < p.funcs.size(); i++) funcs[i].store(nullptr);
  for (std::size_t i = 0; i < funcCount_; i++) funcs[i].store(funcValues_[i].load());
  funcValues_ = std::move(funcs);
  funcCount_ = p.funcs.size();
  auto sites = std::make_unique<std::atomic<const MethodTarget*>[]>(p.callSites + 1);
  for (uint32_t i = 0; i <= p.callSites; i++) sites[i].store(nullptr);
  callSites_ = std::move(sites);
  callSiteCount_ = std::size_t(p.callSites) + 1;
  implements_.clear();
}

CallEnd Machine::runCell(const FuncProto* proto, int* status) {
  return runSessionGoroutine(spawn(proto, nullptr, nullptr, 0, nullptr), status);
}

void Machine::keepSessionDefers(Goroutine& g) {
  std::lock_guard lk(gMu_);
  // Records are ordered by frame: the outermost frame's come first.
  auto end = std::find_if(g.defers.begin(), g.defers.end(),
                          [](const DeferRecord& d) { return d.frame != 0; });
  std::move(g.defers.begin(), end, std::back_inserter(sessionDefers_));
  g.defers.erase(g.defers.begin(), end);
}

CallEnd Machine::runSessionDefers(int* status) {
  *status = 0;
  std::vector<DeferRecord> records;
  {
    std::lock_guard lk(gMu_);
    records.swap(sessionDefers_);
  }
  if (records.empty()) return CallEnd::Returned;
  if (!sessionEndProto_) {
    sessionEndProto_ = std::make_unique<FuncProto>();
    sessionEndProto_->name = "main.main";
    sessionEndProto_->wrapper = true;
    sessionEndProto_->code.push_back(makeABC(Op::RUNDEFERS, 0, 0, 0));
    sessionEndProto_->code.push_back(makeABC(Op::RET0, 0, 0, 0));
    sessionEndProto_->lines = {0, 0};
    sessionEndProto_->nregs = 1;
  }
  // The world is stopped: the new goroutine cannot run before it holds the records (and no
  // collection happens in between).
  Goroutine* g = spawn(sessionEndProto_.get(), nullptr, nullptr, 0, nullptr);
  for (DeferRecord& d : records) d.frame = 0;
  g->defers = std::move(records);
  return runSessionGoroutine(g, status);
}

CallEnd Machine::runSessionGoroutine(Goroutine* g, int* status) {
  *status = 0;
  uint64_t id = g->id;
  CallEnd end = runUntil(g, nullptr, status, nullptr);
  if (end != CallEnd::Interrupted) return end;
  // The world is stopped: nobody runs `g`. If it is still alive, its next slice returns at
  // once (its frames are replaced by one RET0; deferred calls are dropped, as the input was
  // abandoned, not panicking). A parked `g` keeps its waiter, and its registers stay allocated
  // for whatever wakes it to write into.
  std::lock_guard lk(gMu_);
  for (auto& live : goroutines_) {
    if (live->id != id || live->status == GStatus::Dead) continue;
    if (!abandonProto_) {
      abandonProto_ = std::make_unique<FuncProto>();
      abandonProto_->name = "runtime.abandoned";
      abandonProto_->wrapper = true;
      abandonProto_->code.push_back(makeABC(Op::RET0, 0, 0, 0));
      abandonProto_->lines.push_back(0);
      abandonProto_->nregs = 1;
    }
    dropPanics(*live);
    live->defers.clear();
    live->frames.clear();
    live->frames.push_back(
        Frame{abandonProto_.get(), nullptr, abandonProto_->code.data(), 0, 0, 0});
  }
  return end;
}

CallEnd Machine::runBackground(const std::atomic<bool>& stop, int* status) {
  *status = 0;
  auto reset = [this] {
    runState_ = RunState{};
    std::lock_guard out(outMu_);
    ended_.store(false, std::memory_order_relaxed);
  };
  bool addWaker;
  {
    // The host stays registered as an external waker for the whole wait: the registration
    // taken when the last run ended, or a new one (taken while the world is stopped). It is
    // released by the next runUntil, as after any run.
    std::lock_guard lk(endMu_);
    reset();
    addWaker = !hostWakerHeld_;
    hostWakerHeld_ = true;
  }
  if (addWaker) sched_->addExternalWaker();
  if (!started_) {
    started_ = true;
    sched_->start();
  } else {
    sched_->startTheWorld();
  }
  CallEnd end = CallEnd::Returned;
  std::unique_lock lk(endMu_);
  while (!stop.load(std::memory_order_acquire)) {
    endCv_.wait_for(lk, std::chrono::milliseconds(5));
    if (!runState_.ended) continue;
    // Something ended "the run": a goroutine crashed (its report), os.Exit or a limit.
    RunState done = std::move(runState_);
    reset();
    if (!done.report.empty()) {
      lk.unlock();
      {
        std::lock_guard out(outMu_);
        options_.err(done.report);
      }
      lk.lock();
    }
    if (done.end == CallEnd::Crashed || done.end == CallEnd::Panicked) continue;
    end = done.end;
    *status = done.status;
    break;
  }
  lk.unlock();
  sched_->stopTheWorld();
  return end;
}

std::vector<Machine::GoroutineView> Machine::goroutineViews() const {
  std::vector<GoroutineView> out;
  std::lock_guard lk(gMu_);
  for (const auto& g : goroutines_) {
    if (g->status == GStatus::Dead) continue;
    GoroutineView v;
    v.id = g->id;
    v.state = g->status == GStatus::Running     ? "running"
              : g->status == GStatus::Runnable  ? "runnable"
              : g->waitReason && *g->waitReason ? std::string(g->waitReason)
                                                : "waiting";
    v.line = 0;
    for (auto it = g->frames.rbegin(); it != g->frames.rend(); ++it) {
      if (it->fn->wrapper) continue;
      v.func = it->fn->name;
      v.file = it->fn->file;
      const Instr* at = it->pc > it->fn->code.data() ? it->pc - 1 : it->pc;
      v.line = Program::lineOf(*it->fn, at);
      break;
    }
    if (v.func.empty()) continue;  // an abandoned input's goroutine
    out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace weft::vm
