// A rig for the channel, select and sync unit tests: a heap, a real Scheduler whose tasks are the
// scheduler tests' toy state machines (tests/unit/sched_toys.hpp), and the SyncEnv the primitives
// need. Tasks are created with go(step); run(n) starts the workers and waits until n tasks have
// finished, or the scheduler reports a deadlock, or the timeout passes.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "tests/unit/sched_toys.hpp"
#include "vm/channel.hpp"
#include "vm/heap.hpp"
#include "vm/select.hpp"
#include "vm/sync_prims.hpp"
#include "vm/time_prims.hpp"

namespace weft::vm::toys {
// A racy-free look at a word the primitives update atomically.
inline Word loadWord(Word& w) {
  return std::atomic_ref<Word>(w).load();
}
}  // namespace weft::vm::toys

namespace weft::vm::toys {

using Step = std::function<SliceResult(Task&, Worker&)>;

class Rig {
  // Declared first, destroyed last: workers (joined by ~Scheduler) may still touch tasks.
  std::vector<std::unique_ptr<Task>> tasks_;

 public:
  Heap heap;
  std::atomic<int64_t> finished{0};
  std::atomic<bool> deadlocked{false};
  Scheduler sched;
  SyncEnv env;

  explicit Rig(int procs, RaceHooks* race = nullptr)
      : sched(toyOptions(procs, [this] { deadlocked.store(true); })), env{sched, heap, race} {
    registerChannelKind(heap);
    registerTimerKind(heap);
  }
  ~Rig() { sched.stop(); }

  // A task running `step`; spawned at once (before start(): it waits in the global queue).
  Task& go(Step step) {
    tasks_.push_back(std::make_unique<Task>());
    Task& t = *tasks_.back();
    t.step = [this, step = std::move(step)](Task& t, Worker& w) {
      SliceResult r = step(t, w);
      if (r == SliceResult::Finished) finished.fetch_add(1);
      return r;
    };
    sched.spawn(&t);
    return t;
  }
  // Starts the workers (once) and waits for `n` finished tasks; false on deadlock or timeout.
  bool run(int64_t n, std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
    start();
    return waitFinished(n, timeout);
  }
  void start() {
    if (!started_) sched.start();
    started_ = true;
  }
  bool waitFinished(int64_t n, std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
    auto end = Clock::now() + timeout;
    while (finished.load() < n) {
      if (deadlocked.load() || Clock::now() > end) return false;
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
  }
  // Waits until the scheduler reports a deadlock (every task parked for good).
  bool waitDeadlock(std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    start();
    auto end = Clock::now() + timeout;
    while (!deadlocked.load())
      if (Clock::now() > end)
        return false;
      else
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    return true;
  }
  Channel* makeChan(int64_t cap, int32_t slots = 1) {
    return makeChannel(heap, nullptr, slots, cap);
  }

 private:
  bool started_ = false;
};

inline SliceResult parked(ChanOpStatus s) {
  return s == ChanOpStatus::Parked ? SliceResult::Parked : SliceResult::Yielded;
}

}  // namespace weft::vm::toys
