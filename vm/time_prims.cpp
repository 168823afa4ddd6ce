// time primitives: see vm/time_prims.hpp.
#include "vm/time_prims.hpp"

#include <chrono>
#include <cstddef>
#include <new>
#include <type_traits>

#include "vm/heap.hpp"
#include "vm/scheduler.hpp"

namespace weft::vm {

namespace {

Timer::Clock::time_point deadline(int64_t nanos) {
  return Timer::Clock::now() + std::chrono::nanoseconds(nanos > 0 ? nanos : 0);
}

void unixNanos(Word* out, Timer::Clock::time_point when) {
  // Map the steady deadline onto the wall clock (what time.Now() would have said then).
  auto wall = std::chrono::system_clock::now() + (when - Timer::Clock::now());
  out[0] = static_cast<Word>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(wall.time_since_epoch()).count());
}

void traceTimer(void* obj, RootVisitor& v) {
  auto* t = static_cast<ChanTimer*>(obj);
  if (t->chan) v.precise(reinterpret_cast<Word>(t->chan));
  if (t->arg) v.precise(t->arg);
}

// Only unreachable timers are finalized, and pending timers are roots, so the timer is not
// pending here (at teardown the Scheduler, hence its timer thread, must stop before the Heap is
// destroyed; the scheduler may already be gone, so this must not touch it).
void finalizeTimer(void* obj) {
  static_cast<ChanTimer*>(obj)->~ChanTimer();
}

static_assert(std::is_standard_layout_v<ChanTimer> && offsetof(ChanTimer, timer) == 0,
              "Fire::fire and the collector find the ChanTimer at its Timer's address");

}  // namespace

void SleepTimer::fire(Timer& timer, Clock::time_point) {
  auto& t = static_cast<SleepTimer&>(timer);
  Schedulable* task = t.task;
  t.sched->ready(task);  // last touch of t
}

SyncOutcome sleepFor(SyncEnv& env, Schedulable* self, SleepTimer& t, int64_t nanos) {
  if (nanos <= 0) return {};
  t.sched = &env.sched;
  t.task = self;
  env.sched.timers().add(t, deadline(nanos));
  return {SyncStatus::Parked, false, "sleep"};
}

void ChanTimer::Fire::fire(Timer& timer, Clock::time_point when) {
  auto& t = reinterpret_cast<ChanTimer&>(timer);  // timer is the first member
  if (t.onFire) {
    t.onFire(t);
    return;
  }
  int32_t slots = t.chan->elemSlots;
  Word value[8] = {};
  if (slots > 8) return;  // time.Time is a few words; larger element types are not timers
  (t.makeValue ? t.makeValue : unixNanos)(value, when);
  chanTimerSend(t, value);
}

void chanTimerSend(ChanTimer& t, const Word* value) {
  // A full channel drops the tick (Go's sendTime). Race mode: whoever started or reset the timer
  // happens before the receive of this value (Go's runtimer acquires the timer, then sends).
  chanTrySend(*t.env, nullptr, t.chan, value, &t.race);
}

void registerTimerKind(Heap& heap) {
  heap.setNativeKindOps(ObjKind::Timer, NativeKindOps{traceTimer, finalizeTimer});
}

ChanTimer* newChanTimer(SyncEnv& env, Channel* c, ChanTimer::MakeValue makeValue) {
  auto* t = new (env.heap.allocNative(ObjKind::Timer, sizeof(ChanTimer))) ChanTimer();
  t->env = &env;
  t->chan = c;
  t->makeValue = makeValue;
  return t;
}

ChanTimer* newFuncTimer(SyncEnv& env, ChanTimer::OnFire onFire, Word fn) {
  auto* t = new (env.heap.allocNative(ObjKind::Timer, sizeof(ChanTimer))) ChanTimer();
  t->env = &env;
  t->onFire = onFire;
  t->arg = fn;
  return t;
}

bool chanTimerReset(Schedulable* self, ChanTimer* t, int64_t nanos, int64_t period) {
  if (self) WEFT_RACE(*t->env, release(self, t->race));
  return t->env->sched.timers().reset(t->timer, deadline(nanos),
                                      std::chrono::nanoseconds(period > 0 ? period : 0));
}

bool chanTimerStop(ChanTimer* t) {
  return t->env->sched.timers().cancel(t->timer);
}

}  // namespace weft::vm
