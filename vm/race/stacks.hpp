// Stacks of the race detector: Go's per-goroutine access history (GORACE history_size).
//
// Each goroutine keeps a Trace: an append-only log of events — Truncate(depth), Push(frame),
// Access(top frame, runtime frame) — written when one of its accesses changes a shadow cell.
// The log is the difference between consecutive stacks (the caller frames it shares with the
// previous recorded access are not written again), so recursion does not multiply the cost.
// A shadow cell remembers the position of the Access event; the report replays the log from the
// start of the part that holds it (each part begins with a snapshot of the stack) to print the
// previous access's full stack. Old parts are dropped beyond 32K << history_size events, as in
// Go; an access older than that prints Go's "[failed to restore the stack]".
//
// A frame whose `fn` is null is a pseudo frame of the Go runtime (`runtime.mapassign()`), on top
// of the user frame that called it, as Go's reports show them.
//
// Threads: a Trace is appended to by the thread running its goroutine and read by a thread
// printing a report; its SpinLock guards both (held for one append or one replay).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/program.hpp"
#include "vm/waiter.hpp"

namespace weft::vm::race {

// Runtime functions that appear as the top frame of map and channel accesses (Go's names; the
// map functions' fast variants are chosen as Go's compiler does, by key type and element size).
enum class RuntimeFrame : uint8_t {
  MapAccess1,
  MapAccess2,
  MapAssign,
  MapDelete,
  MapClear,
  MapIterInit,
  MapIterNext,
  MapAccess1Fast32,
  MapAccess2Fast32,
  MapAssignFast32,
  MapDeleteFast32,
  MapAccess1Fast64,
  MapAccess2Fast64,
  MapAssignFast64,
  MapDeleteFast64,
  MapAccess1Faststr,
  MapAccess2Faststr,
  MapAssignFaststr,
  MapDeleteFaststr,
  ChanSend,
  CloseChan,
  None,
};
const char* runtimeFrameName(RuntimeFrame f);
// Where Go's runtime defines it, as a trimmed path and line ("runtime/chan.go", 160): the
// function's first line in Go 1.19's sources (the race detector reports runtime functions at
// their entry, +0x0).
struct RuntimeLocation {
  const char* file;
  int line;
};
RuntimeLocation runtimeFrameLocation(RuntimeFrame f);

struct StackFrame {
  const FuncProto* fn;  // null: runtime pseudo frame, `pc` holds the RuntimeFrame
  const Instr* pc;      // the instruction the frame executes (for callers: the call)
  bool operator==(const StackFrame&) const = default;
  bool operator<(const StackFrame& o) const { return fn != o.fn ? fn < o.fn : pc < o.pc; }
};
using Stack = std::vector<StackFrame>;  // outermost frame first

// Go's stack text, innermost frame first: "  main.f()\n      /abs/prog.go:12 +0x1c\n".
// Synthesized wrapper functions are left out, as in Go tracebacks.
std::string formatStack(const Stack& s);

class Trace {
 public:
  explicit Trace(int historySize = 1) : maxEvents_(std::size_t{32768} << historySize) {}

  // Records an access at `top` whose callers are frameAt(0 .. ncallers-1) (outermost first);
  // returns the position to keep in the shadow cell.
  // Only the running goroutine's thread calls it; `current_` is that thread's alone, so only the
  // appends take the lock (a report may be replaying the parts meanwhile).
  template <class FrameAt>
  uint32_t record(std::size_t ncallers, FrameAt frameAt, StackFrame top, RuntimeFrame rt) {
    std::size_t k = 0;
    std::size_t have = current_.size();
    // A pc lies inside its function's code, so equal pcs mean equal frames.
    while (k < have && k < ncallers && current_[k].pc == frameAt(k).pc) k++;
    // The same stack as one of the last accesses recorded under the same callers (a loop):
    // share its event, while it is in the newest part (parts are only dropped from the front).
    if (k == have && k == ncallers && !parts_.empty())
      for (const Recent& r : recent_)
        if (r.pc == top.pc && r.rt == rt && r.at >= parts_.back().start)
          return static_cast<uint32_t>(r.at);
    std::lock_guard<SpinLock> lock(lock_);
    if (k < have || k < ncallers) {
      for (Recent& r : recent_) r = Recent{};  // other callers: other stacks
    }
    if (k < have) {
      append(Event{kTruncate, k});
      current_.resize(k);
    }
    for (; k < ncallers; k++) {
      StackFrame f = frameAt(k);
      append(Event{reinterpret_cast<uintptr_t>(f.fn) | kPush, reinterpret_cast<uintptr_t>(f.pc)});
      current_.push_back(f);
    }
    uint64_t at = next_;
    // The runtime frame rides in the top byte of the pc (user-space pointers use 47 bits).
    append(Event{reinterpret_cast<uintptr_t>(top.fn) | kAccess,
                 reinterpret_cast<uintptr_t>(top.pc) | uintptr_t(rt) << 56});
    recent_[nextRecent_++ % kRecent] = Recent{top.pc, rt, at};
    return static_cast<uint32_t>(at);
  }
  // The stack of the access recorded at `pos`; false when it fell out of the history.
  bool restore(uint32_t pos, Stack* out);
  // Drops the whole history (a finished goroutine nobody is likely to ask about any more).
  void reset();

 private:
  static constexpr uintptr_t kPush = 0, kAccess = 1, kTruncate = 2, kTag = 3;
  struct Event {
    uintptr_t a;  // fn | tag, or the tag alone
    uintptr_t b;  // pc (Access: | RuntimeFrame << 56) or depth
  };
  struct Part {
    uint64_t start;  // position of events[0]
    Stack snapshot;  // the caller stack before events[0]
    std::vector<Event> events;
  };
  void append(Event e);

  SpinLock lock_;
  std::size_t maxEvents_;
  std::vector<Part> parts_;  // oldest first (few: the oldest is dropped beyond maxEvents_)
  std::size_t kept_ = 0;     // events in parts_
  uint64_t next_ = 0;        // position of the next event
  Stack current_;            // caller stack after the last event
  // The last Access events under the present callers (owner thread only): a loop body makes
  // a few accesses at a few pcs, each shares its first event.
  struct Recent {
    const Instr* pc = nullptr;
    RuntimeFrame rt = RuntimeFrame::None;
    uint64_t at = 0;
  };
  static constexpr unsigned kRecent = 4;
  Recent recent_[kRecent];
  unsigned nextRecent_ = 0;
};

}  // namespace weft::vm::race
