// time.Sleep, channel timers, tickers and AfterFunc (vm/time_prims.hpp) on real workers.
#include <doctest.h>

#include <mutex>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Rig;
using toys::Task;

TEST_CASE("sleep: tasks wake in deadline order; a sleeping program is not deadlocked") {
  Rig rig(2);
  std::mutex mu;
  std::vector<int> order;
  const int delays[] = {60, 20, 40, 0, 80};
  std::vector<SleepTimer> timers(5);
  std::vector<int> pcs(5, 0);
  auto t0 = toys::Clock::now();
  for (int k = 0; k < 5; k++)
    rig.go([&, k](Task& t, Worker&) -> SliceResult {
      if (pcs[k]++ == 0) {
        SyncOutcome o = sleepFor(rig.env, &t, timers[k], delays[k] * 1000000ll);
        if (o.status == SyncStatus::Parked) {
          CHECK(std::string(o.waitReason) == "sleep");
          return SliceResult::Parked;
        }
      }
      std::lock_guard lk(mu);
      order.push_back(delays[k]);
      return SliceResult::Finished;
    });
  REQUIRE(rig.run(5));  // fails if a deadlock were reported while the tasks sleep
  CHECK(order == std::vector<int>{0, 20, 40, 60, 80});
  CHECK(toys::secondsSince(t0) >= 0.079);
}

TEST_CASE("timer channel: NewTimer fires once on C; Stop before firing keeps C empty") {
  Rig rig(2);
  Channel* c1 = rig.makeChan(1);
  Channel* c2 = rig.makeChan(1);
  ChanTimer* fires = newChanTimer(rig.env, c1);
  ChanTimer* stopped = newChanTimer(rig.env, c2);
  Waiter w;
  Word got = 0;
  int pc = 0;
  auto t0 = toys::Clock::now();
  std::atomic<int64_t> waited{0};
  rig.go([&](Task& t, Worker&) -> SliceResult {
    if (pc == 0) {
      pc = 1;
      CHECK_FALSE(chanTimerReset(&t, fires, 30000000));  // 30 ms
      chanTimerReset(&t, stopped, 10000000);
      CHECK(chanTimerStop(stopped));
      CHECK_FALSE(chanTimerStop(stopped));
      if (chanRecv(rig.env, &t, c1, &got, w).status == ChanOpStatus::Parked)
        return SliceResult::Parked;
    }
    waited = static_cast<int64_t>(toys::secondsSince(t0) * 1000);
    return SliceResult::Finished;
  });
  REQUIRE(rig.run(1));
  CHECK(waited >= 29);
  auto now = std::chrono::system_clock::now().time_since_epoch();
  int64_t nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
  CHECK(static_cast<int64_t>(got) <= nowNs);  // Unix nanoseconds of the firing
  CHECK(static_cast<int64_t>(got) > nowNs - 5000000000ll);
  std::this_thread::sleep_for(30ms);
  CHECK(chanLen(c2) == 0);
  CHECK(chanLen(c1) == 0);
  CHECK_FALSE(chanTimerStop(fires));  // already fired
}

TEST_CASE("ticker: delivers repeatedly; an unreceived tick is dropped, not queued") {
  Rig rig(2);
  Channel* c = rig.makeChan(1);
  ChanTimer* tick = newChanTimer(rig.env, c);
  Waiter w;
  Word v = 0;
  int received = 0, pc = 0;
  rig.go([&](Task& t, Worker&) -> SliceResult {
    for (;;) {
      if (pc == 0) {
        pc = 1;
        chanTimerReset(&t, tick, 5000000, 5000000);  // every 5 ms
      }
      if (pc == 2) {
        received++;
        pc = 1;
      }
      if (received == 5) {
        chanTimerStop(tick);
        return SliceResult::Finished;
      }
      pc = 2;
      if (chanRecv(rig.env, &t, c, &v, w).status == ChanOpStatus::Parked)
        return SliceResult::Parked;
    }
  });
  REQUIRE(rig.run(1));
  CHECK(received == 5);
  // Nobody receives now: at most one tick waits in C even after many periods.
  Channel* c2 = rig.makeChan(1);
  ChanTimer* t2 = newChanTimer(rig.env, c2);
  chanTimerReset(nullptr, t2, 1000000, 1000000);
  std::this_thread::sleep_for(30ms);
  chanTimerStop(t2);
  CHECK(chanLen(c2) == 1);
}

namespace {
struct AfterFuncRig {
  Rig* rig;
  toys::Task* task;
};
}  // namespace

TEST_CASE("AfterFunc: the fire function starts a task") {
  toys::Task spawned;  // declared before the rig: outlives the workers
  Rig rig(2);
  std::atomic<bool> ran{false};
  spawned.step = [&](Task&, Worker&) {
    ran = true;
    rig.finished++;
    return SliceResult::Finished;
  };
  static AfterFuncRig ctx;  // what the func value would carry; here a test-global
  ctx = {&rig, &spawned};
  ChanTimer* f = newFuncTimer(
      rig.env, [](ChanTimer& t) { t.env->sched.spawn(ctx.task); }, 0);
  Waiter w;
  int pc = 0;
  rig.go([&](Task& t, Worker&) -> SliceResult {  // keeps the program alive meanwhile
    if (pc++ == 0) {
      chanTimerReset(&t, f, 10000000);
      return SliceResult::Yielded;
    }
    return ran ? SliceResult::Finished : SliceResult::Yielded;
  });
  REQUIRE(rig.run(2));
  CHECK(ran);
}

TEST_CASE("pending timers are kept alive by the collector only through roots: stop first") {
  Rig rig(1);
  Channel* c = rig.makeChan(1);
  ChanTimer* t = newChanTimer(rig.env, c);
  chanTimerReset(nullptr, t, 1000000000);
  // The integration reports pending timers as roots (forEachPending); here: by hand.
  rig.heap.collect([&](RootVisitor& v) {
    rig.sched.timers().forEachPending([&](Timer& timer) {
      Word w = reinterpret_cast<Word>(&timer);
      v.conservative(&w, 1);
    });
  });
  CHECK(rig.heap.findObject(t) == t);
  CHECK(rig.heap.findObject(c) == c);  // traced through the timer
  CHECK(chanTimerStop(t));
}
