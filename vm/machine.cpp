// vm::Machine: program start-up, the simple run loop, garbage-collection roots, crash reports.
//
// The run loop runs runnable goroutines in turn on the calling thread, each for a budget of
// calls and loop back-edges. Goroutine state (vm/goroutine.hpp) and this loop are separate so
// the M:N scheduler can replace the loop without touching the interpreter. Because only one
// goroutine runs at a time and it returns here at safepoints, every goroutine is at a safepoint
// whenever this loop runs: that is where the heap collects.
#include "vm/machine.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

#include "lang/types.hpp"
#include "vm/chan.hpp"
#include "vm/panic.hpp"
#include "vm/race/detector.hpp"
#include "vm/race/vm_hooks.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

constexpr int64_t kTimeSlice = 20000;  // calls + back-edges per turn

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
    : program_(std::move(program)), options_(std::move(options)), heap_(std::make_unique<Heap>()) {
  if (!options_.out) options_.out = writeStdout;
  if (!options_.err) options_.err = writeStderr;
  if (options_.maxHeapBytes) heap_->setLimit(options_.maxHeapBytes);
  registerChanKind(*heap_);
  if (options_.race) race_ = race::makeDetector(*this, options_.raceOptions);
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
}

Machine::~Machine() {
  // Goroutines still alive keep detector state; release it before the detector goes.
  if (race_)
    for (auto& g : goroutines_) race::goEnd(*this, *g);
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

void Machine::requestExit(int status) {
  if (exitRequested_) return;
  exitRequested_ = true;
  exitStatus_ = status;
}

Goroutine* Machine::spawn(const FuncProto* proto, const Closure* fn, const Word* args,
                          std::size_t nargs, Goroutine* creator) {
  auto g = std::make_unique<Goroutine>();
  g->id = nextGoroutineId_++;
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
  if (race_) race::goStart(*this, creator, *raw);
  raw->slot = goroutines_.size();
  goroutines_.push_back(std::move(g));
  runQueue_.push_back(raw);
  return raw;
}

void Machine::ready(Goroutine& g) {
  g.status = GStatus::Runnable;
  g.waitReason.clear();
  runQueue_.push_back(&g);
}

void Machine::park(Goroutine& g, std::string_view waitReason) {
  g.status = GStatus::Parked;
  g.waitReason = waitReason;
}

void Machine::sleep(Goroutine& g, int64_t nanos) {
  park(g, "sleep");
  auto when =
      std::chrono::steady_clock::now() + std::chrono::nanoseconds(std::max<int64_t>(nanos, 0));
  timers_.push_back(Timer{when, timerSeq_++, &g});
  std::push_heap(timers_.begin(), timers_.end(), std::greater<>());
}

bool Machine::fireTimers(bool wait) {
  if (timers_.empty()) return false;
  auto now = std::chrono::steady_clock::now();
  if (wait && timers_.front().when > now) {
    // Sleep in short steps so that an interrupt is noticed.
    auto until = std::min(timers_.front().when, now + std::chrono::milliseconds(50));
    std::this_thread::sleep_until(until);
    now = std::chrono::steady_clock::now();
  }
  bool fired = false;
  while (!timers_.empty() && timers_.front().when <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), std::greater<>());
    Goroutine* g = timers_.back().g;
    timers_.pop_back();
    ready(*g);
    fired = true;
  }
  return fired;
}

void Machine::finish(Goroutine& g) {
  if (race_) race::goEnd(*this, g);
  std::size_t slot = g.slot;
  if (slot + 1 != goroutines_.size()) {
    std::swap(goroutines_[slot], goroutines_.back());
    goroutines_[slot]->slot = slot;
  }
  goroutines_.pop_back();
}

int Machine::run() {
  if (program_->entry < 0) {
    writeErr("weft: program has no entry point\n");
    return 2;
  }
  spawn(program_->funcs[program_->entry].get(), nullptr, nullptr, 0, nullptr);
  int status = runLoop();
  return raceEnd(status, status == 0);
}

int Machine::raceEnd(int status, bool normalEnd) {
  if (!race_) return status;
  if (race_->halted()) return race_->options().exitCode;
  return normalEnd ? race_->finish(status) : status;
}

int Machine::runLoop() {
  for (;;) {
    if (interrupt.load(std::memory_order_relaxed)) return kInterruptedStatus;
    if (!timers_.empty()) fireTimers(false);
    if (runQueue_.empty()) {
      if (!timers_.empty()) {
        fireTimers(true);
        continue;
      }
      // Nothing can ever run again: Go's deadlock report.
      Goroutine* main = nullptr;
      for (auto& g : goroutines_)
        if (g->id == 1) main = g.get();
      if (!main) return 0;
      reportFatal(*main, "all goroutines are asleep - deadlock!", true);
      return 2;
    }
    Goroutine* g = runQueue_.front();
    runQueue_.pop_front();
    current_ = g;
    g->status = GStatus::Running;
    RunResult r = interpret(*this, *g, race_ ? race::randomSlice(*this, kTimeSlice) : kTimeSlice);
    current_ = nullptr;
    switch (r) {
      case RunResult::Finished:
        g->status = GStatus::Dead;
        if (g->id == 1) return 0;
        finish(*g);
        break;
      case RunResult::Yielded:
        g->status = GStatus::Runnable;
        runQueue_.push_back(g);
        break;
      case RunResult::Parked:
        if (g->status == GStatus::Running) g->status = GStatus::Parked;
        break;
      case RunResult::Panicked:
        if (g->panic && g->panic->fatal) {
          std::string msg(view(asPtr<const String>(g->panic->value->payload[0])));
          reportFatal(*g, msg, false);
        } else {
          reportPanic(*g);
        }
        return 2;
      case RunResult::Exited:
        return exitStatus_;
    }
    if (exitRequested_) return exitStatus_;
    maybeCollect();
    if (heap_->overLimit()) {
      if (goroutines_.empty())
        writeErr("fatal error: runtime: out of memory\n");
      else
        reportFatal(*goroutines_.front(), "runtime: out of memory", false);
      return 2;
    }
  }
}

// ---- garbage collection --------------------------------------------------------------------

void Machine::maybeCollect() {
  if (!heap_->collectionWanted()) return;
  heap_->collect([this](RootVisitor& v) { visitRoots(v); });
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
  for (auto& g : goroutines_) {
    v.conservative(g->stack.data(), g->stack.size());
    for (const Frame& f : g->frames)
      if (f.closure) v.precise(fromPtr(f.closure));
    for (const DeferRecord& d : g->defers) {
      if (d.closure) v.precise(fromPtr(d.closure));
      v.conservative(d.args.data(), d.args.size());
    }
    for (PanicRecord* pr = g->panic; pr; pr = pr->link) v.precise(fromPtr(pr->value));
  }
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

void Machine::reportPanic(Goroutine& g) {
  std::vector<PanicRecord*> chain;
  for (PanicRecord* p = g.panic; p; p = p->link) chain.push_back(p);
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
  writeErr(out);
}

void Machine::reportFatal(Goroutine& g, std::string_view message, bool allGoroutines) {
  std::string out;
  if (message == "stack overflow") out = "runtime: goroutine stack exceeds 1000000000-byte limit\n";
  out += "fatal error: " + std::string(message) + "\n";
  auto describe = [&](const Goroutine& x) {
    std::string state = x.status == GStatus::Parked && !x.waitReason.empty() ? x.waitReason
                        : &x == &g && !allGoroutines                         ? "running"
                                                                             : "runnable";
    if (x.status == GStatus::Parked && x.waitReason.empty()) state = "waiting";
    out += "\ngoroutine " + std::to_string(x.id) + " [" + state + "]:\n" + traceback(x);
  };
  if (allGoroutines) {
    std::vector<const Goroutine*> all;
    for (auto& x : goroutines_) all.push_back(x.get());
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (const Goroutine* x : all) describe(*x);
  } else {
    describe(g);
  }
  writeErr(out);
}

}  // namespace weft::vm
