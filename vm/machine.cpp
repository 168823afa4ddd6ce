// vm::Machine: program start-up, goroutines on the M:N scheduler (the run callback), ending a
// run, garbage-collection roots, crash reports. The host side of a run (runUntil, initialize,
// callFunction) is vm/machine_call.cpp; the design is in vm/machine.hpp.
#include "vm/machine.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "lang/types.hpp"
#include "vm/channel.hpp"
#include "vm/gc_roots.hpp"
#include "vm/panic.hpp"
#include "vm/race/detector.hpp"
#include "vm/race/vm_hooks.hpp"
#include "vm/time_prims.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

// Calls + loop back-edges per time slice. A slice ends there (the worker then runs another
// goroutine if one waits, or continues this one), so this bounds how long a stop-the-world, the
// end of a run, or a waiting goroutine waits for a busy worker (~0.1-1 ms).
constexpr int64_t kTimeSlice = 20000;

void writeStdout(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
}
void writeStderr(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

Machine::Machine(std::shared_ptr<const Program> program, MachineOptions options)
    : program_(std::move(program)),
      options_(std::move(options)),
      heap_(std::make_unique<Heap>()),
      sched_(std::make_unique<Scheduler>([this] {
        SchedulerOptions o;
        o.procs = options_.workers;
        o.run = [this](Schedulable* t, Worker& w) {
          return runSlice(static_cast<Goroutine&>(*t), w);
        };
        o.onDeadlock = [this] { onDeadlock(); };
        return o;
      }())),
      syncEnv_{*sched_, *heap_, nullptr, this},
      running_(std::make_unique<Goroutine*[]>(Scheduler::kMaxProcs)) {
  if (!options_.out) options_.out = writeStdout;
  if (!options_.err) options_.err = writeStderr;
  if (options_.maxHeapBytes) heap_->setLimit(options_.maxHeapBytes);
  registerChannelKind(*heap_);
  registerTimerKind(*heap_);
  if (options_.race) {
    race_ = race::makeDetector(*this, options_.raceOptions);
    syncEnv_.race = race_.get();
  }
  const Program& p = *program_;
  globals_.assign(p.globals.size(), 0);
  for (std::size_t i = 0; i < p.globals.size(); i++) {
    const GlobalInfo& gi = p.globals[i];
    if (gi.storage != GlobalInfo::Storage::Direct)
      globals_[i] = fromPtr(heap_->allocStorage(gi.type, 1));
  }
  strings_.reserve(p.strings.size());
  for (const std::string& s : p.strings) strings_.push_back(fromPtr(heap_->newString(s)));
  funcValues_ = std::make_unique<std::atomic<Closure*>[]>(p.funcs.size());
  for (std::size_t i = 0; i < p.funcs.size(); i++) funcValues_[i].store(nullptr);
  callSites_ = std::make_unique<std::atomic<const MethodTarget*>[]>(p.callSites + 1);
  for (uint32_t i = 0; i <= p.callSites; i++) callSites_[i].store(nullptr);
  funcCount_ = p.funcs.size();
  callSiteCount_ = std::size_t(p.callSites) + 1;
}

Machine::~Machine() {
  // Workers finish their slices and exit; the timer thread stops. Only then may goroutines
  // (their waiters and sleep timers) and the heap (channels, timers) go away.
  sched_->stop();
  // Goroutines still alive hold detector state; release it before the detector goes.
  if (race_)
    for (auto& g : goroutines_) race::goEnd(*this, *g);
  goroutines_.clear();
  sched_.reset();
}

Closure* Machine::funcValue(uint32_t funcIndex) {
  std::atomic<Closure*>& slot = funcValues_[funcIndex];
  Closure* c = slot.load(std::memory_order_acquire);
  if (c) return c;
  // Two workers may race to create it: the loser's closure is garbage, the winner's stays.
  Closure* fresh = heap_->allocClosure(program_->funcs[funcIndex].get(), 0);
  if (slot.compare_exchange_strong(c, fresh, std::memory_order_acq_rel)) return fresh;
  return c;
}

// ---- output --------------------------------------------------------------------------------

void Machine::writeSink(const std::function<void(std::string_view)>& sink, std::string_view s) {
  std::lock_guard lk(outMu_);
  if (ended_.load(std::memory_order_relaxed) && !options_.session) return;
  sink(s);
}

void Machine::writeOut(std::string_view s) {
  writeSink(options_.out, s);
}

void Machine::writeErr(std::string_view s) {
  writeSink(options_.err, s);
}

// ---- goroutines ----------------------------------------------------------------------------

void Machine::requestExit(int status) {
  bool expected = false;
  if (exitRequested_.compare_exchange_strong(expected, true))
    exitStatus_.store(status, std::memory_order_relaxed);
}

Goroutine* Machine::spawn(const FuncProto* proto, const Closure* fn, const Word* args,
                          std::size_t nargs, Goroutine* creator, RaceSlot* raceFrom) {
  auto g = std::make_unique<Goroutine>();
  g->id = nextGoroutineId_.fetch_add(1, std::memory_order_relaxed);
  g->scratch.rng = (g->id * 0x9E3779B97F4A7C15ull) | 1;
  g->stack.assign(std::max<std::size_t>(proto->nregs, 8), 0);
  std::copy(args, args + nargs, g->stack.begin());
  g->frames.reserve(1);
  g->frames.push_back(Frame{proto, fn, proto->code.data(), 0, 0, 0});
  if (creator && !creator->frames.empty()) {
    g->creatorFn = creator->frames.back().fn;
    g->creatorPc = creator->frames.back().pc;
    g->creatorId = creator->id;
  }
  Goroutine* raw = g.get();
  if (race_) {
    race::goStart(*this, creator, *raw);
    if (raceFrom) race_->acquire(*raw->raceState, *raceFrom);
  }
  {
    std::lock_guard lk(gMu_);
    raw->slot = goroutines_.size();
    goroutines_.push_back(std::move(g));
  }
  liveGoroutines_.fetch_add(1, std::memory_order_relaxed);
  sched_->spawn(raw);
  return raw;
}

void Machine::ready(Goroutine& g) {
  sched_->ready(&g);
}

void Machine::park(Goroutine& g, const char* waitReason) {
  g.waitReason = waitReason;
}

Goroutine* Machine::current() {
  Worker* w = sched_->currentWorker();
  return w ? running_[w->id()] : nullptr;
}

void Machine::finish(Goroutine& g) {
  if (race_) race::goEnd(*this, g);
  std::unique_ptr<Goroutine> dead;
  {
    std::lock_guard lk(gMu_);
    std::size_t slot = g.slot;
    dead = std::move(goroutines_[slot]);
    if (slot + 1 != goroutines_.size()) {
      goroutines_[slot] = std::move(goroutines_.back());
      goroutines_[slot]->slot = slot;
    }
    goroutines_.pop_back();
  }
  liveGoroutines_.fetch_sub(1, std::memory_order_relaxed);
}

int Machine::run() {
  int status = 0;
  switch (runMain(&status)) {
    case CallEnd::Returned:
    case CallEnd::Panicked:
    case CallEnd::Crashed:
    case CallEnd::Exited:
      return status;
    case CallEnd::Interrupted:
      return kInterruptedStatus;
    case CallEnd::HeapLimit:
      writeSink(options_.err, "fatal error: runtime: out of memory\n");
      return 2;
    case CallEnd::GoroutineLimit:
      writeSink(options_.err, "fatal error: too many goroutines (MachineOptions::maxGoroutines)\n");
      return 2;
  }
  return 2;
}

// ---- the run callback: one time slice of one goroutine on a worker ---------------------------

SliceResult Machine::runSlice(Goroutine& g, Worker& w) {
  running_[w.id()] = &g;
  g.status = GStatus::Running;
  // Race mode: slices of random length vary the interleavings from run to run.
  RunResult r = interpret(*this, g, race_ ? race::randomSlice(*this, kTimeSlice) : kTimeSlice);
  running_[w.id()] = nullptr;
  // Checked before anything else: a goroutine may start many others and return in one slice.
  if (options_.maxGoroutines && goroutineCount() > options_.maxGoroutines)
    endRun(CallEnd::GoroutineLimit, 2, {});
  SliceResult out = SliceResult::Yielded;
  switch (r) {
    case RunResult::Yielded:
      g.status = GStatus::Runnable;
      break;
    case RunResult::Parked:
      // Registered with its waker; it may already be readied (the scheduler holds that
      // wake-up until this returns), but nobody else runs it before then.
      g.status = GStatus::Parked;
      out = SliceResult::Parked;
      break;
    case RunResult::Finished: {
      g.status = GStatus::Dead;
      {
        std::lock_guard lk(endMu_);
        if (&g == runState_.target && !g.goexited) {
          // The outermost frame's results are in R[0..nresults) (as callNested reads them).
          runState_.results.assign(g.stack.begin(),
                                   g.stack.begin() + static_cast<long>(runState_.nresults));
          endRunLocked(CallEnd::Returned, 0, {});
        }
      }
      finish(g);
      return SliceResult::Finished;
    }
    case RunResult::Panicked: {
      bool fatal = g.panic && g.panic->fatal;
      std::string report;
      if (fatal) {
        std::string msg(view(asPtr<const String>(g.panic->value->payload[0])));
        report = fatalReport(g, msg, false);
      } else {
        report = panicReport(g);
      }
      bool isTarget;
      {
        std::lock_guard lk(endMu_);
        isTarget = &g == runState_.target;
      }
      if (options_.session && !isTarget) {
        // An interactive session goes on: the report now, and only this goroutine ends (a fatal
        // one is kept, never run again, as below).
        writeErr(report);
        g.status = GStatus::Dead;
        if (fatal) return SliceResult::Finished;
        dropPanics(g);
        finish(g);
        return SliceResult::Finished;
      }
      if (isTarget && !fatal) {
        // The goroutine unwound completely (its deferred calls ran): the Machine stays usable.
        g.status = GStatus::Dead;
        dropPanics(g);
        endRun(CallEnd::Panicked, 2, std::move(report));
        finish(g);
        return SliceResult::Finished;
      }
      // The program is over. The goroutine is kept (never run again): a fatal error may have
      // left its waiter queued somewhere, and a wake-up must find live memory.
      g.status = GStatus::Dead;
      endRun(CallEnd::Crashed, 2, std::move(report));
      return SliceResult::Finished;
    }
    case RunResult::Exited:
      g.status = GStatus::Dead;
      endRun(CallEnd::Exited, exitStatus_.load(std::memory_order_relaxed), {});
      return SliceResult::Finished;
  }
  maybeCollect();
  if (heap_->overLimit()) endRun(CallEnd::HeapLimit, 2, {});
  return out;
}
// ---- crash reports -------------------------------------------------------------------------

namespace {

void appendFrameLine(std::string& out, const FuncProto* fn, const Instr* pc) {
  // A saved pc points after the instruction that called out.
  const Instr* at = pc > fn->code.data() ? pc - 1 : pc;
  char buf[64];
  std::snprintf(buf, sizeof buf, ":%d +0x%zx\n", Program::lineOf(*fn, at),
                static_cast<std::size_t>(at - fn->code.data()) * 4);
  out += '\t';
  out += fn->file;
  out += buf;
}

}  // namespace

std::string Machine::traceback(const Goroutine& g) const {
  std::string out;
  // Like Go, print the innermost 100 frames of a deep stack.
  int printed = 0;
  for (auto it = g.frames.rbegin(); it != g.frames.rend(); ++it) {
    const FuncProto* fn = it->fn;
    if (fn->wrapper) continue;
    if (++printed > 100) {
      out += "...additional frames elided...\n";
      break;
    }
    out += fn->name;
    out += fn->nparams ? "(...)\n" : "()\n";
    appendFrameLine(out, fn, it->pc);
  }
  if (g.id != 1 && g.creatorFn) {
    out +=
        "created by " + g.creatorFn->name + " in goroutine " + std::to_string(g.creatorId) + "\n";
    appendFrameLine(out, g.creatorFn, g.creatorPc);
  }
  return out;
}

std::string Machine::panicReport(Goroutine& g) {
  std::vector<PanicRecord*> chain;
  for (PanicRecord* p = g.panic; p; p = p->link)
    if (!p->goexit) chain.push_back(p);
  std::reverse(chain.begin(), chain.end());
  // Texts first: computing them may run Error/String methods on the goroutine.
  std::vector<std::string> texts;
  PanicRecord* saved = g.panic;
  g.panic = nullptr;
  for (PanicRecord* p : chain) texts.push_back(panicValueText(*this, g, p->value));
  dropPanics(g);
  g.panic = saved;
  std::string out;
  for (std::size_t i = 0; i < chain.size(); i++) {
    if (i > 0) out += '\t';
    out += "panic: " + texts[i];
    if (chain[i]->recovered) out += " [recovered]";
    out += '\n';
  }
  out += "\ngoroutine " + std::to_string(g.id) + " [running]:\n" + traceback(g);
  return out;
}

std::string Machine::fatalReport(Goroutine& g, std::string_view message, bool allGoroutines) {
  std::string out;
  if (message == "stack overflow") out = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
  out += "fatal error: " + std::string(message) + "\n";
  auto describe = [&](const Goroutine& x) {
    std::string state = x.status == GStatus::Parked && x.waitReason ? x.waitReason
                        : &x == &g && !allGoroutines                ? "running"
                                                                    : "runnable";
    if (x.status == GStatus::Parked && !x.waitReason) state = "waiting";
    out += "\ngoroutine " + std::to_string(x.id) + " [" + state + "]:\n" + traceback(x);
  };
  if (allGoroutines) {
    // Called when every goroutine is blocked (deadlock): nobody changes the list meanwhile.
    std::vector<const Goroutine*> all;
    {
      std::lock_guard lk(gMu_);
      for (auto& x : goroutines_)
        if (x->status != GStatus::Dead) all.push_back(x.get());
    }
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (const Goroutine* x : all) describe(*x);
  } else {
    describe(g);
  }
  return out;
}

// ---- ending a run --------------------------------------------------------------------------

void Machine::endRun(CallEnd end, int status, std::string report) {
  std::lock_guard lk(endMu_);
  endRunLocked(end, status, std::move(report));
}

// Precondition: endMu_ held.
void Machine::endRunLocked(CallEnd end, int status, std::string report) {
  if (runState_.ended) return;
  runState_.ended = true;
  runState_.end = end;
  runState_.status = status;
  runState_.report = std::move(report);
  runState_.target = nullptr;
  {
    std::lock_guard out(outMu_);
    ended_.store(true, std::memory_order_relaxed);
  }
  // Until the host has stopped the world, the idle scheduler must not call this a deadlock
  // (its report is once per scheduler): the host counts as someone who may still spawn work.
  if (!hostWakerHeld_) {
    sched_->addExternalWaker();
    hostWakerHeld_ = true;
  }
  endCv_.notify_all();
}

// Called by the scheduler, once, on a worker with no lock held, when every goroutine is blocked
// and nothing (timer, host) can wake one.
void Machine::onDeadlock() {
  std::string report;
  Goroutine* any = nullptr;
  bool mainGone = false;
  {
    std::lock_guard lk(gMu_);
    std::size_t alive = 0;
    for (auto& g : goroutines_)
      if (g->status != GStatus::Dead) {
        alive++;
        any = g.get();
      }
    mainGone = alive == 0;
  }
  if (mainGone) {
    // Only possible when the goroutine the host waits for called runtime.Goexit.
    report = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
  } else {
    report = fatalReport(*any, "all goroutines are asleep - deadlock!", true);
  }
  endRun(CallEnd::Crashed, 2, std::move(report));
}

// ---- garbage collection --------------------------------------------------------------------

void Machine::maybeCollect() {
  if (!heap_->collectionWanted()) return;
  if (!sched_->stopTheWorld()) return;  // the program is being torn down
  {
    // Host threads finish their current heap step first (vm/machine.hpp, "Host threads").
    std::unique_lock<std::shared_mutex> hostLock;
    if (host_) hostLock = std::unique_lock(host_->mutex);
    // Another worker may have collected while this one waited for its world stop.
    if (heap_->collectionWanted()) heap_->collect([this](RootVisitor& v) { visitRoots(v); });
  }
  sched_->startTheWorld();
}

void Machine::visitRoots(RootVisitor& v) {
  const Program& p = *program_;
  for (std::size_t i = 0; i < globals_.size(); i++) {
    if (p.globals[i].storage == GlobalInfo::Storage::Direct)
      v.typed(&globals_[i], p.globals[i].type);
    else
      v.precise(globals_[i]);
  }
  for (Word w : strings_) v.precise(w);
  for (std::size_t i = 0; i < p.funcs.size(); i++)
    if (Closure* c = funcValues_[i].load(std::memory_order_relaxed)) v.precise(fromPtr(c));
  {
    std::lock_guard lk(gMu_);
    for (auto& g : goroutines_) {
      visitGoroutineRegisters(*g, v);  // precise, with the register maps (vm/gc_roots.hpp)
      visitDeferredCalls(*g, v);
      visitReplayMemos(*g, v);
      for (PanicRecord* pr = g->panic; pr; pr = pr->link) v.precise(fromPtr(pr->value));
    }
    for (const DeferRecord& d : sessionDefers_) {  // an interactive session's (machine_session)
      if (d.closure) v.precise(fromPtr(d.closure));
      v.conservative(d.args.data(), d.args.size());
    }
  }
  {
    std::lock_guard lk(endMu_);
    v.conservative(runState_.results.data(), runState_.results.size());
  }
  // Pending timers (time.NewTimer, AfterFunc, tickers) are kept alive by their queue. A
  // ChanTimer's Timer is its first member, so its address is the heap object's; a goroutine's
  // SleepTimer is not in the heap and the conservative check ignores it.
  sched_->timers().forEachPending([&](Timer& t) {
    Word w = reinterpret_cast<Word>(&t);
    v.conservative(&w, 1);
  });
  if (host_) host_->visitRoots(v);
}

}  // namespace weft::vm
