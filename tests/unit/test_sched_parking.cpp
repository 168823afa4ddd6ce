// The per-task state machine (vm/schedulable.hpp), step by step and deterministically: a normal
// park and ready, a ready() that arrives before the task has finished parking (with and without
// other work queued), and where readied tasks go.
#include <doctest.h>

#include "tests/unit/sched_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;
using toys::Latch;
using toys::Task;

namespace {

// Spins until `flag` is set (the other side of a deterministic race), at most 10 s.
bool awaitFlag(const std::atomic<bool>& flag) {
  auto deadline = Clock::now() + 10s;
  while (!flag.load()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::yield();
  }
  return true;
}

}  // namespace

TEST_CASE("park, then ready from a host thread: New → Runnable → Running → Parked → Runnable") {
  Task t;
  toys::Signal sig;
  Latch parkedOnce, resumed;
  std::atomic<int> stateInside{-1};
  t.step = [&](Task& t, Worker&) {
    stateInside.store(static_cast<int>(t.schedState()));
    if (t.pc == 0) {
      t.pc = 1;
      if (!sig.wait(&t)) {
        parkedOnce.add();
        return SliceResult::Parked;
      }
    }
    resumed.add();
    return SliceResult::Finished;
  };
  CHECK(t.schedState() == TaskState::New);
  Scheduler s(toys::toyOptions(2));
  s.spawn(&t);
  CHECK(t.schedState() == TaskState::Runnable);
  s.start();
  REQUIRE(parkedOnce.waitFor(1));
  CHECK(stateInside.load() == static_cast<int>(TaskState::Running));
  for (int k = 0; k < 1000 && t.schedState() != TaskState::Parked; k++)
    std::this_thread::sleep_for(1ms);
  CHECK(t.schedState() == TaskState::Parked);
  {
    ExternalWaker host(s);
    sig.post(s);
  }
  CHECK(resumed.waitFor(1));
  s.stop();
  CHECK(s.stats().earlyWakes == 0);
}

TEST_CASE("a ready() that arrives before the park completes is kept (wake pending)") {
  for (bool otherWork : {false, true}) {
    CAPTURE(otherWork);
    Task t, other;
    toys::Signal sig;
    std::atomic<bool> registered{false}, posted{false};
    std::atomic<int> stateAfterPost{-1};
    Latch done, otherRan;
    int runsAfterPark = 0;
    t.step = [&](Task& t, Worker& w) {
      if (t.pc == 0) {
        t.pc = 1;
        if (otherWork) w.scheduler().spawn(&other);  // queued on this worker meanwhile
        bool gotSignal = sig.wait(&t);               // no: registered as the waiter
        CHECK_FALSE(gotSignal);
        registered.store(true);
        awaitFlag(posted);  // the host's ready() has returned while we are still running
        stateAfterPost.store(static_cast<int>(t.schedState()));
        return SliceResult::Parked;
      }
      runsAfterPark++;
      done.add();
      return SliceResult::Finished;
    };
    other.step = [&](Task&, Worker&) {
      otherRan.add();
      return SliceResult::Finished;
    };
    Scheduler s(toys::toyOptions(1));
    s.spawn(&t);
    s.start();
    {
      ExternalWaker host(s);
      REQUIRE(awaitFlag(registered));
      sig.post(s);  // ready() finds the task Running
      posted.store(true);
    }
    CHECK(done.waitFor(1));
    if (otherWork) CHECK(otherRan.waitFor(1));
    s.stop();
    CHECK(stateAfterPost.load() == static_cast<int>(TaskState::RunningWakePending));
    CHECK(runsAfterPark == 1);  // run again exactly once: neither lost nor doubled
    CHECK(s.stats().earlyWakes == 1);
  }
}

TEST_CASE("a task readied by a running task goes to that worker's runnext and runs next") {
  // A readies parked B, then yields. With runnext, B runs before C (queued earlier in the ring)
  // and on A's worker.
  Task a, b, c;
  toys::Signal sig;
  std::mutex mu;
  std::vector<char> order;
  std::vector<int> workers;
  Latch done;
  auto log = [&](char who, Worker& w) {
    std::lock_guard lk(mu);
    order.push_back(who);
    workers.push_back(w.id());
  };
  b.step = [&](Task& t, Worker& w) {
    log('b', w);
    if (t.pc == 0) {
      t.pc = 1;
      if (!sig.wait(&t)) return SliceResult::Parked;
    }
    done.add();
    return SliceResult::Finished;
  };
  c.step = [&](Task&, Worker& w) {
    log('c', w);
    done.add();
    return SliceResult::Finished;
  };
  a.step = [&](Task& t, Worker& w) {
    log('a', w);
    if (t.pc == 0) {  // first slice: start C, then let B park
      t.pc = 1;
      w.scheduler().spawn(&c);  // runnext
      return SliceResult::Yielded;
    }
    sig.post(w.scheduler());  // readies B into runnext, kicking nothing (C already ran)
    done.add();
    return SliceResult::Finished;
  };
  Scheduler s(toys::toyOptions(1));
  s.spawn(&b);
  s.spawn(&a);
  s.start();
  REQUIRE(done.waitFor(3));
  s.stop();
  // b parks, a spawns c and yields, c runs (runnext), a runs and readies b, b runs (runnext).
  CHECK(order == std::vector<char>{'b', 'a', 'c', 'a', 'b'});
}
