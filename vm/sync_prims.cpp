// sync primitives: see vm/sync_prims.hpp for the layouts, invariants and locking.
#include "vm/sync_prims.hpp"

#include <atomic>
#include <new>

#include "vm/heap.hpp"
#include "vm/scheduler.hpp"

namespace weft::vm {

namespace {

using AtomicWord = std::atomic_ref<Word>;

constexpr Word kLocked = 1;
constexpr Word kWaiter = 2;

// The SyncQueue a word points at, created on first use (racing creators: one CAS wins, the
// loser's object is garbage for the collector).
SyncQueue* queueOf(SyncEnv& env, Word* slot) {
  AtomicWord ref(*slot);
  Word q = ref.load(std::memory_order_acquire);
  if (q) return reinterpret_cast<SyncQueue*>(q);
  constexpr std::size_t words = (sizeof(SyncQueue) + sizeof(Word) - 1) / sizeof(Word);
  auto* fresh = new (env.heap.allocScalarWords(words)) SyncQueue();
  Word expected = 0;
  if (ref.compare_exchange_strong(expected, reinterpret_cast<Word>(fresh),
                                  std::memory_order_acq_rel, std::memory_order_acquire))
    return fresh;
  return reinterpret_cast<SyncQueue*>(expected);
}

// Readies a singly linked list (through `next`) of dequeued waiters; no lock held.
void readyAll(SyncEnv& env, Waiter* list) {
  while (list) {
    Waiter* next = list->next;  // before ready(): the task may reuse its waiter at once
    env.sched.ready(list->task);
    list = next;
  }
}

SyncOutcome parked(const char* reason) {
  return {SyncStatus::Parked, false, reason};
}
SyncOutcome fatal(const char* msg) {
  return {SyncStatus::Fatal, false, nullptr, msg};
}

}  // namespace

// ---- Mutex --------------------------------------------------------------------------------------
// Race slot: race[0] of the queue (created eagerly in race mode so the fast paths have a slot).

SyncOutcome mutexLock(SyncEnv& env, Schedulable* self, Word* m, Waiter& w) {
  AtomicWord state(m[0]);
  Word s = 0;
  if (!env.race && state.compare_exchange_strong(s, kLocked, std::memory_order_acquire)) return {};
  SyncQueue* q = queueOf(env, &m[1]);
  q->lock.lock();
  s = state.load(std::memory_order_relaxed);
  for (;;) {
    if (!(s & kLocked)) {
      if (state.compare_exchange_weak(s, s | kLocked, std::memory_order_acquire)) {
        q->lock.unlock();
        WEFT_RACE(env, acquire(self, q->race[0]));
        return {};
      }
    } else if (state.compare_exchange_weak(s, s + kWaiter, std::memory_order_relaxed)) {
      break;
    }
  }
  w.task = self;
  w.success = false;
  q->waiters.push(&w);
  q->lock.unlock();
  return parked("sync.Mutex.Lock");
}

SyncOutcome mutexTryLock(SyncEnv& env, Schedulable* self, Word* m) {
  Word s = 0;
  if (!AtomicWord(m[0]).compare_exchange_strong(s, kLocked, std::memory_order_acquire))
    return {SyncStatus::Done, false};
  if (env.race) WEFT_RACE(env, acquire(self, queueOf(env, &m[1])->race[0]));
  return {};
}

SyncOutcome mutexUnlock(SyncEnv& env, Schedulable* self, Word* m) {
  AtomicWord state(m[0]);
  SyncQueue* q = nullptr;
  if (env.race) {
    if (!(state.load(std::memory_order_relaxed) & kLocked))
      return fatal("sync: unlock of unlocked mutex");
    q = queueOf(env, &m[1]);
    WEFT_RACE(env, release(self, q->race[0]));
  }
  Word s = kLocked;
  if (state.compare_exchange_strong(s, 0, std::memory_order_release)) return {};
  if (!(s & kLocked)) return fatal("sync: unlock of unlocked mutex");
  // Parked Lock calls exist (s ≥ 3): hand the mutex to the oldest, keeping it locked. Its
  // waiter is queued: it was counted and queued under q->lock, which we take now.
  q = queueOf(env, &m[1]);
  q->lock.lock();
  Waiter* w = q->waiters.pop();
  state.fetch_sub(kWaiter, std::memory_order_release);
  q->lock.unlock();
  WEFT_RACE(env, acquire(w->task, q->race[0]));
  w->success = true;
  env.sched.ready(w->task);
  return {};
}

// ---- RWMutex
// -------------------------------------------------------------------------------------- Race
// slots: race[0] released by Unlock (writer), race[1] released by RUnlock (readers). State in the
// queue: count = active readers, writer, waiters = parked writers, readers = parked readers.

SyncOutcome rwLock(SyncEnv& env, Schedulable* self, Word* rw, Waiter& w) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  if (!q->writer && q->count == 0) {
    q->writer = true;
    q->lock.unlock();
    WEFT_RACE(env, acquire(self, q->race[0]));
    WEFT_RACE(env, acquire(self, q->race[1]));
    return {};
  }
  w.task = self;
  w.success = false;
  q->waiters.push(&w);
  q->lock.unlock();
  return parked("sync.RWMutex.Lock");
}

SyncOutcome rwTryLock(SyncEnv& env, Schedulable* self, Word* rw) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  bool ok = !q->writer && q->count == 0;
  if (ok) q->writer = true;
  q->lock.unlock();
  if (ok) {
    WEFT_RACE(env, acquire(self, q->race[0]));
    WEFT_RACE(env, acquire(self, q->race[1]));
  }
  return {SyncStatus::Done, ok};
}

SyncOutcome rwUnlock(SyncEnv& env, Schedulable* self, Word* rw) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  if (!q->writer) {
    q->lock.unlock();
    return fatal("sync: Unlock of unlocked RWMutex");
  }
  WEFT_RACE(env, release(self, q->race[0]));
  q->writer = false;
  Waiter* wake = nullptr;
  if (!q->readers.empty()) {
    // Readers that queued during the write go first (writer preference must not starve them).
    while (Waiter* r = q->readers.pop()) {
      q->count++;
      WEFT_RACE(env, acquire(r->task, q->race[0]));
      r->success = true;
      r->next = wake;
      wake = r;
    }
  } else if (Waiter* next = q->waiters.pop()) {
    q->writer = true;
    WEFT_RACE(env, acquire(next->task, q->race[0]));
    WEFT_RACE(env, acquire(next->task, q->race[1]));
    next->success = true;
    next->next = nullptr;
    wake = next;
  }
  q->lock.unlock();
  readyAll(env, wake);
  return {};
}

SyncOutcome rwRLock(SyncEnv& env, Schedulable* self, Word* rw, Waiter& w) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  if (!q->writer && q->waiters.empty()) {
    q->count++;
    q->lock.unlock();
    WEFT_RACE(env, acquire(self, q->race[0]));
    return {};
  }
  w.task = self;
  w.success = false;
  q->readers.push(&w);
  q->lock.unlock();
  return parked("sync.RWMutex.RLock");
}

SyncOutcome rwTryRLock(SyncEnv& env, Schedulable* self, Word* rw) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  bool ok = !q->writer && q->waiters.empty();
  if (ok) q->count++;
  q->lock.unlock();
  if (ok) WEFT_RACE(env, acquire(self, q->race[0]));
  return {SyncStatus::Done, ok};
}

SyncOutcome rwRUnlock(SyncEnv& env, Schedulable* self, Word* rw) {
  SyncQueue* q = queueOf(env, rw);
  q->lock.lock();
  if (q->count == 0) {
    q->lock.unlock();
    return fatal("sync: RUnlock of unlocked RWMutex");
  }
  WEFT_RACE(env, release(self, q->race[1]));
  Waiter* wake = nullptr;
  if (--q->count == 0) {
    if (Waiter* next = q->waiters.pop()) {
      q->writer = true;
      WEFT_RACE(env, acquire(next->task, q->race[0]));
      WEFT_RACE(env, acquire(next->task, q->race[1]));
      next->success = true;
      next->next = nullptr;
      wake = next;
    }
  }
  q->lock.unlock();
  readyAll(env, wake);
  return {};
}

// ---- WaitGroup
// ------------------------------------------------------------------------------------ Race slot:
// race[0]: Done (negative Add) releases, Wait acquires.

SyncOutcome waitGroupAdd(SyncEnv& env, Schedulable* self, Word* wg, int64_t delta) {
  AtomicWord state(wg[0]);
  if (env.race && delta < 0) WEFT_RACE(env, release(self, queueOf(env, &wg[1])->race[0]));
  Word s = state.fetch_add(static_cast<Word>(delta) << 32, std::memory_order_acq_rel) +
           (static_cast<Word>(delta) << 32);
  auto v = static_cast<int32_t>(s >> 32);
  auto waiters = static_cast<uint32_t>(s);
  if (v < 0) return {SyncStatus::Panic, false, nullptr, "sync: negative WaitGroup counter"};
  if (waiters != 0 && delta > 0 && v == delta)
    return {SyncStatus::Panic, false, nullptr,
            "sync: WaitGroup misuse: Add called concurrently with Wait"};
  if (v > 0 || waiters == 0) return {};
  // The counter reached zero with Wait calls parked (or parking): reset, release each one.
  if (state.load(std::memory_order_relaxed) != s)
    return {SyncStatus::Panic, false, nullptr,
            "sync: WaitGroup misuse: Add called concurrently with Wait"};
  state.store(0, std::memory_order_relaxed);
  SyncQueue* q = queueOf(env, &wg[1]);
  q->lock.lock();
  Waiter* wake = nullptr;
  for (uint32_t k = 0; k < waiters; k++) {
    if (Waiter* w = q->waiters.pop()) {
      WEFT_RACE(env, acquire(w->task, q->race[0]));
      w->success = true;
      w->next = wake;
      wake = w;
    } else {
      q->count++;  // that Wait has counted itself but not parked yet
    }
  }
  q->lock.unlock();
  readyAll(env, wake);
  return {};
}

SyncOutcome waitGroupWait(SyncEnv& env, Schedulable* self, Word* wg, Waiter& w) {
  AtomicWord state(wg[0]);
  Word s = state.load(std::memory_order_acquire);
  for (;;) {
    if (static_cast<int32_t>(s >> 32) == 0) {
      if (env.race) WEFT_RACE(env, acquire(self, queueOf(env, &wg[1])->race[0]));
      return {};
    }
    if (state.compare_exchange_weak(s, s + 1, std::memory_order_acq_rel)) break;
  }
  SyncQueue* q = queueOf(env, &wg[1]);
  q->lock.lock();
  if (q->count > 0) {  // the release came before we could park
    q->count--;
    q->lock.unlock();
    WEFT_RACE(env, acquire(self, q->race[0]));
    return {};
  }
  w.task = self;
  w.success = false;
  q->waiters.push(&w);
  q->lock.unlock();
  return parked("sync.WaitGroup.Wait");
}

// ---- Cond's notify list
// ----------------------------------------------------------------------------

uint64_t notifyListAdd(SyncEnv& env, Word* nl) {
  SyncQueue* q = queueOf(env, nl);
  q->lock.lock();
  uint64_t t = q->ticketWait++;
  q->lock.unlock();
  return t;
}

SyncOutcome notifyListWait(SyncEnv& env, Schedulable* self, Word* nl, uint64_t ticket, Waiter& w) {
  SyncQueue* q = queueOf(env, nl);
  q->lock.lock();
  if (ticket < q->ticketNotify) {  // signalled between Add and Wait
    q->lock.unlock();
    return {};
  }
  w.task = self;
  w.ticket = ticket;
  w.success = false;
  q->waiters.push(&w);
  q->lock.unlock();
  return parked("sync.Cond.Wait");
}

void notifyListNotifyOne(SyncEnv& env, Word* nl) {
  SyncQueue* q = queueOf(env, nl);
  q->lock.lock();
  if (q->ticketNotify == q->ticketWait) {
    q->lock.unlock();
    return;
  }
  uint64_t t = q->ticketNotify++;
  Waiter* found = nullptr;
  for (Waiter* w = q->waiters.first; w; w = w->next)
    if (w->ticket == t) {
      found = w;
      break;
    }
  if (found) {
    q->waiters.remove(found);
    found->success = true;
  }
  q->lock.unlock();
  if (found) env.sched.ready(found->task);
}

void notifyListNotifyAll(SyncEnv& env, Word* nl) {
  SyncQueue* q = queueOf(env, nl);
  q->lock.lock();
  q->ticketNotify = q->ticketWait;
  Waiter* wake = nullptr;
  while (Waiter* w = q->waiters.pop()) {
    w->success = true;
    w->next = wake;
    wake = w;
  }
  q->lock.unlock();
  readyAll(env, wake);
}

// ---- Once
// ---------------------------------------------------------------------------------------------
// Race slot: race[1] of the embedded Mutex's queue.

bool onceDone(SyncEnv& env, Schedulable* self, Word* once) {
  bool done = AtomicWord(once[0]).load(std::memory_order_acquire) != 0;
  if (done && env.race) WEFT_RACE(env, acquire(self, queueOf(env, &once[2])->race[1]));
  return done;
}

void onceSetDone(SyncEnv& env, Schedulable* self, Word* once) {
  if (env.race) WEFT_RACE(env, release(self, queueOf(env, &once[2])->race[1]));
  AtomicWord(once[0]).store(1, std::memory_order_release);
}

}  // namespace weft::vm
