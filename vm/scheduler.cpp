// The worker loop, ready/spawn and the idle/wake protocol. Invariants, lock order and the
// no-lost-wake-up argument: vm/scheduler.hpp. Stop-the-world, GOMAXPROCS, blocking calls, external
// wakers and shutdown: vm/scheduler_world.cpp.
#include <algorithm>
#include <cassert>
#include <numeric>

#include "vm/scheduler.hpp"

namespace weft::vm {

namespace {

thread_local Worker* tlsWorker = nullptr;

// A chain of runnext picks may hold a worker this long while other tasks wait (Go's
// forcePreemptNS).
constexpr auto kRunnextSlice = std::chrono::milliseconds(10);
// The chain's clock is read only every this many picks (and only if other work is waiting).
constexpr uint32_t kRunnextCheckEvery = 64;
// Go's schedule(): look at the global queue first every 61st tick so it cannot starve.
constexpr uint64_t kGlobalCheckEvery = 61;
// Steal attempts over all victims before going idle (Go's stealTries).
constexpr int kStealRounds = 4;

// The StoreLoad barrier of the wake-up protocol (P2 and C2 in scheduler.hpp). GCC warns that
// ThreadSanitizer does not model fences; see scheduler.hpp for why that is harmless here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wtsan"
inline void storeLoadFence() {
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
}
#pragma GCC diagnostic pop

uint32_t nextRandom(uint32_t& state) {  // xorshift32
  uint32_t x = state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return state = x;
}

}  // namespace

Scheduler::Scheduler(SchedulerOptions options)
    : options_(std::move(options)),
      workers_(std::make_unique<std::unique_ptr<Worker>[]>(kMaxProcs)),
      timers_([this](bool busy) {
        // Called under the timer queue's lock (lock order: timers → mu_).
        if (busy)
          addExternalWaker();
        else
          removeExternalWaker();
      }) {
  assert(options_.run && "SchedulerOptions::run is required");
  int n =
      options_.procs > 0 ? options_.procs : static_cast<int>(std::thread::hardware_concurrency());
  procs_.store(std::clamp(n, 1, kMaxProcs), std::memory_order_relaxed);
}

Scheduler::~Scheduler() {
  stop();
  joinWorkers();
}

void Scheduler::start() {
  std::lock_guard lk(mu_);
  assert(!started_ && "Scheduler::start called twice");
  started_ = true;
  if (stopping_) return;
  int n = procs_.load(std::memory_order_relaxed);
  for (int i = 0; i < n; i++) startThreadLocked(i, State::Running);
}

// Precondition: mu_ held. `initial` is Running (counted now) or Safepoint (a thread created
// while the world is stopped; startTheWorld counts it).
void Scheduler::startThreadLocked(int id, State initial) {
  assert(id == nThreads_);
  workers_[id].reset(new Worker(this, id));
  Worker& w = *workers_[id];
  w.state_ = initial;
  if (initial == State::Running) nRunning_++;
  nThreads_++;
  w.thread_ = std::thread([this, &w] { workerMain(w); });
}

Worker* Scheduler::currentWorker() const {
  Worker* w = tlsWorker;
  return w && w->sched_ == this ? w : nullptr;
}

// ---- the worker loop ---------------------------------------------------------------------------

void Scheduler::workerMain(Worker& w) {
  tlsWorker = &w;
  {
    // A worker created while the world is stopped waits for startTheWorld.
    std::unique_lock lk(mu_);
    if (w.state_ == State::Safepoint) parkAtSafepointLocked(w, lk);
  }
  for (;;) {
    bool inherit = false;
    Schedulable* t = findRunnable(w, inherit);
    if (!t) break;
    execute(w, t, inherit);
  }
  {
    std::lock_guard lk(mu_);
    if (w.spinning_) {
      w.spinning_ = false;
      nSpinning_.fetch_sub(1);
    }
    leaveRunningLocked(w, State::Exited);
  }
  tlsWorker = nullptr;
}

// Returns the next task to run, blocking while there is none; null when the scheduler stops.
// `inherit` is set when the task came from runnext (it continues the current time slice).
Schedulable* Scheduler::findRunnable(Worker& w, bool& inherit) {
  for (;;) {
    if (stopRequested_.load(std::memory_order_acquire)) return nullptr;
    if (stwPending_.load(std::memory_order_seq_cst) ||
        w.id_ >= procs_.load(std::memory_order_relaxed)) {
      if (!pauseIfNeeded(w)) return nullptr;
      continue;
    }
    if (Schedulable* t = takeLocal(w, inherit)) {
      if (w.spinning_) stopSpinning(w);
      return t;
    }
    inherit = false;
    int busy = procs_.load(std::memory_order_relaxed) - nIdle_.load();
    if (w.spinning_ || 2 * nSpinning_.load() < busy) {
      if (!w.spinning_) {
        w.spinning_ = true;
        nSpinning_.fetch_add(1);
      }
      if (Schedulable* t = stealWork(w)) {
        stopSpinning(w);
        return t;
      }
    }
    goIdle(w);
  }
}

// The worker's own work: (fairness) global, runnext, ring, then a batch from the global queue.
Schedulable* Scheduler::takeLocal(Worker& w, bool& inherit) {
  bool globalFirst = w.tick_ % kGlobalCheckEvery == 0;
  if (w.runnext_ && ++w.runnextPicks_ % kRunnextCheckEvery == 0 &&
      (!w.runq_.empty() || global_.size() > 0)) {
    // A runnext chain (ping-pong) has been going on for a while and others are waiting.
    auto now = std::chrono::steady_clock::now();
    if (w.streakStart_ == std::chrono::steady_clock::time_point{}) {
      w.streakStart_ = now;
    } else if (now - w.streakStart_ >= kRunnextSlice) {
      putLocal(w, w.runnext_);
      w.runnext_ = nullptr;
      globalFirst = true;
    }
  }
  if (globalFirst && global_.size() > 0) {
    if (Schedulable* t = takeGlobal(w, 1)) {
      inherit = false;
      return t;
    }
  }
  if (Schedulable* t = w.runnext_) {
    w.runnext_ = nullptr;
    w.runnextPicksTotal_.bump();
    inherit = true;
    return t;
  }
  inherit = false;
  if (Schedulable* t = w.runq_.pop()) {
    w.localPicks_.bump();
    return t;
  }
  if (global_.size() > 0) return takeGlobal(w, LocalRunQueue::kCapacity / 2);
  return nullptr;
}

// Takes up to `max` tasks (a fair share: size/procs + 1) from the global queue: returns the first,
// puts the rest in w's ring.
Schedulable* Scheduler::takeGlobal(Worker& w, uint32_t max) {
  uint64_t share =
      global_.size() / static_cast<uint64_t>(procs_.load(std::memory_order_relaxed)) + 1;
  uint32_t room = LocalRunQueue::kCapacity - w.runq_.size();
  uint32_t n = static_cast<uint32_t>(std::min<uint64_t>({share, max, room / 2 + 1}));
  Schedulable* batch[LocalRunQueue::kCapacity / 2 + 1];
  n = global_.popBatch(batch, n);
  if (n == 0) return nullptr;
  for (uint32_t i = 1; i < n; i++) {
    bool ok = w.runq_.push(batch[i]);
    assert(ok);
    (void)ok;
  }
  w.globalPicks_.bump();
  return batch[0];
}

// Go's stealWork: a few rounds over all other enabled workers in random order.
Schedulable* Scheduler::stealWork(Worker& w) {
  for (int round = 0; round < kStealRounds; round++) {
    uint32_t procs = static_cast<uint32_t>(procs_.load(std::memory_order_relaxed));
    if (procs > 1) {
      // A random start and a random stride coprime with procs visit every worker once.
      uint32_t start = nextRandom(w.rng_) % procs;
      uint32_t stride = nextRandom(w.rng_) % procs + 1;
      while (std::gcd(stride, procs) != 1) stride = stride % procs + 1;
      for (uint32_t i = 0, v = start; i < procs; i++, v = (v + stride) % procs) {
        if (static_cast<int>(v) == w.id_) continue;
        Worker* victim = workers_[v].get();
        if (!victim) continue;
        if (Schedulable* t = victim->runq_.stealHalfInto(w.runq_)) {
          w.steals_.bump();
          return t;
        }
      }
    }
    if (global_.size() > 0) {
      if (Schedulable* t = takeGlobal(w, LocalRunQueue::kCapacity / 2)) return t;
    }
    if (stwPending_.load() || stopRequested_.load(std::memory_order_relaxed)) return nullptr;
  }
  return nullptr;
}

void Scheduler::stopSpinning(Worker& w) {
  w.spinning_ = false;
  nSpinning_.fetch_sub(1);
  // We found work; there may be more: make sure someone else is looking (Go's resetspinning).
  wakep();
}

// Runs `t` until it finishes, parks, or must give the worker up.
void Scheduler::execute(Worker& w, Schedulable* t, bool inherit) {
  t->state_.store(TaskState::Running, std::memory_order_relaxed);
  w.current_ = t;
  if (!inherit) {
    w.tick_++;
    w.runnextPicks_ = 0;
    w.streakStart_ = {};
  }
  for (;;) {
    w.slices_.bump();
    SliceResult r = options_.run(t, w);
    if (w.preempt_.load(std::memory_order_relaxed)) {
      // Cleared before stwPending_ is read again (the handshake in scheduler.hpp).
      w.preempt_.store(false, std::memory_order_seq_cst);
    }
    if (r == SliceResult::Finished) break;  // the task may be freed already: never touch it
    if (r == SliceResult::Parked) {
      TaskState expected = TaskState::Running;
      if (t->state_.compare_exchange_strong(expected, TaskState::Parked, std::memory_order_acq_rel,
                                            std::memory_order_acquire))
        break;
      // The wake-up arrived while the task was still running: it never parks (the failed CAS
      // acquired the waker's writes).
      assert(expected == TaskState::RunningWakePending);
      t->state_.store(TaskState::Running, std::memory_order_relaxed);
      w.earlyWakes_.bump();
    } else {
      // Yielded. A pending wake-up means the task was readied without parking (a bug in the
      // caller); it is runnable either way, so the bit is simply dropped.
      TaskState old = t->state_.exchange(TaskState::Running, std::memory_order_acq_rel);
      assert(old == TaskState::Running && "task readied without parking");
      (void)old;
    }
    // The task is runnable. Keep running it only if nobody else wants this worker.
    if (stopRequested_.load(std::memory_order_relaxed)) break;
    if (!nothingElseRunnable(w)) {
      t->state_.store(TaskState::Runnable, std::memory_order_release);
      w.current_ = nullptr;
      if (r == SliceResult::Parked)
        putLocal(w, t);  // woken from elsewhere: the back of our ring (runnext keeps its chain)
      else
        global_.push(t);  // Go puts preempted goroutines on the global queue (fairness)
      wakep();
      return;
    }
    w.tick_++;
    w.runnextPicks_ = 0;
    w.streakStart_ = {};
  }
  w.current_ = nullptr;
}

// True if w may simply continue its current task: no other runnable task it could run instead
// and nothing that needs it to stop.
bool Scheduler::nothingElseRunnable(const Worker& w) const {
  return !w.runnext_ && w.runq_.empty() && global_.size() == 0 &&
         !stwPending_.load(std::memory_order_seq_cst) &&
         w.id_ < procs_.load(std::memory_order_relaxed) && !w.blocking_;
}

// ---- making tasks runnable ---------------------------------------------------------------------

void Scheduler::spawn(Schedulable* t) {
  assert(t->state_.load(std::memory_order_relaxed) == TaskState::New);
  t->state_.store(TaskState::Runnable, std::memory_order_release);
  enqueue(t);
}

void Scheduler::ready(Schedulable* t) {
  if (t->hostWaiter_) {  // a host thread in a wait queue: signal it, never run it
    static_cast<HostWaiter*>(t)->wake();
    return;
  }
  TaskState s = t->state_.load(std::memory_order_relaxed);
  for (;;) {
    if (s == TaskState::Parked) {
      if (t->state_.compare_exchange_weak(s, TaskState::Runnable, std::memory_order_acq_rel,
                                          std::memory_order_relaxed)) {
        enqueue(t);
        return;
      }
    } else if (s == TaskState::Running) {
      if (t->state_.compare_exchange_weak(s, TaskState::RunningWakePending,
                                          std::memory_order_acq_rel, std::memory_order_relaxed))
        return;  // its worker will see the bit when run() returns Parked
    } else {
      assert(false && "Scheduler::ready: task is not parked (readied twice?)");
      return;
    }
  }
}

// Puts a Runnable task where it will run soonest: the calling worker's runnext slot if the caller
// is a task of this scheduler, else the global queue.
void Scheduler::enqueue(Schedulable* t) {
  Worker* w = tlsWorker;
  if (w && w->sched_ == this && w->current_ && !w->blocking_ &&
      w->id_ < procs_.load(std::memory_order_relaxed)) {
    Schedulable* old = w->runnext_;
    w->runnext_ = t;
    if (old) {
      putLocal(*w, old);
      wakep();  // the ring now holds stealable work
    }
    return;
  }
  global_.push(t);
  wakep();
}

// Owner only: appends t to w's ring; a full ring moves half of itself and t to the global queue.
void Scheduler::putLocal(Worker& w, Schedulable* t) {
  while (!w.runq_.push(t)) {
    Schedulable* batch[LocalRunQueue::kCapacity / 2 + 1];
    uint32_t n = w.runq_.popHalf(batch);
    if (n == 0) continue;  // thieves emptied it meanwhile: push again
    batch[n++] = t;
    global_.pushBatch(batch, n);
    return;
  }
}

// Owner (or the world-stop owner while w is stopped): moves runnext and the ring to the global
// queue.
void Scheduler::handOffLocalWork(Worker& w) {
  if (w.runnext_) {
    global_.push(w.runnext_);
    w.runnext_ = nullptr;
  }
  while (Schedulable* t = w.runq_.pop()) global_.push(t);
}

// Any queued work a worker could take: the global queue or some enabled worker's ring. (runnext
// slots are not looked at: only their owners take from them.)
bool Scheduler::anyQueuedWork() const {
  if (global_.size() > 0) return true;
  int procs = procs_.load(std::memory_order_relaxed);
  for (int i = 0; i < procs; i++) {
    Worker* v = workers_[i].get();
    if (v && !v->runq_.empty()) return true;
  }
  return false;
}

// Wakes one idle worker, as a spinner, if work may be waiting and nobody is looking for it.
// Called after publishing work (steps P2, P3 of the proof in scheduler.hpp).
void Scheduler::wakep() {
  storeLoadFence();
  if (nSpinning_.load() != 0 || nIdle_.load() == 0) return;
  int zero = 0;
  if (!nSpinning_.compare_exchange_strong(zero, 1)) return;
  std::lock_guard lk(mu_);
  Worker* w = stopping_ ? nullptr : popIdleLocked();
  if (!w) {
    nSpinning_.fetch_sub(1);
    return;
  }
  w->state_ = State::Waking;
  w->spinning_ = true;  // the nSpinning_ we added is now w's
  nWaking_++;
  checkInvariantsLocked();
  w->cv_.notify_one();
}

// ---- idle --------------------------------------------------------------------------------------

// Precondition: mu_ held.
Worker* Scheduler::popIdleLocked() {
  if (idle_.empty()) return nullptr;
  Worker* w = idle_.back();  // LIFO: the most recently idle worker has the warmest cache
  idle_.pop_back();
  nIdle_.fetch_sub(1);
  return w;
}

// Precondition: mu_ held, w on the idle list.
void Scheduler::removeFromIdleLocked(Worker& w) {
  auto it = std::find(idle_.begin(), idle_.end(), &w);
  assert(it != idle_.end());
  idle_.erase(it);
  nIdle_.fetch_sub(1);
}

// Precondition: mu_ held.
void Scheduler::leaveRunningLocked(Worker& w, State to) {
  if (w.state_ == State::Running) {
    nRunning_--;
    if (nRunning_ == 0 && stwActive_) stwCv_.notify_all();
  }
  w.state_ = to;
}

// Precondition: mu_ held, at a point where every transition made under it is complete.
void Scheduler::checkInvariantsLocked() const {
#ifndef NDEBUG
  int running = 0, waking = 0, idle = 0;
  for (int i = 0; i < nThreads_; i++) {
    State st = workers_[i]->state_;
    running += st == State::Running;
    waking += st == State::Waking;
    idle += st == State::Idle;
  }
  assert(running == nRunning_);
  assert(waking == nWaking_);
  assert(idle == static_cast<int>(idle_.size()) && idle == nIdle_.load());
  for (Worker* w : idle_) assert(w->state_ == State::Idle);
#endif
}

// Precondition: mu_ held. Nothing can ever make a task runnable again (see scheduler.hpp).
bool Scheduler::quiescentLocked() const {
  return !stopping_ && !stwActive_ && nRunning_ == 0 && nWaking_ == 0 && nExternal_ == 0 &&
         global_.size() == 0;
}

// w found no work anywhere: register as idle, re-check (C1..C3 of the proof), then sleep.
void Scheduler::goIdle(Worker& w) {
  std::unique_lock lk(mu_);
  if (stopping_ || stwActive_ || w.id_ >= procs_.load(std::memory_order_relaxed)) return;
  if (global_.size() > 0) return;  // arrived meanwhile: look again
  assert(w.state_ == State::Running);
  leaveRunningLocked(w, State::Idle);
  idle_.push_back(&w);
  nIdle_.fetch_add(1);
  if (w.spinning_) {
    w.spinning_ = false;
    nSpinning_.fetch_sub(1);
  }
  checkInvariantsLocked();
  bool deadlock = false;
  if (!deadlockReported_ && quiescentLocked()) deadlock = deadlockReported_ = true;
  lk.unlock();

  if (deadlock && options_.onDeadlock) options_.onDeadlock();

  storeLoadFence();             // C2
  bool work = anyQueuedWork();  // C3
  lk.lock();
  if (work && w.state_ == State::Idle) {
    // Work appeared after we looked: take ourselves off the idle list and spin again.
    removeFromIdleLocked(w);
    w.state_ = State::Running;
    nRunning_++;
    w.spinning_ = true;
    nSpinning_.fetch_add(1);
    return;
  }
  // If a waker already took us off the list (state Waking), sleepLocked returns at once.
  sleepLocked(w, lk);
}

// Precondition: mu_ held, w.state_ is Idle, Disabled or Waking. Sleeps until a waker marks w
// Waking (or the scheduler stops), then makes w Running (or parks it at the safepoint if the
// world is stopped).
void Scheduler::sleepLocked(Worker& w, std::unique_lock<std::mutex>& lk) {
  assert(w.state_ == State::Idle || w.state_ == State::Disabled || w.state_ == State::Waking);
  while ((w.state_ == State::Idle || w.state_ == State::Disabled) && !stopping_) {
    w.idleSleeps_.bump();
    w.cv_.wait(lk);
  }
  if (w.state_ == State::Idle) removeFromIdleLocked(w);  // stopping
  if (w.state_ == State::Waking) nWaking_--;
  if (w.state_ == State::Disabled && stopping_) {
    w.state_ = State::Exited;  // never counted as running again
    return;
  }
  if (stwActive_ && !stopping_) {
    w.state_ = State::Safepoint;
    parkAtSafepointLocked(w, lk);
    return;
  }
  w.state_ = State::Running;
  nRunning_++;
  checkInvariantsLocked();
}

}  // namespace weft::vm
