// The blocking half of package time (sleep.go): Sleep and the runtime timers behind Timer,
// Ticker, After, Tick and AfterFunc, over vm/time_prims.hpp.
//
// A channel timer is a vm::ChanTimer whose fire function (run on the timer thread) builds the
// current Time, as Now() would, and offers it to C without blocking (a full channel drops the
// tick, as Go's sendTime does). Building a Time needs two values of package time — Local and
// the monotonic origin startNano — which the Go side hands over once in a timerClock object
// kept in ChanTimer::arg (traced by the collector, never written after initialization).
// A func timer (AfterFunc) spawns a goroutine running f from the timer thread
// (Machine::spawn may be called from any thread).
#include <time.h>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "vm/channel.hpp"
#include "vm/goroutine.hpp"
#include "vm/machine.hpp"
#include "vm/time_prims.hpp"

namespace weft::stdlib {
namespace {

// time.go's Time: [0] wall seconds since year 1, [1] ns, [2] ext (monotonic ns since
// startNano), [3] hasMono, [4] loc. timerClock: [0] loc, [1] start.
constexpr int kTimeSlots = 5;
constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400LL;

void sendTime(vm::ChanTimer& t) {
  if (!t.chan || t.chan->elemSlots != kTimeSlots) return;
  const Word* clock = reinterpret_cast<const Word*>(t.arg);
  timespec wall{}, mono{};
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  int64_t monoNanos = static_cast<int64_t>(mono.tv_sec) * 1000000000 + mono.tv_nsec;
  Word value[kTimeSlots] = {
      static_cast<Word>(static_cast<int64_t>(wall.tv_sec) + kUnixToInternal),
      static_cast<Word>(static_cast<int64_t>(wall.tv_nsec)),
      static_cast<Word>(monoNanos - static_cast<int64_t>(clock[1])),
      1,
      clock[0],
  };
  vm::chanTimerSend(t, value);  // race mode: the timer's starter happens before the receive
}

// AfterFunc: f runs in a new goroutine.
void goFunc(vm::ChanTimer& t) {
  auto* fn = reinterpret_cast<const vm::Closure*>(t.arg);
  if (!fn || !t.env->machine) return;
  // Race mode: AfterFunc / Reset released the timer's slot; f's goroutine acquires it.
  t.env->machine->spawn(fn->proto, fn, nullptr, 0, nullptr, &t.race);
}

vm::ChanTimer* timerArg(NativeCall& call) {
  return reinterpret_cast<vm::ChanTimer*>(call.args[0]);
}

// func Sleep(d Duration)
NativeResult sleep(NativeCall& call) {
  vm::Goroutine& g = call.goroutine;
  vm::SyncOutcome o = vm::sleepFor(call.machine.syncEnv(), &g, g.sleepTimer, argInt(call, 0));
  if (o.status == vm::SyncStatus::Parked) return call.park(o.waitReason);
  return NativeResult::Done;
}

// func newChanTimer(c chan Time, clock *timerClock) *runtimeTimer
NativeResult newChanTimer(NativeCall& call) {
  auto* c = reinterpret_cast<vm::Channel*>(call.args[0]);
  vm::ChanTimer* t = vm::newChanTimer(call.machine.syncEnv(), c);
  t->onFire = sendTime;
  t->arg = call.args[1];
  call.results[0] = reinterpret_cast<Word>(t);
  return NativeResult::Done;
}

// func newFuncTimer(f func()) *runtimeTimer
NativeResult newFuncTimer(NativeCall& call) {
  call.results[0] =
      reinterpret_cast<Word>(vm::newFuncTimer(call.machine.syncEnv(), goFunc, call.args[0]));
  return NativeResult::Done;
}

// func resetTimer(r *runtimeTimer, d int64, period int64) bool
NativeResult resetTimer(NativeCall& call) {
  call.results[0] =
      vm::chanTimerReset(&call.goroutine, timerArg(call), argInt(call, 1), argInt(call, 2)) ? 1 : 0;
  return NativeResult::Done;
}

// func stopTimer(r *runtimeTimer) bool
NativeResult stopTimer(NativeCall& call) {
  call.results[0] = vm::chanTimerStop(timerArg(call)) ? 1 : 0;
  return NativeResult::Done;
}

}  // namespace

void registerTimeTimers(vm::NativeRegistry& r) {
  r.add("time.Sleep", sleep);
  r.add("time.newChanTimer", newChanTimer);
  r.add("time.newFuncTimer", newFuncTimer);
  r.add("time.resetTimer", resetTimer);
  r.add("time.stopTimer", stopTimer);
}

}  // namespace weft::stdlib
