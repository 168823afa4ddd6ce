// vm::TimerQueue — one heap of timers, serviced by one timer thread.
//
// What it is for: time.Sleep, time.After/NewTimer/AfterFunc, tickers and select timeouts. A
// sleeping goroutine costs one heap entry (its embedded Timer) and no thread; the timer thread
// sleeps on a condition variable until the earliest deadline (steady clock), so a program that only
// waits on timers uses no CPU.
//
// Usage: embed a Timer in the object that owns it (Go's runtime does the same: g.timer,
// time.Timer.r), give it a fire function, and add it:
//
//   struct SleepTimer : vm::Timer {
//     SleepTimer() : Timer(&onFire) {}
//     static void onFire(vm::Timer& t, vm::Timer::Clock::time_point) {
//       auto& s = static_cast<SleepTimer&>(t);
//       s.sched->ready(s.task);               // the last touch of `s`: the task may free it now
//     }
//     Scheduler* sched; Schedulable* task;
//   };
//   queue.add(timer, Timer::Clock::now() + d);
//
// Invariants and locking:
// - mu_ guards the heap, every Timer's fields (period_, heapIndex_), and paused_/firing_/
//   stopping_. A Timer is pending iff heapIndex_ >= 0; heap_[t.heapIndex_].timer == &t.
// - Heap order: (when, seq); seq is the order of add/reset calls, so timers with equal
//   deadlines fire in the order they were set.
// - Fire functions run on the timer thread with NO lock held, one at a time, so they may call
//   add/cancel/reset (of any timer, itself included) and Scheduler::ready(). They must be short:
//   they delay every later timer. A repeating timer (period > 0) is re-armed before its fire
//   function runs (when += period, skipping missed ticks like Go's tickers).
// - The timer thread does not touch a Timer after its fire function returns (unless it is
//   pending again). A fire function must not touch its Timer after the action that lets the owner
//   free it (typically ready()). cancel() does not wait for a fire function already running.
// - "Busy" = some timer pending or a fire function running. onBusyChanged(busy) is called, under
//   mu_, on every change; the scheduler uses it to count the timer queue as an external waker
//   (a pending timer means the program is not deadlocked). It must not call back into this queue.
// - pause() (stop-the-world) waits for a running fire function to return and keeps new ones
//   from starting until resume(); the collector may then read pending timers with
//   forEachPending(). pause/resume must not be called from a fire function.
// Lock order: mu_ → whatever onBusyChanged locks (the scheduler's lock). Fire functions run
// unlocked, so they may take any lock.
//
// The thread starts on the first add(), so a program without timers has no timer thread.
//
// Rejected designs: a heap per worker (Go's per-P timers) needs timer stealing and a way to
// wake a parked worker at a deadline; with the interpreter's costs one heap under one lock is not
// the bottleneck. A timing wheel: O(1) insert but coarse, and Go's timers are exact to the
// nanosecond in ordering. std::function callbacks: an allocation per timer for 100,000 sleepers;
// a function pointer plus an embedded Timer costs nothing.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace weft::vm {

class TimerQueue;

class Timer {
 public:
  using Clock = std::chrono::steady_clock;
  // Called on the timer thread at (or after) the deadline `when` it was scheduled for.
  using FireFn = void (*)(Timer& timer, Clock::time_point when);

  explicit Timer(FireFn fire) : fire_(fire) {}
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;

 private:
  friend class TimerQueue;
  const FireFn fire_;
  // Guarded by the queue's mutex. (The deadline lives in the heap entry.)
  Clock::duration period_{};
  int32_t heapIndex_ = -1;  // position in the heap; -1: not pending
};

class TimerQueue {
 public:
  using Clock = Timer::Clock;

  explicit TimerQueue(std::function<void(bool busy)> onBusyChanged = {});
  ~TimerQueue();  // stops and joins the timer thread; pending timers are dropped
  TimerQueue(const TimerQueue&) = delete;
  TimerQueue& operator=(const TimerQueue&) = delete;

  // Any thread. Schedules `t` (which must not be pending) to fire at `when`, then every
  // `period` after that if period > 0. O(log n).
  void add(Timer& t, Clock::time_point when, Clock::duration period = {});
  // Any thread. Unschedules `t`. Returns true if it was pending (it will not fire), false if it
  // had already fired, was cancelled, or was never added. O(log n).
  bool cancel(Timer& t);
  // Any thread. (Re)schedules `t` whether or not it is pending; returns whether it was. O(log n).
  bool reset(Timer& t, Clock::time_point when, Clock::duration period = {});

  // Number of pending timers.
  std::size_t size() const;
  // Some timer pending or firing.
  bool busy() const;

  // Stop-the-world support: see the header comment. Not from a fire function.
  void pause();
  void resume();
  // Only while paused (or after stop()): calls f(Timer&) for every pending timer.
  template <class F>
  void forEachPending(F&& f) {
    std::lock_guard lock(mu_);
    for (const Entry& e : heap_) f(*e.timer);
  }

  // True on the timer thread (i.e. inside a fire function).
  bool onTimerThread() const;

  // Any thread. Ends the timer thread (joins it unless called from a fire function). Pending
  // timers never fire afterwards.
  void stop();

 private:
  void threadMain();
  void startThreadLocked();
  void insertLocked(Timer& t, Clock::time_point when, Clock::duration period);
  void removeLocked(Timer& t);
  void siftUp(std::size_t i);
  void siftDown(std::size_t i);
  // A heap entry carries its sort key, so sifting compares without touching the Timers (with
  // 100,000 timers scattered in memory, chasing pointers made each pop ~1 µs).
  struct Entry {
    Clock::time_point when;
    uint64_t seq;
    Timer* timer;
    bool operator<(const Entry& o) const {
      return when < o.when || (when == o.when && seq < o.seq);
    }
  };
  static constexpr std::size_t kArity = 4;  // a 4-ary heap: half the depth of a binary one
  void place(const Entry& e, std::size_t i) {
    heap_[i] = e;
    e.timer->heapIndex_ = static_cast<int32_t>(i);
  }
  void updateBusyLocked();

  std::function<void(bool)> onBusyChanged_;
  mutable std::mutex mu_;
  std::condition_variable cv_;       // timer thread: heap top changed, paused, stopping
  std::condition_variable firedCv_;  // pause(): the running fire function returned
  std::vector<Entry> heap_;          // 4-ary min-heap by (when, seq)
  uint64_t nextSeq_ = 0;
  bool firing_ = false;
  bool paused_ = false;
  bool stopping_ = false;
  bool busy_ = false;  // last value reported to onBusyChanged_
  std::thread thread_;
};

}  // namespace weft::vm
