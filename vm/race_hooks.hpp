// vm::RaceHooks — where the channel and sync primitives report their happens-before edges to the
// race detector (issue 4). The primitives only say WHEN an edge exists; the detector owns the
// vector clocks.
//
// Model (Go's runtime/race.go, TSan's sync objects): a RaceSync is the vector clock of one
// synchronisation point (a channel, a buffered channel's slot, a mutex, a WaitGroup, ...).
// - release(task, slot): slot's clock := join(slot's clock, task's clock); then the task's own
//   epoch advances (the detector's business).
// - acquire(task, slot): task's clock := join(task's clock, slot's clock).
// A RaceSlot is an atomic pointer the detector fills lazily (CAS from null) the first time it
// sees the slot; the primitive owns the slot's storage, the detector owns the RaceSync.
// `task` is not always the calling task: when a primitive completes a parked task's operation
// (a hand-off), it calls acquire/release on behalf of the parked task, which cannot be running.
// Calls on the same slot may come from several threads at once (e.g. RWMutex readers): the
// detector synchronises its clocks itself.
//
// Cost when the detector is off: every call site is WEFT_RACE(env, call), a test of a null
// pointer (the SyncEnv's `race`), or nothing at all when built with -DWEFT_RACE_HOOKS=0.
//
// Where each primitive calls them (the edges of /work/shared/GO-FACTS.md):
// - unbuffered channel hand-off: both tasks release then acquire the channel's slot (send
//   happens before the receive completes and vice versa; Go's racesync).
// - buffered channel: every buffer operation on slot i acquires and releases slot i's clock
//   (k-th send → k-th receive; k-th receive → (k+C)-th send); a hand-off through a waiting
//   party does it for both tasks (Go's racenotify).
// - close releases the channel's slot; a receive that returns because of close acquires it.
// - Mutex: Unlock releases, Lock/TryLock acquire. RWMutex: Unlock releases the writer slot,
//   RUnlock releases the reader slot; RLock acquires the writer slot; Lock acquires both.
// - WaitGroup: Add with a negative delta (Done) releases; Wait acquires before returning.
// - Once: the call of f releases (after f returns), Do acquires before returning.
// - Cond: nothing of its own (Go's Cond is ordered by its Locker).
// - timers: NewTimer/After/NewTicker/Tick/AfterFunc and Reset release the timer's slot; a firing
//   channel timer transfers that slot into the channel's buffer slot it sends on (Go's runtimer
//   acquires the timer in the P's timer context, whose send then releases), AfterFunc's
//   goroutine acquires it before it starts.
#pragma once

#include <atomic>

#ifndef WEFT_RACE_HOOKS
#define WEFT_RACE_HOOKS 1
#endif

namespace weft::vm {

class Schedulable;
class RaceSync;  // defined by the race detector
using RaceSlot = std::atomic<RaceSync*>;

class RaceHooks {
 public:
  virtual ~RaceHooks() = default;
  virtual void acquire(Schedulable* task, RaceSlot& slot) = 0;
  virtual void release(Schedulable* task, RaceSlot& slot) = 0;
  // acquire then release by the same task, as one step (a buffered channel's slot: Go's
  // racenotify).
  virtual void acquireRelease(Schedulable* task, RaceSlot& slot) {
    acquire(task, slot);
    release(task, slot);
  }
  // An unbuffered hand-off between `self` (may be null: no task) and the parked `other`: both
  // release then acquire `slot`, so each one's past happens before the other's future (Go's
  // racesync).
  virtual void handOff(Schedulable* self, Schedulable* other, RaceSlot& slot) {
    if (self) release(self, slot);
    acquire(other, slot);
    release(other, slot);
    if (self) acquire(self, slot);
  }
  // `to` := join(to, from), with no task involved (a timer firing on the timer thread: what the
  // goroutine that started the timer released on `from` reaches whoever acquires `to`).
  virtual void transfer(RaceSlot& from, RaceSlot& to) {
    (void)from;
    (void)to;
  }
};

#if WEFT_RACE_HOOKS
#define WEFT_RACE(env, call)                   \
  do {                                         \
    if (auto* race_ = (env).race) race_->call; \
  } while (0)
#else
#define WEFT_RACE(env, call) \
  do {                       \
  } while (0)
#endif

}  // namespace weft::vm
