// Costs: idle workers use no CPU; work stealing runs CPU-bound tasks in parallel. (Ping-pong
// latency and spawn cost are printed by test_sched_basic.cpp.)
#include <doctest.h>

#include <fstream>

#include "tests/unit/sched_toys.hpp"

using namespace weft::vm;
using namespace std::chrono_literals;
using toys::Clock;
using toys::Latch;
using toys::Task;

namespace {

double loadAverage() {
  std::ifstream f("/proc/loadavg");
  double load = 0;
  f >> load;
  return load;
}

}  // namespace

TEST_CASE("idle workers use ~0 CPU (4 workers, a parked task, a far timer, a host waker)") {
  struct Far : Timer {
    Far() : Timer(&onFire) {}
    static void onFire(Timer&, Clock::time_point) {}
  };
  Far far;
  Task parked;
  parked.step = [](Task&, Worker&) { return SliceResult::Parked; };
  Scheduler s(toys::toyOptions(4));
  s.spawn(&parked);
  s.timers().add(far, Clock::now() + 1h);
  s.start();
  ExternalWaker host(s);
  std::this_thread::sleep_for(50ms);  // let the workers go idle
  double cpu0 = toys::processCpuSeconds();
  auto t0 = Clock::now();
  std::this_thread::sleep_for(200ms);
  double cpu = toys::processCpuSeconds() - cpu0;
  double wall = toys::secondsSince(t0);
  MESSAGE("idle: " << cpu * 1e3 << " ms CPU over " << wall * 1e3 << " ms");
  CHECK(cpu < 0.005);  // < 2.5% of one core
  s.timers().cancel(far);
  s.stop();
}

TEST_CASE("work stealing: 2 workers run 2 CPU-bound tasks in parallel") {
  const uint64_t kSliceWork = 200000;  // register-only arithmetic: TSan does not slow it down
  const int kSlices = 100;
  auto run = [&](int procs, int64_t* overlapping, int64_t* slicesOut) {
    Task tasks[2];
    Latch done;
    std::atomic<int64_t> overlap{0}, slices{0};
    for (int k = 0; k < 2; k++)
      tasks[k].step = [&, k](Task& t, Worker&) {
        // Was the other task inside a slice at the same moment?
        if (tasks[1 - k].inRun.load()) overlap.fetch_add(1);
        slices.fetch_add(1);
        toys::spinWork(kSliceWork, k + 1);
        if (++t.i < kSlices) return SliceResult::Yielded;
        done.add();
        return SliceResult::Finished;
      };
    Task root;  // spawns both on its own worker, so the second worker has to steal
    root.step = [&](Task&, Worker& w) {
      w.scheduler().spawn(&tasks[0]);
      w.scheduler().spawn(&tasks[1]);
      return SliceResult::Finished;
    };
    Scheduler s(toys::toyOptions(procs));
    s.spawn(&root);
    auto t0 = Clock::now();
    s.start();
    REQUIRE(done.waitFor(2, 120s));
    double sec = toys::secondsSince(t0);
    s.stop();
    *overlapping = overlap.load();
    *slicesOut = slices.load();
    return sec;
  };
  int64_t overlap1, slices1, overlap2, slices2;
  double t1 = run(1, &overlap1, &slices1);
  double t2 = run(2, &overlap2, &slices2);
  double load = loadAverage();
  MESSAGE("2 CPU-bound tasks: 1 worker "
          << t1 * 1e3 << " ms, 2 workers " << t2 * 1e3 << " ms (ratio " << t2 / t1
          << "); slices overlapping " << overlap2 << "/" << slices2 << "; load average " << load);
  CHECK(overlap1 == 0);
  // With 2 workers the tasks ran side by side nearly all the time. The OS still decides when
  // each worker thread gets a core, so on a busy machine (CI shares its 2 cores with the other
  // tests) this is only reported.
  if (load < 1.0)
    CHECK(overlap2 * 10 >= slices2 * 8);
  else
    WARN_MESSAGE(overlap2 * 10 >= slices2 * 8, "machine busy: overlap below 80%");
  // Wall time halves only if two cores are free for us.
  if (load < 1.0)
    CHECK(t2 < 0.7 * t1);
  else
    MESSAGE("machine busy (load " << load << "): wall-time ratio not checked");
}

namespace {

// The alternative the brief allowed: a bounded ring under one mutex per queue.
class MutexRunQueue {
 public:
  bool push(Schedulable* t) {
    std::lock_guard lk(mu_);
    if (tail_ - head_ == kCap) return false;
    slots_[tail_++ % kCap] = t;
    return true;
  }
  Schedulable* pop() {
    std::lock_guard lk(mu_);
    if (tail_ == head_) return nullptr;
    return slots_[head_++ % kCap];
  }
  Schedulable* stealHalfInto(MutexRunQueue& dst) {
    std::lock_guard lk(mu_);
    uint32_t n = tail_ - head_;
    n -= n / 2;
    if (n == 0) return nullptr;
    std::lock_guard lk2(dst.mu_);
    for (uint32_t i = 0; i + 1 < n; i++) dst.slots_[dst.tail_++ % kCap] = slots_[head_++ % kCap];
    return slots_[head_++ % kCap];
  }

 private:
  static constexpr uint32_t kCap = 256;
  std::mutex mu_;
  uint32_t head_ = 0, tail_ = 0;
  Schedulable* slots_[kCap] = {};
};

// Owner pushes 4 and pops 4 in a loop; optionally a thief keeps stealing. Returns ns per
// push+pop pair and the number of items the thief got.
template <class Q>
double ownerCost(bool withThief, int64_t* stolenOut) {
  const int64_t rounds = 2000000 / toys::kTsanDivisor;
  Schedulable items[4];
  Q q, thiefQ;
  std::atomic<bool> done{false};
  std::atomic<int64_t> stolen{0};
  std::thread thief;
  if (withThief)
    thief = std::thread([&] {
      while (!done.load(std::memory_order_relaxed)) {
        if (q.stealHalfInto(thiefQ)) {
          int64_t n = 1;
          while (thiefQ.pop()) n++;
          stolen.fetch_add(n, std::memory_order_relaxed);
        }
      }
    });
  auto t0 = Clock::now();
  int64_t popped = 0;
  for (int64_t r = 0; r < rounds; r++) {
    for (auto& it : items) q.push(&it);
    for (int k = 0; k < 4; k++) popped += q.pop() != nullptr;
  }
  double ns = toys::secondsSince(t0) * 1e9 / (rounds * 4);
  done.store(true);
  if (thief.joinable()) thief.join();
  *stolenOut = stolen.load();
  CHECK(popped + stolen.load() == rounds * 4);  // every item handed out exactly once
  return ns;
}

}  // namespace

TEST_CASE("local run queue: lock-free ring versus a mutex per queue (measurement)") {
  int64_t s1, s2, s3, s4;
  double ringAlone = ownerCost<LocalRunQueue>(false, &s1);
  double mutexAlone = ownerCost<MutexRunQueue>(false, &s2);
  double ringThief = ownerCost<LocalRunQueue>(true, &s3);
  double mutexThief = ownerCost<MutexRunQueue>(true, &s4);
  MESSAGE("owner push+pop, ns per item: ring "
          << ringAlone << ", mutex " << mutexAlone << "; with a thief stealing: ring " << ringThief
          << " (stole " << s3 << "), mutex " << mutexThief << " (stole " << s4 << ")");
  CHECK(s1 == 0);
  CHECK(s2 == 0);
}
