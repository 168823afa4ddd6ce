// vm::Waiter — one parked operation of a task (Go's sudog), the FIFO list that holds them, the
// small lock every wait structure uses, and SyncEnv, what every blocking primitive needs.
//
// Ownership: a Waiter lives in the parked task's own memory (the Goroutine embeds one for plain
// operations and a vector of them for select; see vm/select.hpp). No allocation per park.
//
// Who may touch a Waiter's fields:
// - The owning task fills task/elem/select/caseIndex before it enqueues the waiter, and reads
//   `success` (and select's winner) after it has been readied and runs again.
// - While the waiter is in a list, only a thread holding that list's lock touches it. The
//   thread that dequeues it (the "waker") writes the results (the value into *elem, `success`)
//   and then calls Scheduler::ready(task): that is its last touch, because the task may run at
//   once (even before it has returned Parked: the WakePending case of vm/schedulable.hpp) and
//   reuse the waiter. So a waker reads `task` into a local before ready(), never after.
// - Between enqueueing and returning Parked, the owner must not touch the fields a waker writes.
//
// SpinLock: a test-and-test-and-set lock that yields the thread after a short spin. Critical
// sections under it are a few dozen instructions and never call out (no allocation, no
// ready(), no lock of lower rank unless the file's lock order says so), so spinning is cheaper
// than a futex. All-zero is unlocked, so it can live in zeroed heap memory.
// Rejected: std::mutex per channel (40 bytes, not zero-initialisable, a syscall under
// contention for sections shorter than the syscall).
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>

#include "vm/object.hpp"
#include "vm/race_hooks.hpp"

namespace weft::vm {

class Scheduler;
class Schedulable;
class Heap;
class Machine;

class SpinLock {
 public:
  void lock() {
    for (int spins = 0;; spins++) {
      if (!locked_.load(std::memory_order_relaxed) &&
          !locked_.exchange(true, std::memory_order_acquire))
        return;
      if (spins >= 64) std::this_thread::yield();
#if defined(__x86_64__)
      else
        __builtin_ia32_pause();
#endif
    }
  }
  bool try_lock() {
    return !locked_.load(std::memory_order_relaxed) &&
           !locked_.exchange(true, std::memory_order_acquire);
  }
  void unlock() {
    locked_.store(false, std::memory_order_release);
  }

 private:
  std::atomic<bool> locked_{false};
};

// The state shared by all the waiters of one blocked select (in the selecting task's memory).
// The first waker to CAS `done` 0 -> 1 (holding the lock of the channel it works on) owns the
// select: it writes `winner` and the winning waiter's results, then readies the task. Wakers
// that lose the CAS unlink the stale waiter and look further. Reset by the owner before use.
struct SelectWait {
  std::atomic<uint32_t> done{0};
  int32_t winner = -1;  // the completed case, written by the CAS winner before ready()
};

struct Waiter {
  Schedulable* task = nullptr;
  Waiter* next = nullptr;  // links in a WaitList (guarded by the list's lock)
  Waiter* prev = nullptr;
  bool queued = false;  // in a list (guarded by the list's lock)
  // Written by the waker before ready(): true if the operation completed normally (a value
  // was transferred, a lock handed over), false if a close woke it.
  bool success = false;
  int32_t caseIndex = -1;        // select: which case this waiter stands for
  Word* elem = nullptr;          // channel send: the value; receive: the destination (or null)
  SelectWait* select = nullptr;  // set when the waiter belongs to a select
  uint64_t ticket = 0;           // Cond (notify list) ticket
};

// An intrusive FIFO of Waiters. Not synchronised itself: guarded by its owner's lock.
struct WaitList {
  Waiter* first = nullptr;
  Waiter* last = nullptr;

  bool empty() const { return first == nullptr; }
  void push(Waiter* w) {
    w->next = nullptr;
    w->prev = last;
    if (last)
      last->next = w;
    else
      first = w;
    last = w;
    w->queued = true;
  }
  void remove(Waiter* w) {
    if (!w->queued) return;
    if (w->prev)
      w->prev->next = w->next;
    else
      first = w->next;
    if (w->next)
      w->next->prev = w->prev;
    else
      last = w->prev;
    w->next = w->prev = nullptr;
    w->queued = false;
  }
  Waiter* pop() {
    Waiter* w = first;
    if (w) remove(w);
    return w;
  }
};

// What a blocking primitive needs from the runtime: whom to ready parked tasks with, where to
// allocate lazily created wait queues, and the race detector (null when off).
// The VM's one SyncEnv is Machine::syncEnv() (vm/machine.hpp).
struct SyncEnv {
  Scheduler& sched;
  Heap& heap;
  RaceHooks* race = nullptr;
  Machine* machine = nullptr;  // the VM instance (null in unit tests of the primitives alone)
};

}  // namespace weft::vm
