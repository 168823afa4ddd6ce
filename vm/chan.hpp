// Go channels and select.
//
// A ChanObject is a heap object (ObjKind::Chan): a ring buffer of `cap` elements (GC storage)
// plus FIFO queues of blocked senders and receivers. Blocking never blocks the thread: the
// operation records a Waiter pointing at the goroutine's own registers (which stay put while it
// is parked), parks the goroutine, and whoever completes the operation copies the value
// directly into or out of those registers and makes the goroutine runnable.
//
// Invariants and locking:
// - `mu` protects everything in the channel. An operation on one channel holds only its lock;
//   select locks every channel it involves in address order (so two selects cannot deadlock).
// - A waiter belongs to a WaitGroupOp shared by all the cases of one blocked select (or the one
//   case of a plain send/receive). The first channel to complete any case marks the op `done`
//   under that channel's lock plus the op's own flag (an atomic exchange); other channels find
//   their stale waiters `done` and drop them when they reach them.
// - A buffered channel never has waiting receivers while it holds elements, nor waiting senders
//   while it has free space.
// - A sender blocked on a channel that gets closed wakes up with a pending panic
//   ("send on closed channel"), raised when it resumes.
//
// Rejected: one global lock for all channels (simple, but serializes every worker once the M:N
// scheduler runs goroutines in parallel); copying values through a temporary buffer (an extra
// copy and an allocation per transfer).
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>

#include "vm/goroutine.hpp"
#include "vm/object.hpp"
#include "vm/race_hooks.hpp"

namespace weft::types {
class Chan;
class Type;
}  // namespace weft::types

namespace weft::vm {

class Machine;
class Heap;

// One blocked operation of a goroutine (a plain send/receive, or a whole select).
struct BlockedOp {
  Goroutine* g = nullptr;
  std::atomic<bool> done{false};
  Word* selectResult = nullptr;  // select: receives the index of the case that completed
};

struct ChanWaiter {
  std::shared_ptr<BlockedOp> op;
  int32_t caseIndex = 0;
  Word* data = nullptr;  // send: the value's words; receive: where the value goes
  Word* ok = nullptr;    // receive: where `ok` goes (may be null)
};

class ChanObject {
 public:
  ChanObject(const types::Chan* type, Word* ring, int64_t cap);

  const types::Chan* type;
  const types::Type* elem;
  int32_t elemSlots;
  bool elemInline;  // values travel as the address of their storage
  int64_t cap;

  std::mutex mu;
  Word* ring;  // cap * elemSlots words (GC storage)
  int64_t head = 0, count = 0;
  bool closed = false;
  std::deque<ChanWaiter> recvq, sendq;
  // Race mode: the channel's clock. Every completed operation releases and acquires it (coarser
  // than Go's per-slot edges of vm/channel.*: it can hide races, never invent them).
  RaceSlot race{nullptr};
};

enum class ChanStatus : uint8_t { Done, Park, Panic };

struct ChanOutcome {
  ChanStatus status = ChanStatus::Done;
  const char* panicMessage = nullptr;  // with Panic: a runtime error text
};

// Registers the channel object kind with the heap (trace, finalize). Idempotent.
void registerChanKind(Heap& heap);
ChanObject* makeChan(Heap& heap, const types::Chan* type, int64_t cap);

// `value` / `dst` are register-form words: for inline element types the register holds the
// address of the storage. On Park the goroutine must stop at once (the caller returns
// NativeResult::Park or leaves the interpreter loop); the operation completes before it resumes.
ChanOutcome chanSend(Machine& m, Goroutine& g, ChanObject* c, Word* valueReg);
ChanOutcome chanRecv(Machine& m, Goroutine& g, ChanObject* c, Word* dstReg, Word* okReg);
ChanOutcome chanClose(Machine& m, ChanObject* c);
// A send that never blocks (for the runtime's own timers): false if it would block.
bool chanTrySend(Machine& m, ChanObject* c, Word* valueReg);

struct SelectCase {
  ChanObject* chan;  // null: the case never proceeds (nil channel)
  bool send;
  Word* valueReg;  // send: the value; receive: the destination
  Word* okReg;     // receive: where ok goes
};
// Picks a ready case at random; else, with `hasDefault`, sets *result to -1; else parks with
// every case enqueued. *result gets the index of the completed case.
ChanOutcome chanSelect(Machine& m, Goroutine& g, SelectCase* cases, int n, bool hasDefault,
                       Word* result);

int64_t chanLen(ChanObject* c);
int64_t chanCap(ChanObject* c);

}  // namespace weft::vm
