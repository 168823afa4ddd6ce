// Deadlock detection: onDeadlock fires exactly once when nothing can ever run again, and never
// while a task runs, a timer is pending, an external waker is registered or a blocking call is in
// progress.
#include <doctest.h>

#include "tests/unit/sched_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;
using toys::Latch;
using toys::Task;

namespace {

// Counts onDeadlock calls and when the first happened.
struct DeadlockProbe {
  Latch calls;
  std::atomic<int64_t> firstAtNs{0};
  Clock::time_point t0 = Clock::now();
  std::function<void()> hook() {
    return [this] {
      firstAtNs.store((Clock::now() - t0).count());
      calls.add();
    };
  }
  double firstAtSeconds() const { return firstAtNs.load() / 1e9; }
};

// A task that parks forever (like `<-ch` on a channel nobody sends to).
SliceResult parkForever(Task&, Worker&) {
  return SliceResult::Parked;
}

// Parks until the timer fires, then finishes (time.Sleep).
struct Sleeper : Timer {
  Sleeper() : Timer(&onFire) {}
  static void onFire(Timer& t, Clock::time_point) {
    auto& s = static_cast<Sleeper&>(t);
    s.sched->ready(&s.task);
  }
  Scheduler* sched = nullptr;
  Task task;
};

}  // namespace

TEST_CASE("deadlock: every task parked forever is reported exactly once") {
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    auto tasks = toys::makeTasks(10);
    DeadlockProbe probe;
    for (auto& t : tasks) t->step = parkForever;
    Scheduler s(toys::toyOptions(procs, probe.hook()));
    for (auto& t : tasks) s.spawn(t.get());
    s.start();
    CHECK(probe.calls.waitFor(1, 5s));
    std::this_thread::sleep_for(50ms);
    CHECK(probe.calls.count() == 1);
    s.stop();
  }
}

TEST_CASE("deadlock: not while another task is still running") {
  auto parked = toys::makeTasks(5);
  Task busy;
  DeadlockProbe probe;
  for (auto& t : parked) t->step = parkForever;
  std::atomic<int64_t> busyEndNs{0};
  busy.step = [&](Task& t, Worker&) {
    toys::spinWork(20000);
    if (toys::secondsSince(probe.t0) < 0.15) return SliceResult::Yielded;
    busyEndNs.store((Clock::now() - probe.t0).count());
    return SliceResult::Finished;
  };
  Scheduler s(toys::toyOptions(2, probe.hook()));
  for (auto& t : parked) s.spawn(t.get());
  s.spawn(&busy);
  s.start();
  CHECK(probe.calls.waitFor(1, 5s));
  CHECK(probe.firstAtNs.load() >= busyEndNs.load());  // only after the busy task finished
  CHECK(busyEndNs.load() > 0);
  s.stop();
}

TEST_CASE("deadlock: not while a timer is pending (time.Sleep)") {
  Sleeper sleeper;
  Task parked;
  parked.step = parkForever;
  DeadlockProbe probe;
  Scheduler s(toys::toyOptions(2, probe.hook()));
  sleeper.sched = &s;
  sleeper.task.step = [&](Task& t, Worker& w) {
    if (t.pc == 0) {
      t.pc = 1;
      w.scheduler().timers().add(sleeper, Clock::now() + 150ms);  // register, then park
      return SliceResult::Parked;
    }
    return SliceResult::Finished;  // woke up
  };
  s.spawn(&parked);
  s.spawn(&sleeper.task);
  s.start();
  std::this_thread::sleep_for(100ms);
  CHECK(probe.calls.count() == 0);    // sleeping is not a deadlock
  CHECK(probe.calls.waitFor(1, 5s));  // after the sleeper finished, `parked` is stuck for good
  CHECK(probe.firstAtSeconds() >= 0.15);
  CHECK(sleeper.task.pc == 1);
  s.stop();
}

TEST_CASE("deadlock: a timer that fires without readying anyone ends the grace") {
  struct Orphan : Timer {  // like time.After whose channel nobody reads
    Orphan() : Timer(&onFire) {}
    static void onFire(Timer& t, Clock::time_point) { static_cast<Orphan&>(t).fired.add(); }
    Latch fired;
  };
  Orphan orphan;
  Task parked;
  parked.step = parkForever;
  DeadlockProbe probe;
  Scheduler s(toys::toyOptions(2, probe.hook()));
  s.timers().add(orphan, Clock::now() + 100ms);
  s.spawn(&parked);
  s.start();
  std::this_thread::sleep_for(60ms);
  CHECK(probe.calls.count() == 0);
  CHECK(probe.calls.waitFor(1, 5s));
  CHECK(orphan.fired.count() == 1);
  CHECK(probe.firstAtSeconds() >= 0.1);
  std::this_thread::sleep_for(30ms);
  CHECK(probe.calls.count() == 1);
  s.stop();
}

TEST_CASE("deadlock: not while an external waker is registered") {
  Task waiter;
  toys::Signal sig;
  DeadlockProbe probe;
  waiter.step = [&](Task& t, Worker&) {
    if (t.pc == 0) {
      t.pc = 1;
      if (!sig.wait(&t)) return SliceResult::Parked;
    }
    t.i++;  // woke up: park forever now
    t.pc = 2;
    return SliceResult::Parked;
  };
  Scheduler s(toys::toyOptions(2, probe.hook()));
  s.spawn(&waiter);
  {
    ExternalWaker host(s);  // e.g. an embedding host that will send on a channel
    s.start();              // (registered before the workers start: they idle at once)
    std::this_thread::sleep_for(80ms);
    CHECK(probe.calls.count() == 0);
    sig.post(s);
    std::this_thread::sleep_for(20ms);
    CHECK(probe.calls.count() == 0);
  }  // the host lets go: now nothing can wake the waiter
  CHECK(probe.calls.waitFor(1, 5s));
  CHECK(waiter.i == 1);
  std::this_thread::sleep_for(30ms);
  CHECK(probe.calls.count() == 1);
  s.stop();
}

TEST_CASE("deadlock: not during a blocking host call") {
  Task blocker, parked;
  parked.step = parkForever;
  DeadlockProbe probe;
  std::atomic<bool> release{false};
  blocker.step = [&](Task&, Worker& w) {
    w.scheduler().enterBlocking();
    while (!release.load()) std::this_thread::sleep_for(1ms);
    w.scheduler().exitBlocking();
    return SliceResult::Parked;  // then blocks forever
  };
  Scheduler s(toys::toyOptions(2, probe.hook()));
  s.spawn(&parked);
  s.spawn(&blocker);
  s.start();
  std::this_thread::sleep_for(80ms);
  CHECK(probe.calls.count() == 0);
  release.store(true);
  CHECK(probe.calls.waitFor(1, 5s));
  s.stop();
}

TEST_CASE("deadlock: the hook may stop the scheduler; wait() then returns (the VM's flow)") {
  Task main;
  main.step = parkForever;
  Scheduler* sp = nullptr;
  std::atomic<int> calls{0};
  Scheduler s(toys::toyOptions(4, [&] {
    calls.fetch_add(1);
    sp->stop();  // from a worker thread: requests the stop
  }));
  sp = &s;
  s.spawn(&main);
  s.start();
  s.wait();
  CHECK(calls.load() == 1);
}

TEST_CASE("deadlock: reported once even if work resumes and stalls again") {
  Task waiter;
  toys::Signal sig;
  DeadlockProbe probe;
  waiter.step = [&](Task& t, Worker&) {
    if (t.pc == 0) {
      t.pc = 1;
      if (!sig.wait(&t)) return SliceResult::Parked;
    }
    t.i++;  // woke up once; now parked with nothing left to wake it
    t.pc = 2;
    return SliceResult::Parked;
  };
  Scheduler s(toys::toyOptions(2, probe.hook()));
  s.spawn(&waiter);
  s.start();
  REQUIRE(probe.calls.waitFor(1, 5s));
  {
    ExternalWaker host(s);
    sig.post(s);  // the waiter runs once more, then parks with nothing to wake it
  }
  std::this_thread::sleep_for(50ms);
  CHECK(probe.calls.count() == 1);
  s.stop();  // joins the workers: their writes are visible now
  CHECK(waiter.i == 1);
}

TEST_CASE("deadlock: stop-the-world on an idle scheduler is not a deadlock") {
  Task parked;
  parked.step = parkForever;
  DeadlockProbe probe;
  Scheduler s(toys::toyOptions(2, probe.hook()));
  s.addExternalWaker();
  s.spawn(&parked);
  s.start();
  std::this_thread::sleep_for(30ms);
  for (int k = 0; k < 10; k++) {
    s.stopTheWorld();
    s.startTheWorld();
  }
  std::this_thread::sleep_for(30ms);
  CHECK(probe.calls.count() == 0);
  s.removeExternalWaker();  // now it is one
  CHECK(probe.calls.waitFor(1, 5s));
  s.stop();
}
