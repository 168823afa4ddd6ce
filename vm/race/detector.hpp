// weft::vm::race::Detector — the happens-before data-race detector behind `weft --race`.
//
// Model (Go's race detector, which is ThreadSanitizer's): each goroutine has a vector clock;
// each synchronisation object (RaceSync: a channel, a mutex, a WaitGroup, an atomic word, ...)
// has one too; release joins the goroutine's clock into the object's and advances the
// goroutine's own entry; acquire joins the object's clock into the goroutine's. Each 8-byte word
// of memory keeps FastTrack's state in a shadow Cell (race/shadow.hpp): the epoch of its last
// write and of its last read, the read becoming a set of (goroutine, clock) pairs only while
// reads are concurrent. An access races with the previous one when that one's epoch is not
// covered by the accessing goroutine's clock.
//
// Threads: every entry point may be called from any worker at once. Locks, in order:
//   Shadow shard lock (one word's cell)  →  Trace lock (recording the access's stack)
//   reportMu_  →  Trace lock (replaying); slotsMu_ → Trace lock (reset of an old history)
//   RaceSync::lock (one sync object), syncsMu_   (leaves)
// A report is built after the shard lock is released.
// A ThreadState is touched only by the thread running its goroutine, or by a thread completing
// the goroutine's parked operation (the goroutine cannot run then: the scheduler hands over).
//
// The VM side (race/vm_hooks.*) maps goroutines to ThreadStates, computes stacks and decodes
// the RACECHK instruction; this class knows nothing about goroutines or bytecode, so it is
// unit-testable on its own.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/race/clock.hpp"
#include "vm/race/options.hpp"
#include "vm/race/shadow.hpp"
#include "vm/race/stacks.hpp"
#include "vm/race_hooks.hpp"

namespace weft::vm {
class RaceSync {
 public:
  SpinLock lock;
  race::VectorClock vc;
};
}  // namespace weft::vm

namespace weft::vm::race {

// Who a goroutine slot served (one per goroutine that ever ran on it).
struct GoroutineInfo {
  explicit GoroutineInfo(int historySize) : trace(historySize) {}
  uint64_t goid = 0;
  Stack createdAt;  // stack of the `go` statement
  std::atomic<bool> finished{false};
  Trace trace;  // its accesses' stacks (race/stacks.hpp)
};

// The detector's view of one goroutine.
struct ThreadState {
  Tid tid = 0;
  Clock clock = 0;  // its own entry; `vc` leaves it out (a goroutine's clock would otherwise be
                    // as long as its slot number: O(goroutines) per `go` statement)
  VectorClock vc;   // what it has seen of the others
  std::shared_ptr<GoroutineInfo> info;
  uint64_t epoch() const { return Epoch::make(tid, clock); }
};

// Records the stack of the access being checked in the goroutine's Trace (only when the state
// of the word changes) and gives its position.
struct SiteSource {
  virtual uint32_t site() = 0;

 protected:
  ~SiteSource() = default;
};

enum class AccessKind : uint8_t { Read, Write };

class Detector final : public RaceHooks {
 public:
  using Sink = std::function<void(std::string_view)>;
  Detector(Options options, Sink err);
  ~Detector() override;

  const Options& options() const { return options_; }
  Shadow& shadow() { return shadow_; }

  // ---- goroutines ------------------------------------------------------------------------
  // A new goroutine created by `parent` (null for the main goroutine) at stack `createdAt`:
  // everything the parent did so far happens before the child starts.
  ThreadState* goStart(ThreadState* parent, uint64_t goid, Stack createdAt);
  // The goroutine ended (no edge). `ts` is freed; its slot is reused after a quarantine.
  void goEnd(ThreadState* ts);

  // ---- memory accesses -------------------------------------------------------------------
  void access(ThreadState& ts, const void* addr, AccessKind kind, SiteSource& site) {
    Cell* c = shadow_.cell(addr);
    if (!c) return;
    uint64_t e = ts.epoch();
    // FastTrack's same-epoch fast paths: nothing to update, nothing to check.
    if (kind == AccessKind::Write ? c->w.load(std::memory_order_relaxed) == e
                                  : c->r.load(std::memory_order_relaxed) == e)
      return;
    accessSlow(ts, c, addr, kind, site);
  }
  // Every word of [addr, addr + words*8).
  void accessRange(ThreadState& ts, const void* addr, std::size_t words, AccessKind kind,
                   SiteSource& site);

  // ---- synchronisation -------------------------------------------------------------------
  void acquire(ThreadState& ts, RaceSlot& slot);
  void release(ThreadState& ts, RaceSlot& slot);
  // release then acquire, as one step (an unbuffered hand-off, an atomic read-modify-write).
  void releaseAcquire(ThreadState& ts, RaceSlot& slot);
  // A hand-off between two goroutines through `slot`: both release then acquire, so each one's
  // past happens before the other's future (Go's racesync on an unbuffered channel).
  void handOff(ThreadState& a, ThreadState& b, RaceSlot& slot);
  // Atomic operations on the word at `addr` (sync/atomic): loads acquire, stores release,
  // read-modify-writes do both, on a sync object kept per address. atomicOp runs the operation
  // itself under that object's lock, so the clocks follow the word's modification order.
  void atomic(ThreadState& ts, const void* addr, bool load, bool store) {
    atomicOp(ts, addr, load, store, [] {});
  }
  template <class Op>
  void atomicOp(ThreadState& ts, const void* addr, bool load, bool store, Op op) {
    RaceSync* s = syncOf(atomicSlot(addr));
    {
      std::lock_guard<SpinLock> lock(s->lock);
      if (store) s->vc.join(ts.vc), s->vc.setMax(ts.tid, ts.clock);
      op();
      if (load) ts.vc.join(s->vc);
    }
    if (store) advance(ts);
  }
  // RaceHooks: `task` is mapped to its ThreadState by `stateOf` (set by the VM side).
  void acquire(Schedulable* task, RaceSlot& slot) override;
  void release(Schedulable* task, RaceSlot& slot) override;
  void acquireRelease(Schedulable* task, RaceSlot& slot) override;
  void handOff(Schedulable* self, Schedulable* other, RaceSlot& slot) override;
  void transfer(RaceSlot& from, RaceSlot& to) override;
  ThreadState* (*stateOf)(Schedulable* task) = nullptr;

  // ---- the end of the run -----------------------------------------------------------------
  int racesReported() const { return reported_.load(std::memory_order_relaxed); }
  // Set once a report was printed with halt_on_error=1: the VM must end the program with
  // options().exitCode at once, without the summary line.
  bool halted() const { return halted_.load(std::memory_order_relaxed); }
  // The summary at a normal end of the program (main returned, os.Exit(0)): prints
  // "Found N data race(s)" and returns the exit code when races were found, else `status`.
  int finish(int status) { return finish(status, err_); }
  int finish(int status, const Sink& out);  // the summary goes to `out`

 private:
  void accessSlow(ThreadState& ts, Cell* c, const void* addr, AccessKind kind, SiteSource& site);
  struct Prior {
    AccessKind kind;
    uint64_t epoch;
    uint32_t site;
  };
  void report(ThreadState& ts, const void* addr, AccessKind kind, uint32_t site,
              const Prior& prior);
  RaceSync* syncOf(RaceSlot& slot);
  RaceSlot& atomicSlot(const void* addr);
  std::shared_ptr<GoroutineInfo> infoAt(uint64_t epoch);
  void advance(ThreadState& ts);

  Options options_;
  Sink err_;
  Shadow shadow_;

  // Goroutine slots: the last clock of each, and who used it from which clock on.
  struct Slot {
    Clock clock = 0;
    std::vector<std::pair<Clock, std::shared_ptr<GoroutineInfo>>> owners;  // the last kOwners
  };
  static constexpr std::size_t kOwners = 16;
  // Finished goroutines whose history is kept (the oldest is dropped beyond kFinishedKept).
  std::deque<std::shared_ptr<GoroutineInfo>> finished_;
  static constexpr std::size_t kFinishedKept = 1024;
  std::mutex slotsMu_;
  std::vector<Slot> slots_;
  std::vector<Tid> freeSlots_;  // FIFO through `freeHead_`
  std::size_t freeHead_ = 0;
  static constexpr std::size_t kQuarantine = 64;

  // Sync objects the detector created (freed with it) and the per-address ones of atomics.
  std::mutex syncsMu_;
  std::vector<std::unique_ptr<RaceSync>> syncs_;
  std::unordered_map<uintptr_t, std::unique_ptr<RaceSlot>> atomics_;

  std::mutex reportMu_;
  std::set<std::pair<Stack, Stack>> reportedStacks_;
  std::set<uintptr_t> reportedAddrs_;
  std::atomic<int> reported_{0};
  std::atomic<bool> halted_{false};
};

}  // namespace weft::vm::race
