// vm::Channel — Go's hchan (runtime/chan.go) for Weft's stackless goroutines.
//
// A channel is a heap object (ObjKind::Chan, registered by registerChannelKind) holding a ring
// buffer of `cap` elements of `elemSlots` words each (a separate Storage object, so the collector
// scans it with the element type's pointer map), and two FIFO lists of parked Waiters (vm/
// waiter.hpp): tasks blocked sending (`sendq`) and receiving (`recvq`).
//
// ---- Invariants (all under `lock`) --------------------------------------------------------------
// - count ≤ cap; the elements are ring[recvx], ring[recvx+1], ... (mod cap); sendx = recvx+count.
// - If recvq is non-empty (ignoring stale select waiters) then count == 0: a receiver only parks
//   when the buffer is empty, and a sender with a parked receiver hands the value over directly.
// - If sendq is non-empty (ignoring stale select waiters) then count == cap, symmetrically.
// - closed is set once. After it is set no waiter is ever enqueued on the channel: close wakes
//   every parked receiver (zero value, success=false) and every parked sender (success=false:
//   it panics "send on closed channel" when it resumes).
// - A Waiter in a list belongs to a task that is parked or about to return Parked; its `elem`
//   stays valid until it is dequeued (it points into the task's registers or storage).
//
// ---- Locks
// --------------------------------------------------------------------------------------- One
// SpinLock per channel protects every field but the constants (cap, elemSlots, elem, ring). Plain
// operations hold one channel lock; select holds all of its channels' locks at once, taken in
// increasing address order (duplicates once), so no two selects deadlock. Nothing else is taken
// while a channel lock is held: Scheduler::ready() is called after unlocking (close collects the
// waiters first); a direct hand-off readies its one partner after unlocking too. `count` is atomic
// only so that len(ch) may read it without the lock (Go does the same).
//
// ---- Who may call what
// ---------------------------------------------------------------------------
// chanSend/chanRecv/chanClose/selectgo: a running task (`self`), on its worker thread, at a
// point where it could also park. chanTrySend: anyone (the timer thread delivering a tick).
// chanLen/chanCap: anyone. Never during a stopped world (the collector only calls the trace).
//
// ---- The park protocol
// --------------------------------------------------------------------------- A blocking operation
// returns Parked after enqueueing the task's Waiter; the caller must then return
// SliceResult::Parked (NativeResult::Park) without touching the waiter's destination. Whoever
// completes the operation writes the results and calls Scheduler::ready() after dropping the
// channel lock. When the task runs again it calls chanSendResumed/chanRecvResumed (or
// selectResume) to learn the outcome. A ready() that arrives before the task has returned
// Parked is the scheduler's WakePending case: nothing is lost or doubled.
//
// ---- The collector
// --------------------------------------------------------------------------------- The Chan kind's
// trace reports the ring (a Storage object scanned with the element type's pointer map) and,
// conservatively, the value words of parked senders. A parked task's Waiter is in the task's own
// memory, and the task's registers still hold the channel word, so a channel with parked tasks
// stays reachable through them.

// ---- Rejected designs
// ----------------------------------------------------------------------------
// - Go's gopark(unlockf), which keeps the channel locked until the goroutine is switched out:
//   see vm/schedulable.hpp (WakePending replaces it).
// - Waiter records allocated per park (shared_ptr or a pool): the task's own memory suffices,
//   since a task waits on one operation at a time (a select's waiters are one array).
// - Leaving a completed select's other waiters in their queues to be skipped lazily: a loop
//   `select { case <-quit: case v := <-work: }` would grow quit's queue without bound. The
//   select dequeues them when it resumes (selectResume), as Go's selectgo does.
// - Copying through a temporary buffer for hand-offs: the waker copies straight into the
//   parked receiver's destination (Go's "direct send").
#pragma once

#include <atomic>
#include <cstdint>

#include "vm/object.hpp"
#include "vm/race_hooks.hpp"
#include "vm/waiter.hpp"

namespace weft::types {
class Type;
}

namespace weft::vm {

class Heap;
class RootVisitor;

class Channel {
 public:
  Channel(const types::Type* elem, int32_t elemSlots, int64_t cap, Word* ring)
      : elem(elem), elemSlots(elemSlots), cap(cap), ring(ring) {}

  const types::Type* const elem;  // element type (may be null in unit tests: scalar words)
  const int32_t elemSlots;        // words per element
  const int64_t cap;
  Word* const ring;  // cap * elemSlots words; null when that is 0

  SpinLock lock;
  // Guarded by lock.
  int64_t recvx = 0;  // index of the oldest element
  int64_t sendx = 0;  // index of the next free slot
  std::atomic<int64_t> count{0};
  bool closed = false;
  WaitList recvq, sendq;
  // Race detector: the channel's own slot (unbuffered hand-offs, close) and, created on first
  // use in race mode only, one per buffer slot. Guarded by lock.
  RaceSlot raceChan{nullptr};
  RaceSlot* raceSlots = nullptr;
};

enum class ChanOpStatus : uint8_t {
  Done,        // completed; results are written
  Parked,      // the task's Waiter is enqueued (or, for nil channels, nothing will ever wake it)
  WouldBlock,  // only from the non-blocking forms
  Panic,       // `panic` holds Go's message; nothing happened
};

struct ChanOpResult {
  ChanOpStatus status = ChanOpStatus::Done;
  bool ok = true;                    // receive: false if the value is the zero value of a close
  const char* waitReason = nullptr;  // with Parked: Go's wait reason ("chan receive", ...)
  const char* panic = nullptr;       // with Panic: the panic text ("send on closed channel")
};

// Sets ObjKind::Chan's trace/finalize hooks on `heap`. Once per heap, before the first collection.
void registerChannelKind(Heap& heap);
// make(chan T, cap): `elem` gives the buffer's pointer map (null: the buffer holds no heap
// references, for tests); `elemSlots` = slotsOf(elem). cap ≥ 0 (the caller checks the panic
// "makechan: size out of range").
Channel* makeChannel(Heap& heap, const types::Type* elem, int32_t elemSlots, int64_t cap);

// ch <- *value. `value` points at elemSlots words that stay put while the task is parked.
// Done, Parked ("chan send" / "chan send (nil chan)"), or Panic ("send on closed channel").
ChanOpResult chanSend(SyncEnv& env, Schedulable* self, Channel* c, const Word* value, Waiter& w);
// After a parked send resumed: Done, or Panic "send on closed channel" (closed while parked).
ChanOpResult chanSendResumed(const Waiter& w);

// *dst, ok = <-ch. `dst` (null: discard the value) receives elemSlots words; on Done they are
// written and `ok` says whether a value (true) or the zero value of a closed channel (false)
// arrived. Parked: "chan receive" / "chan receive (nil chan)"; the waker writes *dst.
ChanOpResult chanRecv(SyncEnv& env, Schedulable* self, Channel* c, Word* dst, Waiter& w);
// After a parked receive resumed: Done with ok (the value or zero is already in *dst).
ChanOpResult chanRecvResumed(const Waiter& w);

// close(ch): Done, or Panic "close of nil channel" / "close of closed channel". Wakes every
// parked receiver and sender. `self` may be null (host code closing a channel).
ChanOpResult chanClose(SyncEnv& env, Schedulable* self, Channel* c);

// Non-blocking forms (select with only one case plus default compiles to these, and the timer
// thread delivers ticks with chanTrySend). `self` may be null (a host or the timer thread).
// chanTrySend: Done, WouldBlock, or Panic (closed). chanTryRecv: Done (with ok) or WouldBlock.
// `raceFrom` (race mode, a sender that is no task: a timer firing): the edges released on that
// slot reach the receiver of this value.
ChanOpResult chanTrySend(SyncEnv& env, Schedulable* self, Channel* c, const Word* value,
                         RaceSlot* raceFrom = nullptr);
ChanOpResult chanTryRecv(SyncEnv& env, Schedulable* self, Channel* c, Word* dst);

// len(ch), cap(ch); nil channels give 0.
int64_t chanLen(const Channel* c);
int64_t chanCap(const Channel* c);

// ---- for vm/select.cpp: the lock-held halves (precondition: c->lock held) ------------------
namespace chan_detail {
// Try to complete a send/receive without parking. On success returns true with the partner (if
// a parked one completed) in *woken: ready it after unlocking. Receive sets *ok.
bool sendLocked(SyncEnv& env, Schedulable* self, Channel* c, const Word* value, Schedulable** woken,
                RaceSlot* raceFrom = nullptr);
bool recvLocked(SyncEnv& env, Schedulable* self, Channel* c, Word* dst, bool* ok,
                Schedulable** woken);
// First waiter of q whose operation is still open (claims a select's CAS), removed; or null.
Waiter* dequeue(WaitList& q);
}  // namespace chan_detail

}  // namespace weft::vm
