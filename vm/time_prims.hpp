// vm/time_prims — time.Sleep and the timers of package time on top of vm::TimerQueue.
//
// - Sleep: the goroutine embeds a SleepTimer (no allocation per sleep); sleepFor() arms it and
//   returns Parked ("sleep"); the timer thread readies the task at the deadline. A pending
//   sleep counts as an external waker, so a sleeping program is never reported as deadlocked.
// - time.NewTimer / After / NewTicker / Tick / AfterFunc: a ChanTimer heap object
//   (ObjKind::Timer). A channel timer delivers on its channel C (capacity 1, made by the caller)
//   with a non-blocking send, as Go's sendTime does: a tick nobody has received is dropped. A
//   func timer calls `onFire` on the timer thread (the integration spawns the goroutine running
//   f there; Scheduler::spawn from a foreign thread is allowed and the timer queue is an
//   external waker while it fires).
//
// Invariants and locking: the TimerQueue's mutex guards every Timer's scheduling state; fire
// functions run on the timer thread without locks, one at a time, and may take a channel lock
// (chanTrySend) — the lock order is TimerQueue::mu_ (not held while firing) → channel lock.
// A SleepTimer's fire function touches the timer only before ready() (the task may reuse it
// at once). A ChanTimer must stay alive while pending: the collector reports every pending
// timer as a root (TimerQueue::forEachPending during stop-the-world; a ChanTimer's Timer is its
// first member, so the Timer's address is the object's). Teardown: stop the Scheduler (and so
// its timer thread) before destroying the Heap.
//
// Who may call what: sleepFor by a running task for itself; the ChanTimer functions by any
// task (they are Go methods on *Timer / *Ticker); none from a fire function except through
// the queue's own rules.
//
// Race detector: starting or resetting a timer releases on the timer's slot (Go's addtimer /
// modtimer do racerelease). The timer thread is no task: a firing channel timer's send
// (chanTimerSend) transfers the timer's slot into the channel's buffer slot, so the receiver
// acquires it (Go's runtimer acquires the timer in the P's timer context, then sendTime's send
// releases); AfterFunc's goroutine acquires the slot before it starts (Machine::spawn).
//
// Rejected: a goroutine per timer (Go before 1.14 had a timer goroutine; here the fire
// function itself is the delivery, no task needed); std::function callbacks (an allocation per
// timer).
#pragma once

#include <cstdint>

#include "vm/channel.hpp"
#include "vm/sync_prims.hpp"
#include "vm/timers.hpp"

namespace weft::vm {

class Scheduler;

struct SleepTimer : Timer {
  SleepTimer() : Timer(&fire) {}
  Scheduler* sched = nullptr;
  Schedulable* task = nullptr;
  static void fire(Timer& t, Clock::time_point when);
};

// time.Sleep(d): Done at once when nanos ≤ 0 (Go returns immediately), else Parked ("sleep").
SyncOutcome sleepFor(SyncEnv& env, Schedulable* self, SleepTimer& t, int64_t nanos);

class ChanTimer {
 public:
  using Clock = Timer::Clock;
  // Writes the value sent on C (slots of the channel's element type) for a firing at `when`.
  // time.Time's layout belongs to package time; the default writes Unix nanoseconds in word 0.
  using MakeValue = void (*)(Word* out, Clock::time_point when);
  using OnFire = void (*)(ChanTimer& t);

  struct Fire : Timer {
    Fire() : Timer(&fire) {}
    static void fire(Timer& t, Clock::time_point when);
  };
  Fire timer;  // first member: its address is the object's (see the header comment)
  SyncEnv* env = nullptr;
  Channel* chan = nullptr;  // channel timers: C
  MakeValue makeValue = nullptr;
  OnFire onFire = nullptr;  // func timers (AfterFunc)
  Word arg = 0;             // func timers: the func value (a heap reference, traced)
  RaceSlot race{nullptr};
};

// Sets ObjKind::Timer's trace/finalize hooks on `heap`. `env` must outlive the heap's timers.
void registerTimerKind(Heap& heap);
// A channel timer sending on `c` (null makeValue: Unix nanoseconds), not yet started.
ChanTimer* newChanTimer(SyncEnv& env, Channel* c, ChanTimer::MakeValue makeValue = nullptr);
// A func timer calling onFire(t) with t.arg == fn, not yet started.
ChanTimer* newFuncTimer(SyncEnv& env, ChanTimer::OnFire onFire, Word fn);
// Starts or restarts it: first firing after `nanos` (≤ 0: at once), then every `period`
// nanoseconds if period > 0 (a ticker). Returns whether it was pending (Timer.Reset's result).
bool chanTimerReset(Schedulable* self, ChanTimer* t, int64_t nanos, int64_t period = 0);
// A firing channel timer offers `value` (slots of C's element type) to C without blocking;
// in race mode the receiver acquires what the timer's starter released (see the header).
void chanTimerSend(ChanTimer& t, const Word* value);
// Timer.Stop / Ticker.Stop: whether it was pending.
bool chanTimerStop(ChanTimer* t);

}  // namespace weft::vm
