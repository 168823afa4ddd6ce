// The timer heap and its thread. Invariants and locking: see vm/timers.hpp.
#include "vm/timers.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

namespace weft::vm {

TimerQueue::TimerQueue(std::function<void(bool)> onBusyChanged)
    : onBusyChanged_(std::move(onBusyChanged)) {}

TimerQueue::~TimerQueue() {
  stop();
}

void TimerQueue::add(Timer& t, Clock::time_point when, Clock::duration period) {
  std::lock_guard lock(mu_);
  assert(t.heapIndex_ < 0 && "TimerQueue::add: timer already pending");
  if (stopping_) return;
  insertLocked(t, when, period);
}

bool TimerQueue::cancel(Timer& t) {
  std::lock_guard lock(mu_);
  if (t.heapIndex_ < 0) return false;
  removeLocked(t);
  updateBusyLocked();
  return true;
}

bool TimerQueue::reset(Timer& t, Clock::time_point when, Clock::duration period) {
  std::lock_guard lock(mu_);
  bool wasPending = t.heapIndex_ >= 0;
  if (wasPending) removeLocked(t);
  if (!stopping_) insertLocked(t, when, period);
  updateBusyLocked();
  return wasPending;
}

std::size_t TimerQueue::size() const {
  std::lock_guard lock(mu_);
  return heap_.size();
}

bool TimerQueue::busy() const {
  std::lock_guard lock(mu_);
  return busy_;
}

bool TimerQueue::onTimerThread() const {
  std::lock_guard lock(mu_);
  return thread_.joinable() && std::this_thread::get_id() == thread_.get_id();
}

void TimerQueue::pause() {
  std::unique_lock lock(mu_);
  assert(!(thread_.joinable() && std::this_thread::get_id() == thread_.get_id()) &&
         "TimerQueue::pause from a fire function");
  paused_ = true;
  firedCv_.wait(lock, [&] { return !firing_; });
}

void TimerQueue::resume() {
  std::lock_guard lock(mu_);
  paused_ = false;
  cv_.notify_one();
}

void TimerQueue::stop() {
  std::thread toJoin;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    cv_.notify_one();
    if (thread_.joinable() && std::this_thread::get_id() != thread_.get_id())
      toJoin = std::move(thread_);
  }
  if (toJoin.joinable()) toJoin.join();
  std::lock_guard lock(mu_);
  for (Entry& e : heap_) e.timer->heapIndex_ = -1;
  heap_.clear();
  updateBusyLocked();
}

// ---- heap --------------------------------------------------------------------------------------

// Precondition: mu_ held, t not pending.
void TimerQueue::insertLocked(Timer& t, Clock::time_point when, Clock::duration period) {
  t.period_ = period;
  heap_.push_back(Entry{when, nextSeq_++, &t});
  siftUp(heap_.size() - 1);
  if (!thread_.joinable()) startThreadLocked();
  // Only a new earliest deadline changes when the timer thread must wake up.
  if (heap_[0].timer == &t) cv_.notify_one();
  updateBusyLocked();
}

// Precondition: mu_ held, t pending.
void TimerQueue::removeLocked(Timer& t) {
  std::size_t i = static_cast<std::size_t>(t.heapIndex_);
  Entry last = heap_.back();
  heap_.pop_back();
  t.heapIndex_ = -1;
  if (last.timer == &t) return;
  place(last, i);
  siftDown(i);
  siftUp(static_cast<std::size_t>(last.timer->heapIndex_));
  // A removed top leaves the timer thread waiting for a later deadline than needed: harmless
  // (it re-reads the heap when it wakes), so no notification.
}

void TimerQueue::siftUp(std::size_t i) {
  Entry e = heap_[i];
  while (i > 0) {
    std::size_t parent = (i - 1) / kArity;
    if (!(e < heap_[parent])) break;
    place(heap_[parent], i);
    i = parent;
  }
  place(e, i);
}

void TimerQueue::siftDown(std::size_t i) {
  Entry e = heap_[i];
  std::size_t n = heap_.size();
  for (;;) {
    std::size_t first = kArity * i + 1;
    if (first >= n) break;
    std::size_t best = first;
    for (std::size_t c = first + 1; c < std::min(first + kArity, n); c++)
      if (heap_[c] < heap_[best]) best = c;
    if (!(heap_[best] < e)) break;
    place(heap_[best], i);
    i = best;
  }
  place(e, i);
}

void TimerQueue::updateBusyLocked() {
  bool busy = !heap_.empty() || firing_;
  if (busy == busy_) return;
  busy_ = busy;
  if (onBusyChanged_) onBusyChanged_(busy);
}

// ---- the timer thread --------------------------------------------------------------------------

void TimerQueue::startThreadLocked() {
  thread_ = std::thread([this] { threadMain(); });
}

void TimerQueue::threadMain() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    if (paused_ || heap_.empty()) {
      cv_.wait(lock);
      continue;
    }
    Timer* t = heap_[0].timer;
    Clock::time_point when = heap_[0].when;
    if (Clock::now() < when) {
      cv_.wait_until(lock, when);
      continue;
    }
    removeLocked(*t);
    if (t->period_ > Clock::duration::zero()) {
      // Re-arm before firing; skip ticks that were missed (Go: when += period * (1 + late/period)).
      Clock::duration late = Clock::now() - when;
      insertLocked(*t, when + t->period_ * (1 + late / t->period_), t->period_);
    }
    Timer::FireFn fire = t->fire_;
    firing_ = true;
    lock.unlock();
    fire(*t, when);  // `t` may be freed by its owner from here on
    lock.lock();
    firing_ = false;
    firedCv_.notify_all();
    updateBusyLocked();
  }
}

}  // namespace weft::vm
