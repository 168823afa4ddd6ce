// vm::Machine for interactive sessions (weft::Session, the REPL): a Program that grows between
// inputs, each input's code run on its own goroutine, and the other goroutines run between
// inputs (runBackground, on a host thread of the session while it waits for input).
//
// This is the simple run loop's (machine.cpp, machine_call.cpp) with the session's rules:
// a goroutine's panic ends that goroutine only (the session goes on), and nothing is a deadlock
// while the user can still type. With the M:N scheduler, goroutines run on workers by
// themselves: runBackground becomes a wait on `stop`, runCell a spawn plus a wait for the
// goroutine, and programGrew must run with the world stopped.
//
// Threading: one host thread drives the Machine at a time (the session hands it from the
// input thread to its background thread and back); `interrupt` may be set from any thread.
#include <algorithm>
#include <thread>

#include "lang/types.hpp"
#include "vm/machine.hpp"
#include "vm/panic.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

constexpr int64_t kSlice = 20000;  // calls + back-edges per turn (as machine.cpp)
constexpr auto kPoll = std::chrono::milliseconds(5);

}  // namespace

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
  // Function values and call-site caches: new arrays holding the old entries.
  auto funcs = std::make_unique<std::atomic<Closure*>[]>(p.funcs.size());
  for (std::size_t i = 0; i < p.funcs.size(); i++) funcs[i].store(nullptr);
  for (std::size_t i = 0; i < funcCount_; i++) funcs[i].store(funcValues_[i].load());
  funcValues_ = std::move(funcs);
  funcCount_ = p.funcs.size();
  auto sites = std::make_unique<std::atomic<const MethodTarget*>[]>(p.callSites + 1);
  for (uint32_t i = 0; i <= p.callSites; i++) sites[i].store(nullptr);
  for (std::size_t i = 0; i < callSiteCount_ && i <= p.callSites; i++)
    sites[i].store(callSites_[i].load());
  callSites_ = std::move(sites);
  callSiteCount_ = std::size_t(p.callSites) + 1;
}

CallEnd Machine::runCell(const FuncProto* proto, int* status) {
  *status = 0;
  Goroutine* target = spawn(proto, nullptr, nullptr, 0, nullptr);
  uint64_t targetId = target->id;
  for (;;) {
    if (interrupt.load(std::memory_order_relaxed)) {
      // Stop what runs: the cell's goroutine is dropped when it is runnable (a parked one sits
      // in some wait queue and stays there).
      for (auto it = runQueue_.begin(); it != runQueue_.end(); ++it)
        if (*it == target) {
          runQueue_.erase(it);
          target->status = GStatus::Dead;
          finish(*target);
          break;
        }
      return CallEnd::Interrupted;
    }
    if (!timers_.empty()) fireTimers(false);
    if (runQueue_.empty()) {
      if (!timers_.empty()) {
        auto now = std::chrono::steady_clock::now();
        auto when = timers_.front().when;
        if (when > now)
          std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(when - now, kPoll));
        continue;
      }
      reportFatal(*target, "all goroutines are asleep - deadlock!", true);
      *status = 2;
      return CallEnd::Crashed;
    }
    Goroutine* g = runQueue_.front();
    runQueue_.pop_front();
    current_ = g;
    g->status = GStatus::Running;
    RunResult r = interpret(*this, *g, kSlice);
    current_ = nullptr;
    if (options_.maxGoroutines && goroutines_.size() > options_.maxGoroutines)
      return CallEnd::GoroutineLimit;
    switch (r) {
      case RunResult::Finished: {
        g->status = GStatus::Dead;
        bool wasTarget = g == target;
        finish(*g);
        if (wasTarget) return CallEnd::Returned;
        break;
      }
      case RunResult::Yielded:
        g->status = GStatus::Runnable;
        runQueue_.push_back(g);
        break;
      case RunResult::Parked:
        if (g->status == GStatus::Running) g->status = GStatus::Parked;
        break;
      case RunResult::Panicked: {
        if (g->panic && g->panic->fatal) {
          std::string msg(view(asPtr<const String>(g->panic->value->payload[0])));
          reportFatal(*g, msg, false);
        } else {
          reportPanic(*g);
        }
        g->status = GStatus::Dead;
        dropPanics(*g);
        bool wasTarget = g->id == targetId;
        finish(*g);
        if (wasTarget) {
          *status = 2;
          return CallEnd::Panicked;
        }
        break;
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

CallEnd Machine::runBackground(const std::atomic<bool>& stop, int* status) {
  *status = 0;
  for (;;) {
    if (stop.load(std::memory_order_acquire)) return CallEnd::Returned;
    if (!timers_.empty()) fireTimers(false);
    if (runQueue_.empty()) {
      if (timers_.empty()) return CallEnd::Returned;  // only parked goroutines: wait for input
      auto now = std::chrono::steady_clock::now();
      auto when = timers_.front().when;
      if (when > now)
        std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(when - now, kPoll));
      continue;
    }
    Goroutine* g = runQueue_.front();
    runQueue_.pop_front();
    current_ = g;
    g->status = GStatus::Running;
    RunResult r = interpret(*this, *g, kSlice);
    current_ = nullptr;
    switch (r) {
      case RunResult::Finished:
        g->status = GStatus::Dead;
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
        g->status = GStatus::Dead;
        dropPanics(*g);
        finish(*g);
        break;
      case RunResult::Exited:
        *status = exitStatus_;
        return CallEnd::Exited;
    }
    if (exitRequested_) {
      *status = exitStatus_;
      return CallEnd::Exited;
    }
    maybeCollect();
  }
}

std::vector<Machine::GoroutineView> Machine::goroutineViews() const {
  std::vector<GoroutineView> out;
  for (const auto& g : goroutines_) {
    GoroutineView v;
    v.id = g->id;
    v.state = g->status == GStatus::Running    ? "running"
              : g->status == GStatus::Runnable ? "runnable"
              : g->waitReason.empty()          ? "waiting"
                                               : g->waitReason;
    v.line = 0;
    for (auto it = g->frames.rbegin(); it != g->frames.rend(); ++it) {
      if (it->fn->wrapper) continue;
      v.func = it->fn->name;
      v.file = it->fn->file;
      const Instr* at = it->pc > it->fn->code.data() ? it->pc - 1 : it->pc;
      v.line = Program::lineOf(*it->fn, at);
      break;
    }
    out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace weft::vm
