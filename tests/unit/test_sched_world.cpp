// Stop-the-world (from the host, from tasks, concurrently, with idle workers and timers) and
// blocking host calls.
#include <doctest.h>

#include <set>

#include "tests/unit/sched_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;
using toys::Latch;
using toys::Task;

namespace {

// CPU-bound tasks that count their progress and poll the preempt flag like the interpreter does
// at back-edges.
struct Spinners {
  std::vector<std::unique_ptr<Task>> tasks;
  std::vector<std::unique_ptr<std::atomic<int64_t>>> progress;
  std::atomic<bool> running{true};

  explicit Spinners(int n) : tasks(toys::makeTasks(n)) {
    for (int k = 0; k < n; k++) {
      progress.push_back(std::make_unique<std::atomic<int64_t>>(0));
      auto* p = progress.back().get();
      tasks[k]->step = [this, p](Task&, Worker& w) {
        for (int budget = 0; budget < 1000 && !w.preemptRequested(); budget++) {
          toys::spinWork(100);
          p->fetch_add(1, std::memory_order_relaxed);
        }
        return running.load() ? SliceResult::Yielded : SliceResult::Finished;
      };
    }
  }
  std::vector<int64_t> snapshot() const {
    std::vector<int64_t> v;
    for (auto& p : progress) v.push_back(p->load());
    return v;
  }
  int inRun() const {
    int n = 0;
    for (auto& t : tasks) n += t->inRun.load();
    return n;
  }
  void spawnAll(Scheduler& s) {
    for (auto& t : tasks) s.spawn(t.get());
  }
};

}  // namespace

TEST_CASE("stop-the-world from a host thread freezes running tasks") {
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Spinners sp(6);
    Scheduler s(toys::toyOptions(procs));
    sp.spawnAll(s);
    s.start();
    std::this_thread::sleep_for(20ms);
    double worstStop = 0;
    for (int round = 0; round < 10; round++) {
      auto t0 = Clock::now();
      s.stopTheWorld();
      worstStop = std::max(worstStop, toys::secondsSince(t0));
      CHECK(sp.inRun() == 0);  // every worker is between slices
      auto before = sp.snapshot();
      std::this_thread::sleep_for(10ms);
      CHECK(sp.snapshot() == before);
      s.startTheWorld();
      auto deadline = Clock::now() + 5s;  // running again (soon, on a loaded machine)
      while (sp.snapshot() == before && Clock::now() < deadline) std::this_thread::sleep_for(1ms);
      CHECK(sp.snapshot() != before);
    }
    MESSAGE(procs << " worker(s): slowest stopTheWorld " << worstStop * 1e6 << " µs");
    sp.running.store(false);
    s.stop();
  }
}

TEST_CASE("stop-the-world with idle workers and parked tasks") {
  Spinners sp(1);
  Task parked;
  parked.step = [](Task&, Worker&) { return SliceResult::Parked; };
  Scheduler s(toys::toyOptions(4));
  s.spawn(&parked);
  sp.spawnAll(s);
  s.start();
  std::this_thread::sleep_for(20ms);  // three workers are idle by now
  for (int round = 0; round < 20; round++) {
    s.stopTheWorld();
    CHECK(sp.inRun() == 0);
    s.startTheWorld();
  }
  // The world also stops when every worker is idle.
  sp.running.store(false);
  std::this_thread::sleep_for(20ms);
  s.stopTheWorld();
  s.startTheWorld();
  s.stop();
}

TEST_CASE("stop-the-world from inside a task (the collector's case), two at once") {
  Spinners sp(4);
  const int kCollectors = 2;
  const int rounds = 200 / toys::kTsanDivisor;
  Task collectors[kCollectors];
  std::atomic<int> owners{0};  // tasks currently owning a stopped world
  std::atomic<int> violations{0};
  Latch done;
  for (auto& c : collectors)
    c.step = [&](Task& t, Worker& w) {
      w.scheduler().stopTheWorld();
      if (owners.fetch_add(1) != 0) violations.fetch_add(1);  // worlds must not overlap
      if (sp.inRun() != 0) violations.fetch_add(1);
      toys::spinWork(2000);  // "collect"
      owners.fetch_sub(1);
      w.scheduler().startTheWorld();
      if (++t.i == rounds) {
        done.add();
        return SliceResult::Finished;
      }
      return SliceResult::Yielded;
    };
  Scheduler s(toys::toyOptions(4));
  sp.spawnAll(s);
  for (auto& c : collectors) s.spawn(&c);
  s.start();
  CHECK(done.waitFor(kCollectors, 60s));
  CHECK(violations.load() == 0);
  sp.running.store(false);
  s.stop();
}

namespace {
struct FlagTimer : Timer {
  FlagTimer() : Timer(&onFire) {}
  static void onFire(Timer& t, Clock::time_point) { static_cast<FlagTimer&>(t).fired.add(); }
  Latch fired;
};
}  // namespace

TEST_CASE("stop-the-world holds timers until the world restarts") {
  FlagTimer timer;
  Spinners sp(1);
  Scheduler s(toys::toyOptions(2));
  sp.spawnAll(s);
  s.start();
  s.stopTheWorld();
  s.timers().add(timer, Clock::now() + 5ms);
  std::this_thread::sleep_for(40ms);
  CHECK(timer.fired.count() == 0);
  s.startTheWorld();
  CHECK(timer.fired.waitFor(1, 5s));
  sp.running.store(false);
  s.stop();
}

TEST_CASE("stop-the-world and GOMAXPROCS changes under ready() traffic") {
  const int kPairs = 4;
  struct Pair {
    Task a, b;
    toys::Signal toA, toB;
  };
  std::vector<std::unique_ptr<Pair>> pairs;
  std::atomic<bool> running{true};
  std::atomic<int64_t> rounds{0};
  for (int k = 0; k < kPairs; k++) {
    pairs.push_back(std::make_unique<Pair>());
    Pair& p = *pairs.back();
    p.a.step = [&](Task& t, Worker& w) {
      for (;;) {
        switch (t.pc) {
          case 0:  // send
            p.toB.post(w.scheduler());
            t.pc = 1;
            [[fallthrough]];
          case 1:  // receive
            t.pc = 2;
            if (!p.toA.wait(&t)) return SliceResult::Parked;
            [[fallthrough]];
          case 2:
            rounds.fetch_add(1, std::memory_order_relaxed);
            if (!running.load(std::memory_order_relaxed)) return SliceResult::Finished;
            t.pc = 0;
            if (w.preemptRequested()) return SliceResult::Yielded;
        }
      }
    };
    p.b.step = [&](Task& t, Worker& w) {
      for (;;) {
        switch (t.pc) {
          case 0:  // receive
            t.pc = 1;
            if (!p.toB.wait(&t)) return SliceResult::Parked;
            [[fallthrough]];
          case 1:  // send back
            p.toA.post(w.scheduler());
            if (!running.load(std::memory_order_relaxed)) return SliceResult::Finished;
            t.pc = 0;
            if (w.preemptRequested()) return SliceResult::Yielded;
        }
      }
    };
  }
  // runtime.GOMAXPROCS(n) from a task, which may run on a worker it switches off.
  Task resizer;
  Latch resized;
  resizer.step = [&](Task& t, Worker& w) {
    w.scheduler().setMaxProcs(1 + static_cast<int>(t.i % 4));
    if (++t.i < 200 / toys::kTsanDivisor) return SliceResult::Yielded;
    resized.add();
    return SliceResult::Finished;
  };
  Scheduler s(toys::toyOptions(3));
  for (auto& p : pairs) {
    s.spawn(&p->a);
    s.spawn(&p->b);
  }
  s.spawn(&resizer);
  s.start();
  const int iterations = 100 / toys::kTsanDivisor;
  for (int k = 0; k < iterations; k++) {
    if (k % 10 == 5) {
      s.setMaxProcs(1 + k % 4);
    } else {
      s.stopTheWorld();
      s.startTheWorld();
    }
    int64_t before = rounds.load();
    auto deadline = Clock::now() + 10s;
    while (rounds.load() == before && Clock::now() < deadline) std::this_thread::yield();
    REQUIRE(rounds.load() != before);  // still making progress after the restart
  }
  CHECK(resized.waitFor(1, 60s));
  running.store(false);
  s.stop();
  CHECK(toys::doubleRuns.load() == 0);
}

TEST_CASE("a blocking host call hands queued tasks to other workers and does not hold the world") {
  Task blocker;
  auto queued = toys::makeTasks(4);
  Latch queuedRan, blockingStarted;
  std::atomic<bool> release{false};
  std::atomic<int> blockerWorker{-1};
  std::mutex mu;
  std::set<int> queuedWorkers;
  for (auto& q : queued)
    q->step = [&](Task&, Worker& w) {
      {
        std::lock_guard lk(mu);
        queuedWorkers.insert(w.id());
      }
      queuedRan.add();
      return SliceResult::Finished;
    };
  blocker.step = [&](Task&, Worker& w) {
    blockerWorker.store(w.id());
    for (auto& q : queued) w.scheduler().spawn(q.get());  // runnext + ring of this worker
    w.scheduler().enterBlocking();
    blockingStarted.add();
    while (!release.load()) std::this_thread::sleep_for(1ms);  // e.g. reading stdin
    w.scheduler().exitBlocking();
    return SliceResult::Finished;
  };
  Scheduler s(toys::toyOptions(2));
  s.spawn(&blocker);
  s.start();
  REQUIRE(blockingStarted.waitFor(1));
  CHECK(queuedRan.waitFor(4, 5s));  // including the one in runnext
  {
    std::lock_guard lk(mu);
    CHECK(queuedWorkers.count(blockerWorker.load()) == 0);
  }
  auto t0 = Clock::now();
  s.stopTheWorld();  // does not wait for the blocked worker
  CHECK(toys::secondsSince(t0) < 1.0);
  release.store(true);
  std::this_thread::sleep_for(20ms);  // exitBlocking waits for the world to restart
  CHECK(blocker.inRun.load());
  s.startTheWorld();
  for (int k = 0; k < 1000 && blocker.inRun.load(); k++) std::this_thread::sleep_for(1ms);
  CHECK_FALSE(blocker.inRun.load());
  s.stop();
}

// Collectors in tasks and on a host thread stop the world back to back while a task goes in and
// out of blocking calls and GOMAXPROCS changes: no world may overlap another, no task may run
// during one, and nobody may be left asleep (a lost "world restarted" hangs this test).
TEST_CASE("stop-the-world storm: collectors in tasks and on the host, blocking calls, resizing") {
  Spinners sp(3);
  const int kCollectors = 3;
  const int rounds = 1000 / toys::kTsanDivisor;
  Task collectors[kCollectors];
  Task blocker;
  std::atomic<int> owners{0}, violations{0};
  std::atomic<bool> stormOver{false};
  Latch done;
  auto collect = [&](Scheduler& s) {
    s.stopTheWorld();
    if (owners.fetch_add(1) != 0) violations.fetch_add(1);
    if (sp.inRun() != 0) violations.fetch_add(1);
    owners.fetch_sub(1);
    s.startTheWorld();
  };
  for (int k = 0; k < kCollectors; k++)
    collectors[k].step = [&, k](Task& t, Worker& w) {
      collect(w.scheduler());
      if (k == 0 && t.i % 50 == 25) w.scheduler().setMaxProcs(2 + static_cast<int>(t.i % 3));
      if (++t.i == rounds) {
        done.add();
        return SliceResult::Finished;
      }
      return SliceResult::Yielded;
    };
  blocker.step = [&](Task& t, Worker& w) {
    w.scheduler().enterBlocking();
    std::this_thread::yield();
    w.scheduler().exitBlocking();
    return stormOver.load() ? SliceResult::Finished : SliceResult::Yielded;
  };
  Scheduler s(toys::toyOptions(4));
  sp.spawnAll(s);
  for (auto& c : collectors) s.spawn(&c);
  s.spawn(&blocker);
  s.start();
  std::thread host([&] {
    for (int k = 0; k < rounds / 4; k++) collect(s);
  });
  host.join();
  CHECK(done.waitFor(kCollectors, 120s));
  CHECK(violations.load() == 0);
  stormOver.store(true);
  sp.running.store(false);
  s.stop();
}
