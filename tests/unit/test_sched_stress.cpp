// Stress tests for the park/ready protocol and the idle/wake protocol: a lost wake-up shows up as
// a task or a worker that never runs again, which these tests turn into a timeout failure.
#include <doctest.h>

#include <random>

#include "tests/unit/sched_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;
using toys::Latch;
using toys::Task;

// A host thread and a task take turns; the task parks between turns, so (with the other workers
// idle) every turn is a foreign ready() into the global queue that must wake a sleeping worker.
TEST_CASE("no lost wake-ups: a host thread readies a parked task into an idle scheduler") {
  const int64_t n = 100000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Task t;
    toys::Signal sig;
    Latch acks;
    t.step = [&](Task& t, Worker&) {
      for (;;) {
        if (t.pc == 1) acks.add();  // resumed by the host's post
        t.pc = 1;
        if (!sig.wait(&t)) return SliceResult::Parked;
      }
    };
    Scheduler s(toys::toyOptions(procs));
    s.spawn(&t);
    s.start();
    ExternalWaker host(s);
    auto t0 = Clock::now();
    int64_t k = 0;
    for (; k < n; k++) {
      sig.post(s);
      if (!acks.waitFor(k + 1, 10s)) break;  // a wake-up was lost
    }
    double sec = toys::secondsSince(t0);
    CHECK(k == n);
    auto st = s.stats();
    MESSAGE(procs << " worker(s): " << k << " host→task wake-ups in " << sec * 1e3 << " ms ("
                  << sec * 1e6 / n << " µs each), idle sleeps " << st.idleSleeps);
    s.stop();
  }
}

// Host threads post to tasks the moment the task has acknowledged the previous post, while the
// task is between registering as a waiter and returning Parked (it dawdles there on purpose):
// ready() hits a Running task and must leave the wake pending, not lose it, not run it twice.
TEST_CASE("no lost wake-ups: ready() racing with park, millions of times") {
  const int64_t perHost = 500000 / toys::kTsanDivisor;
  const int kHosts = 2;
  struct Pair {
    Task t;
    toys::Signal sig;
    std::atomic<int64_t> acks{0};
  };
  Pair pairs[kHosts];
  for (int h = 0; h < kHosts; h++) {
    Pair& p = pairs[h];
    p.t.step = [&p, h](Task& t, Worker&) {
      for (;;) {
        if (t.pc == 1) p.acks.fetch_add(1, std::memory_order_release);
        t.pc = 1;
        if (!p.sig.wait(&t)) {
          // Registered: widen the window in which the host's ready() finds us still Running.
          toys::spinWork(static_cast<uint64_t>(t.i++ * 7 + h) % 1024);
          return SliceResult::Parked;
        }
      }
    };
  }
  Scheduler s(toys::toyOptions(4));
  for (auto& p : pairs) s.spawn(&p.t);
  s.start();
  std::atomic<int> failures{0};
  auto t0 = Clock::now();
  {
    std::vector<std::thread> hosts;
    for (int h = 0; h < kHosts; h++)
      hosts.emplace_back([&, h] {
        ExternalWaker waker(s);
        Pair& p = pairs[h];
        for (int64_t k = 0; k < perHost; k++) {
          p.sig.post(s);
          auto deadline = Clock::now() + 10s;
          for (int spins = 0; p.acks.load(std::memory_order_acquire) < k + 1; spins++) {
            if (spins < 200) continue;  // post again the moment the ack lands: the race
            std::this_thread::yield();  // 2 cores: let the workers run
            if (Clock::now() > deadline) {
              failures.fetch_add(1);
              return;
            }
          }
        }
      });
    for (auto& th : hosts) th.join();
  }
  double sec = toys::secondsSince(t0);
  auto st = s.stats();
  s.stop();
  CHECK(failures.load() == 0);
  for (auto& p : pairs) CHECK(p.acks.load() == perHost);
  MESSAGE((kHosts * perHost) << " park/ready races in " << sec * 1e3
                             << " ms; wake-ups that arrived "
                             << "before the park completed: " << st.earlyWakes);
  CHECK(st.earlyWakes > 0);  // the race was actually exercised
  CHECK(toys::doubleRuns.load() == 0);
}

// Token rings among tasks only, spread over workers by random yields: a lost wake-up stalls a
// ring forever.
TEST_CASE("no lost wake-ups: token rings across workers") {
  const int kRings = 8, kRingSize = 2;
  const int64_t passesPerRing = 100000 / toys::kTsanDivisor;
  struct Member {
    Task t;
    toys::Signal sig;
  };
  std::vector<std::unique_ptr<Member>> members;
  for (int k = 0; k < kRings * kRingSize; k++) members.push_back(std::make_unique<Member>());
  std::atomic<int> ringsDone{0};
  Latch allDone;
  for (int r = 0; r < kRings; r++)
    for (int m = 0; m < kRingSize; m++) {
      Member& me = *members[r * kRingSize + m];
      Member& next = *members[r * kRingSize + (m + 1) % kRingSize];
      me.t.step = [&, m](Task& t, Worker& w) {
        std::minstd_rand rng(static_cast<uint32_t>(t.i * 31 + m));
        for (;;) {
          switch (t.pc) {
            case 0:  // wait for the token
              t.pc = 1;
              if (!me.sig.wait(&t)) return SliceResult::Parked;
              [[fallthrough]];
            case 1:  // holding the token; sometimes yield to move around
              t.pc = 2;
              if (rng() % 3 == 0) return SliceResult::Yielded;
              [[fallthrough]];
            case 2:
              t.i++;
              t.pc = 0;
              if (m == 0 && t.i == passesPerRing) {
                if (ringsDone.fetch_add(1) + 1 == kRings) allDone.add();
                return SliceResult::Finished;  // the token stops here
              }
              next.sig.post(w.scheduler());
          }
        }
      };
    }
  Scheduler s(toys::toyOptions(4));
  for (auto& m : members) s.spawn(&m->t);
  s.start();
  {
    ExternalWaker host(s);
    for (int r = 0; r < kRings; r++) members[r * kRingSize]->sig.post(s);  // one token per ring
  }
  auto t0 = Clock::now();
  bool ok = allDone.waitFor(1, 60s);
  double sec = toys::secondsSince(t0);
  auto st = s.stats();
  s.stop();
  CHECK(ok);
  CHECK(ringsDone.load() == kRings);
  MESSAGE(kRings << " rings x " << passesPerRing << " passes in " << sec * 1e3 << " ms; steals "
                 << st.steals << ", early wakes " << st.earlyWakes << ", idle sleeps "
                 << st.idleSleeps);
  CHECK(toys::doubleRuns.load() == 0);
}

// Many foreign threads spawn while tasks spawn more tasks: every task runs exactly once.
TEST_CASE("spawn from host threads and tasks at once") {
  const int kHosts = 3;
  const int perHost = 20000 / toys::kTsanDivisor;
  const int total = kHosts * perHost * 2;  // each host-spawned task spawns one child
  auto tasks = toys::makeTasks(total);
  std::atomic<int> ran{0};
  Latch done;
  for (int k = 0; k < total; k++) {
    Task* child = k % 2 == 0 ? tasks[k + 1].get() : nullptr;
    tasks[k]->step = [&, child](Task& t, Worker& w) {
      if (child) w.scheduler().spawn(child);
      if (ran.fetch_add(1) + 1 == total) done.add();
      return SliceResult::Finished;
    };
  }
  Scheduler s(toys::toyOptions(4));
  s.start();
  std::vector<std::thread> hosts;
  for (int h = 0; h < kHosts; h++)
    hosts.emplace_back([&, h] {
      ExternalWaker waker(s);
      for (int k = 0; k < perHost; k++) s.spawn(tasks[2 * (h * perHost + k)].get());
    });
  for (auto& th : hosts) th.join();
  CHECK(done.waitFor(1, 60s));
  s.stop();
  CHECK(ran.load() == total);
  CHECK(toys::doubleRuns.load() == 0);
}
