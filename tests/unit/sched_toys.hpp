// Toys for the scheduler's unit tests: stackless tasks written as small state machines, a
// binary "signal" (a one-slot channel of nothing) built on park/ready the way Weft's channels
// are, a host-side latch, and timing helpers.
#pragma once

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "vm/scheduler.hpp"

namespace weft::vm::toys {

#if defined(__SANITIZE_THREAD__)
constexpr bool kTsan = true;
#else
constexpr bool kTsan = false;
#endif
// Iteration counts are divided by this under ThreadSanitizer (5-15x slower).
constexpr int kTsanDivisor = kTsan ? 10 : 1;

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU time (user + system) of the whole process, in seconds.
inline double processCpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  auto tv = [](timeval t) { return t.tv_sec + t.tv_usec / 1e6; };
  return tv(ru.ru_utime) + tv(ru.ru_stime);
}

// A task is a step function called once per time slice; `pc` and the other fields are its
// "registers" (it keeps no native stack between slices).
struct Task : Schedulable {
  std::function<SliceResult(Task&, Worker&)> step;
  int pc = 0;
  int64_t i = 0;
  int lastWorker = -1;
  std::atomic<int64_t> workerSwitches{0};  // slices that ran on another worker than the previous
  std::atomic<int64_t> slices{0};
  std::atomic<bool> inRun{false};  // detects a task run by two workers at once
};

// Number of times runToy found a task already running on another worker (must stay 0).
inline std::atomic<int64_t> doubleRuns{0};

// The run callback for Scheduler: counts slices and worker switches, then steps the task.
inline SliceResult runToy(Schedulable* s, Worker& w) {
  Task& t = *static_cast<Task*>(s);
  if (t.inRun.exchange(true, std::memory_order_acquire)) doubleRuns.fetch_add(1);
  struct Leave {
    Task& t;
    ~Leave() { t.inRun.store(false, std::memory_order_release); }
  };
  t.slices.store(t.slices.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  if (t.lastWorker >= 0 && t.lastWorker != w.id())
    t.workerSwitches.store(t.workerSwitches.load(std::memory_order_relaxed) + 1,
                           std::memory_order_relaxed);
  t.lastWorker = w.id();
  Leave leave{t};
  return t.step(t, w);
}

inline SchedulerOptions toyOptions(int procs, std::function<void()> onDeadlock = {}) {
  SchedulerOptions o;
  o.procs = procs;
  o.run = runToy;
  o.onDeadlock = std::move(onDeadlock);
  return o;
}

// A counting semaphore for tasks, built the way channels are: a lock, a count, one waiting task.
// wait() either consumes a post (returns true: go on) or registers `self` as the waiter and
// returns false: the task must then return Parked, and when it runs again the post that readied it
// has been consumed on its behalf.
class Signal {
 public:
  bool wait(Schedulable* self) {
    std::lock_guard lk(mu_);
    if (count_ > 0) {
      count_--;
      return true;
    }
    waiter_ = self;
    return false;
  }
  void post(Scheduler& s) {
    Schedulable* w = nullptr;
    {
      std::lock_guard lk(mu_);
      if (waiter_) {
        w = waiter_;
        waiter_ = nullptr;
      } else {
        count_++;
      }
    }
    if (w) s.ready(w);
  }

 private:
  std::mutex mu_;
  int count_ = 0;
  Schedulable* waiter_ = nullptr;
};

// Host-side counter that threads can wait on with a timeout (a failed wait is a lost wake-up or
// a hang, reported instead of hanging the test binary).
class Latch {
 public:
  void add(int64_t n = 1) {
    std::lock_guard lk(mu_);
    count_ += n;
    cv_.notify_all();
  }
  // Waits until the count reaches `target`; false on timeout.
  bool waitFor(int64_t target, std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    std::unique_lock lk(mu_);
    return cv_.wait_for(lk, timeout, [&] { return count_ >= target; });
  }
  int64_t count() {
    std::lock_guard lk(mu_);
    return count_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int64_t count_ = 0;
};

// Tasks owned by a test (the scheduler never owns tasks).
inline std::vector<std::unique_ptr<Task>> makeTasks(std::size_t n) {
  std::vector<std::unique_ptr<Task>> v;
  v.reserve(n);
  for (std::size_t k = 0; k < n; k++) v.push_back(std::make_unique<Task>());
  return v;
}

// Busy work the optimizer cannot remove.
inline uint64_t spinWork(uint64_t iterations, uint64_t seed = 1) {
  uint64_t x = seed;
  for (uint64_t k = 0; k < iterations; k++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    asm volatile("" : "+r"(x));
  }
  return x;
}

}  // namespace weft::vm::toys
