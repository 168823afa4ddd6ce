// TimerQueue: ordering, cancel, reset, repeating timers, pause, the busy hook, 100,000 timers.
#include <doctest.h>

#include <algorithm>
#include <mutex>
#include <random>
#include <vector>

#include "tests/unit/sched_toys.hpp"
#include "vm/timers.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;

namespace {

// A timer that records its firing in a shared log.
struct LogTimer : Timer {
  LogTimer() : Timer(&onFire) {}
  static void onFire(Timer& t, Clock::time_point when) {
    auto& self = static_cast<LogTimer&>(t);
    {
      std::lock_guard lk(*self.mu);
      self.log->push_back(self.id);
      self.firedAt = Clock::now();
      self.scheduledFor = when;
    }
    self.latch->add();  // last touch
  }
  int id = 0;
  std::mutex* mu = nullptr;
  std::vector<int>* log = nullptr;
  toys::Latch* latch = nullptr;
  Clock::time_point firedAt{}, scheduledFor{};
};

struct Fixture {
  std::mutex mu;
  std::vector<int> log;
  toys::Latch latch;
  std::vector<std::unique_ptr<LogTimer>> timers;
  LogTimer& make(int id) {
    timers.push_back(std::make_unique<LogTimer>());
    LogTimer& t = *timers.back();
    t.id = id;
    t.mu = &mu;
    t.log = &log;
    t.latch = &latch;
    return t;
  }
  std::vector<int> snapshot() {
    std::lock_guard lk(mu);
    return log;
  }
};

}  // namespace

TEST_CASE("timers fire in deadline order, equal deadlines in insertion order") {
  Fixture f;  // outlives the queue
  TimerQueue q;
  std::mt19937 rng(42);
  // Far enough ahead that all 200 are queued before the first fires, even on a loaded machine
  // (the order checks below mean nothing otherwise, so they are skipped if adding was late).
  auto base = Clock::now() + 300ms;
  std::vector<std::pair<Clock::time_point, int>> expected;
  for (int k = 0; k < 200; k++) {
    auto when = base + std::chrono::microseconds(rng() % 20000);
    if (k % 10 == 0) when = base + 5ms;  // some equal deadlines
    q.add(f.make(k), when);
    expected.push_back({when, k});
  }
  bool queuedInTime = Clock::now() < base;
  if (queuedInTime) CHECK(q.size() == 200);
  REQUIRE(f.latch.waitFor(200));
  std::stable_sort(expected.begin(), expected.end(),
                   [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<int> want;
  for (auto& e : expected) want.push_back(e.second);
  if (queuedInTime) CHECK(f.snapshot() == want);
  else MESSAGE("machine too loaded: timers fired before all were queued; order not checked");
  for (auto& t : f.timers) CHECK(t->firedAt >= t->scheduledFor);  // never early
  CHECK(q.size() == 0);
}

TEST_CASE("timers: cancel and reset") {
  Fixture f;
  TimerQueue q;
  auto now = Clock::now();
  LogTimer& a = f.make(1);
  LogTimer& b = f.make(2);
  LogTimer& c = f.make(3);
  LogTimer& d = f.make(4);
  q.add(a, now + 40ms);
  q.add(b, now + 20ms);
  q.add(c, now + 30ms);
  CHECK(q.cancel(b));                   // pending: will not fire
  CHECK_FALSE(q.cancel(b));             // no longer pending
  CHECK_FALSE(q.cancel(d));             // never added
  CHECK(q.reset(a, now + 10ms));        // earlier than c now
  CHECK_FALSE(q.reset(d, now + 50ms));  // reset of a non-pending timer schedules it
  REQUIRE(f.latch.waitFor(3));
  std::this_thread::sleep_for(30ms);  // b must not fire late either
  CHECK(f.snapshot() == std::vector<int>{1, 3, 4});
  CHECK_FALSE(q.cancel(a));  // already fired
  // A fired timer can be added again.
  q.add(a, Clock::now() + 1ms);
  REQUIRE(f.latch.waitFor(4));
  CHECK(f.snapshot() == std::vector<int>{1, 3, 4, 1});
}

TEST_CASE("timers: reset to later postpones") {
  Fixture f;
  TimerQueue q;
  auto t0 = Clock::now();
  LogTimer& a = f.make(1);
  q.add(a, t0 + 10ms);
  CHECK(q.reset(a, t0 + 60ms));
  REQUIRE(f.latch.waitFor(1));
  CHECK(a.firedAt - t0 >= 60ms);
}

namespace {
struct TickTimer : Timer {
  TickTimer() : Timer(&onFire) {}
  static void onFire(Timer& t, Clock::time_point when) {
    auto& self = static_cast<TickTimer&>(t);
    self.whens.push_back(when);  // only the timer thread touches it until the queue stops
    self.latch.add();
  }
  std::vector<Clock::time_point> whens;
  toys::Latch latch;
};
}  // namespace

TEST_CASE("timers: a repeating timer ticks every period until cancelled") {
  TickTimer t;
  TimerQueue q;
  auto t0 = Clock::now() + 5ms;
  q.add(t, t0, 10ms);
  REQUIRE(t.latch.waitFor(5));
  CHECK(q.cancel(t));  // a repeating timer is pending between ticks
  q.stop();            // joins the timer thread: `whens` is ours now
  REQUIRE(t.whens.size() >= 5);
  // Each tick is scheduled on the period grid (a late tick makes the next skip, never drift).
  CHECK(t.whens[0] == t0);
  for (std::size_t k = 1; k < t.whens.size(); k++) {
    auto d = t.whens[k] - t0;
    CHECK(d % 10ms == Clock::duration::zero());
    CHECK(t.whens[k] > t.whens[k - 1]);
  }
}

TEST_CASE("timers: pause holds firing, busy hook tracks pending timers") {
  std::mutex hookMu;
  std::vector<bool> busyLog;
  Fixture f;
  TimerQueue q([&](bool busy) {
    std::lock_guard lk(hookMu);
    busyLog.push_back(busy);
  });
  CHECK_FALSE(q.busy());
  LogTimer& a = f.make(1);
  LogTimer& b = f.make(2);
  q.add(a, Clock::now() + 5ms);
  q.add(b, Clock::now() + 10ms);
  CHECK(q.busy());
  q.pause();
  std::this_thread::sleep_for(40ms);
  CHECK(f.snapshot().empty());  // overdue but paused
  int pending = 0;
  q.forEachPending([&](Timer&) { pending++; });
  CHECK(pending == 2);
  q.resume();
  REQUIRE(f.latch.waitFor(2));
  // The busy flag drops once the last fire function has returned.
  for (int k = 0; k < 200 && q.busy(); k++) std::this_thread::sleep_for(1ms);
  CHECK_FALSE(q.busy());
  std::lock_guard lk(hookMu);
  CHECK(busyLog == std::vector<bool>{true, false});
}

TEST_CASE("timers: 100,000 sleepers cost one heap entry each") {
  const int n = 100000 / toys::kTsanDivisor;
  toys::Latch latch;
  struct Sleeper : Timer {
    Sleeper() : Timer(&onFire) {}
    static void onFire(Timer& t, Clock::time_point) { static_cast<Sleeper&>(t).latch->add(); }
    toys::Latch* latch = nullptr;
  };
  std::vector<Sleeper> sleepers(n);
  TimerQueue q;
  auto t0 = Clock::now();
  for (auto& s : sleepers) {
    s.latch = &latch;
    q.add(s, t0 + 500ms);
  }
  double addSeconds = toys::secondsSince(t0);
  // Some may already have fired if adding took longer than the deadline (a loaded machine).
  if (addSeconds < 0.5) CHECK(q.size() == static_cast<std::size_t>(n));
  REQUIRE(latch.waitFor(n));
  double total = toys::secondsSince(t0);
  MESSAGE("added " << n << " timers in " << addSeconds * 1e3 << " ms (" << addSeconds * 1e9 / n
                   << " ns each); all fired after " << total * 1e3 << " ms");
  CHECK(total < 30.0);  // a hang guard; speed is bench/'s business, not a unit test's
}

TEST_CASE("timers: a fire function may add, reset and cancel timers") {
  struct Chain : Timer {
    Chain() : Timer(&onFire) {}
    static void onFire(Timer& t, Clock::time_point) {
      auto& c = static_cast<Chain&>(t);
      if (++c.count < 10)
        c.q->add(c, Clock::now() + 1ms);  // re-arm itself
      else
        c.latch.add();
    }
    TimerQueue* q = nullptr;
    int count = 0;
    toys::Latch latch;
  };
  Chain c;
  TimerQueue q;
  c.q = &q;
  q.add(c, Clock::now());
  REQUIRE(c.latch.waitFor(1));
  q.stop();
  CHECK(c.count == 10);
}

namespace {
// A task that sleeps once (time.Sleep): its timer is embedded, as it would be in a Goroutine.
struct SleepyTask : toys::Task {
  struct Alarm : Timer {
    Alarm() : Timer(&onFire) {}
    static void onFire(Timer& t, Clock::time_point) {
      auto& a = static_cast<Alarm&>(t);
      a.sched->ready(a.task);  // the last touch of the timer
    }
    Scheduler* sched = nullptr;
    Schedulable* task = nullptr;
  } alarm;
};
}  // namespace

TEST_CASE("100,000 tasks sleeping at once: one heap entry each, no deadlock report meanwhile") {
  const int n = 100000 / toys::kTsanDivisor;
  std::vector<std::unique_ptr<SleepyTask>> tasks;
  for (int k = 0; k < n; k++) tasks.push_back(std::make_unique<SleepyTask>());
  std::atomic<int> woke{0};
  toys::Latch allWoke, deadlock;
  std::atomic<int64_t> deadlockAtWoke{-1};
  std::atomic<std::size_t> maxPending{0};
  Scheduler s(toys::toyOptions(2, [&] {
    deadlockAtWoke.store(woke.load());
    deadlock.add();
  }));
  auto t0 = Clock::now();
  auto wakeAt = t0 + 400ms;
  for (auto& tp : tasks) {
    SleepyTask& st = *tp;
    st.alarm.sched = &s;
    st.alarm.task = &st;
    st.step = [&, wakeAt](toys::Task& t, Worker& w) {
      if (t.pc == 0) {
        t.pc = 1;
        w.scheduler().timers().add(st.alarm, wakeAt);  // register, then park
        return SliceResult::Parked;
      }
      if (woke.fetch_add(1) + 1 == n) allWoke.add();
      return SliceResult::Finished;
    };
    s.spawn(&st);
  }
  s.start();
  // While they sleep, every task is parked and the heap holds one entry per task.
  while (toys::secondsSince(t0) < 0.38) {
    std::size_t pending = s.timers().size();
    if (pending > maxPending.load()) maxPending.store(pending);
    std::this_thread::sleep_for(5ms);
  }
  CHECK(deadlock.count() == 0);
  REQUIRE(allWoke.waitFor(1, 60s));
  double sec = toys::secondsSince(t0);
  CHECK(deadlock.waitFor(1, 5s));  // afterwards nothing is left: the empty world is reported
  s.stop();
  MESSAGE(n << " sleepers: all parked and woken after " << sec * 1e3 << " ms (sleep 400 ms); "
            << "heap peaked at " << maxPending.load() << " timers");
  CHECK(maxPending.load() == static_cast<std::size_t>(n));
  CHECK(deadlockAtWoke.load() == n);
  CHECK(sec < 5.0);
}
