// vm/sync_prims — the parking halves of package sync: Mutex, RWMutex, WaitGroup, Cond's notify
// list, Once's done flag. stdlib/sync/sync.go declares the Go types; the natives registered as
// "sync.(*Mutex).Lock" etc. call these functions with the address of the receiver's words.
//
// ---- Word layouts (must match stdlib/sync/sync.go; the zero value is ready to use) -------------
//   Mutex      [0] state: bit 0 locked, bits 1..: number of parked Lock calls (units of 2)
//              [1] *SyncQueue, created on first contention with a CAS (null until then)
//   RWMutex    [0] *SyncQueue holding the whole state (readers, writer, two queues)
//   WaitGroup  [0] state: counter in the high 32 bits (signed), parked Wait calls in the low 32
//              [1] *SyncQueue (its semaphore counts wake-ups that arrived before the park)
//   Once       [0] done (0/1)   [1..2] a Mutex
//   notifyList [0] *SyncQueue (tickets wait/notify and the parked Cond.Wait calls)
// The SyncQueue is a heap object of plain words (Heap::allocScalarWords): it holds no heap
// references (only Waiters, which live in parked tasks) and needs no finalizer; the Go field
// that points at it is pointer-typed, so the collector keeps it alive.
//
// ---- Invariants ------------------------------------------------------------------------------
// Mutex: a parked Lock is counted in `state` and queued, both under the queue's lock, so
//   `state` ≥ 3 whenever a waiter is queued; Unlock with waiters hands the mutex to the first
//   one without clearing the locked bit (FIFO hand-off: no barging, no starvation; the price is
//   one park/ready per contended Lock). Lock's fast path is one CAS 0→1, Unlock's one CAS 1→0.
// RWMutex (under the queue's lock): readers ≥ 0 active readers; writer = a Lock holds it; never
//   both. Writer preference as in Go: RLock queues when a writer holds or waits; Unlock admits
//   every queued reader at once (they arrived during the write), else the next writer.
// WaitGroup: Go's algorithm (sync/waitgroup.go): Wait counts itself in the low bits and parks on
//   the semaphore; the Add that brings the counter to zero resets the state and releases one
//   semaphore unit per waiter (a unit that arrives first is kept in `count`).
// notifyList: Go's ticket scheme (runtime/sema.go notifyList): Cond.Wait takes a ticket before
//   unlocking L and parks on it after; Signal wakes the oldest ticket not yet notified (or marks
//   it notified if its owner has not parked yet); Broadcast notifies all tickets issued.
//
// ---- Locks -----------------------------------------------------------------------------------
// One SpinLock per SyncQueue guards its fields and list(s); it is a leaf (nothing is locked or
// readied while holding it: woken tasks are readied after unlocking). The state words are
// atomics (std::atomic_ref) outside any lock.
//
// ---- Who may call what -------------------------------------------------------------------------
// A running task for itself (`self`), with a Waiter it keeps still while parked. Parked means:
// return SliceResult::Parked / NativeResult::Park; the operation is complete when the task runs
// again (the lock is held, the WaitGroup reached zero, the Cond was signalled); nothing is left
// to do on resume.
//
// ---- Rejected designs --------------------------------------------------------------------------
// - Go's Mutex with spinning, barging and a starvation mode: spinning on a worker wastes the
//   worker another goroutine could use, and starvation mode exists to bound barging's unfairness.
// - Go's RWMutex built from a Mutex and two semaphores: RWMutex.Lock could then park twice (on
//   the inner Mutex, then for readers to drain), and a native call may park only once.
// - A wait queue per primitive allocated at make time: there is no make; zero values are ready.
#pragma once

#include <cstdint>

#include "vm/object.hpp"
#include "vm/waiter.hpp"

namespace weft::vm {

// The lazily created side object of every sync primitive.
struct SyncQueue {
  SpinLock lock;
  WaitList waiters;           // Mutex/WaitGroup/notifyList waiters; RWMutex: parked writers
  WaitList readers;           // RWMutex: parked readers
  int64_t count = 0;          // WaitGroup semaphore units; RWMutex active readers
  bool writer = false;        // RWMutex: a writer holds it
  uint64_t ticketWait = 0;    // notifyList: next ticket to hand out
  uint64_t ticketNotify = 0;  // notifyList: next ticket to notify
  RaceSlot race[2] = {};      // race detector slots (see each primitive)
};

enum class SyncStatus : uint8_t { Done, Parked, Panic, Fatal };

struct SyncOutcome {
  SyncStatus status = SyncStatus::Done;
  bool value = true;                 // TryLock/TryRLock: whether the lock was taken
  const char* waitReason = nullptr;  // with Parked
  const char* message = nullptr;     // with Panic (a recoverable string panic) / Fatal
};

// Mutex: `m` points at its 2 words.
SyncOutcome mutexLock(SyncEnv& env, Schedulable* self, Word* m, Waiter& w);
SyncOutcome mutexTryLock(SyncEnv& env, Schedulable* self, Word* m);
SyncOutcome mutexUnlock(SyncEnv& env, Schedulable* self, Word* m);

// RWMutex: `rw` points at its word.
SyncOutcome rwLock(SyncEnv& env, Schedulable* self, Word* rw, Waiter& w);
SyncOutcome rwUnlock(SyncEnv& env, Schedulable* self, Word* rw);
SyncOutcome rwRLock(SyncEnv& env, Schedulable* self, Word* rw, Waiter& w);
SyncOutcome rwRUnlock(SyncEnv& env, Schedulable* self, Word* rw);
SyncOutcome rwTryLock(SyncEnv& env, Schedulable* self, Word* rw);
SyncOutcome rwTryRLock(SyncEnv& env, Schedulable* self, Word* rw);

// WaitGroup: `wg` points at its 2 words. Done is Add(-1).
SyncOutcome waitGroupAdd(SyncEnv& env, Schedulable* self, Word* wg, int64_t delta);
SyncOutcome waitGroupWait(SyncEnv& env, Schedulable* self, Word* wg, Waiter& w);

// Cond's notify list: `nl` points at its word. Cond.Wait = ticket := notifyListAdd; L.Unlock();
// notifyListWait(ticket); L.Lock() (written in Go in stdlib/sync/sync.go).
uint64_t notifyListAdd(SyncEnv& env, Word* nl);
SyncOutcome notifyListWait(SyncEnv& env, Schedulable* self, Word* nl, uint64_t ticket, Waiter& w);
void notifyListNotifyOne(SyncEnv& env, Word* nl);
void notifyListNotifyAll(SyncEnv& env, Word* nl);

// Once's done flag (`once` points at its 3 words; Do is written in Go around these and the
// embedded Mutex): onceDone loads it (acquire), onceSetDone stores 1 after f returned (release).
bool onceDone(SyncEnv& env, Schedulable* self, Word* once);
void onceSetDone(SyncEnv& env, Schedulable* self, Word* once);

}  // namespace weft::vm
