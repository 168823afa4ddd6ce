// The scheduler's slow paths, all under Scheduler::mu_: stop-the-world, GOMAXPROCS, blocking host
// calls, external wakers (deadlock detection), shutdown, statistics. Invariants, lock order and
// the stop-the-world handshake: vm/scheduler.hpp.
#include <algorithm>
#include <cassert>

#include "vm/scheduler.hpp"

namespace weft::vm {

// ---- safepoints --------------------------------------------------------------------------------

// Called by w's own thread between time slices when the world is stopping or w is disabled.
// Returns false when the scheduler is stopping.
bool Scheduler::pauseIfNeeded(Worker& w) {
  bool disabled = w.id_ >= procs_.load(std::memory_order_relaxed);
  if (disabled && (w.runnext_ || !w.runq_.empty())) {
    // Tasks readied after setMaxProcs drained us (by the task that was running here then).
    handOffLocalWork(w);
    wakep();
  }
  std::unique_lock lk(mu_);
  if (stopping_) return false;
  if (stwActive_) {
    parkAtSafepointLocked(w, lk);
    return !stopping_;
  }
  if (w.id_ >= procs_.load(std::memory_order_relaxed)) {
    assert(w.state_ == State::Running);
    if (w.spinning_) {
      w.spinning_ = false;
      nSpinning_.fetch_sub(1);
    }
    leaveRunningLocked(w, State::Disabled);
    if (!deadlockReported_ && quiescentLocked()) wakeForDeadlockCheckLocked();
    sleepLocked(w, lk);
    return !stopping_;
  }
  return true;
}

// Precondition: mu_ held; w is between slices, Running, or Safepoint and not counted. Waits
// until startTheWorld (or stop) and returns with w Running (or Exited when stopping).
void Scheduler::parkAtSafepointLocked(Worker& w, std::unique_lock<std::mutex>& lk) {
  assert(w.state_ == State::Running || w.state_ == State::Safepoint);
  leaveRunningLocked(w, State::Safepoint);
  worldCv_.wait(lk, [&] { return w.state_ != State::Safepoint || stopping_; });
  if (w.state_ == State::Safepoint) {  // stopping: count it running again so that exit is uniform
    w.state_ = State::Running;
    nRunning_++;
    return;
  }
  // setMaxProcs may have switched w off (Disabled), and a later one on again (Idle, then perhaps
  // Waking) before this thread woke up: then it sleeps like any idle worker until a waker takes
  // it. (Returning with w Idle would run tasks uncounted while on the idle list.)
  if (w.state_ != State::Running) sleepLocked(w, lk);
}

bool Scheduler::stopTheWorld() {
  Worker* self = currentWorker();
  std::unique_lock lk(mu_);
  while (stwActive_) {
    // The scheduler is stopping (the world may stay stopped for good: the owner is shutting
    // down): give up instead of waiting for a restart that never comes.
    if (stopping_) return false;
    // Someone else is stopping the world: stop here like any worker until it restarts, then try
    // again. The wait must be for "restarted", not for "!stwActive_": a third party may stop the
    // world again before this thread wakes up, and startTheWorld has already counted this
    // worker as Running — waiting on !stwActive_ would leave it counted but asleep, and the new
    // owner would wait for it forever.
    // If stop() comes instead (e.g. the host stopped the world at the end of a run and then
    // destroys the Machine), the world never restarts: give up, counted as Running again (as
    // parkAtSafepointLocked does), so that the worker can leave its task and exit.
    if (self) {
      leaveRunningLocked(*self, State::SafepointInTask);
      worldCv_.wait(lk, [&] { return self->state_ != State::SafepointInTask || stopping_; });
      if (self->state_ == State::SafepointInTask) {  // stopping: count it running again
        self->state_ = State::Running;
        nRunning_++;
        return false;
      }
    } else {
      uint64_t generation = worldGeneration_;
      worldCv_.wait(lk, [&] { return worldGeneration_ != generation || stopping_; });
    }
  }
  if (stopping_) return false;
  stwActive_ = true;
  stwPending_.store(true, std::memory_order_seq_cst);
  if (self) leaveRunningLocked(*self, State::StwOwner);
  checkInvariantsLocked();
  for (int i = 0; i < nThreads_; i++) workers_[i]->preempt_.store(true, std::memory_order_seq_cst);
  lk.unlock();
  // Not under mu_: a fire function may be inside ready(), which can take mu_.
  timers_.pause();
  lk.lock();
  stwCv_.wait(lk, [&] { return nRunning_ == 0; });
  return true;
}

void Scheduler::startTheWorld() {
  Worker* self = currentWorker();
  timers_.resume();
  {
    std::lock_guard lk(mu_);
    assert(stwActive_ && "startTheWorld without stopTheWorld");
    for (int i = 0; i < nThreads_; i++) {
      Worker& w = *workers_[i];
      if (w.state_ == State::Safepoint || w.state_ == State::SafepointInTask) {
        w.state_ = State::Running;
        nRunning_++;
      }
      if (!stopping_) w.preempt_.store(false, std::memory_order_relaxed);
    }
    if (self && self->state_ == State::StwOwner) {
      self->state_ = State::Running;
      nRunning_++;
    }
    stwActive_ = false;
    stwPending_.store(false, std::memory_order_seq_cst);
    worldGeneration_++;
    checkInvariantsLocked();
    worldCv_.notify_all();
  }
  // Tasks may have been queued while the world was stopped (host threads, a resized GOMAXPROCS).
  if (anyQueuedWork()) wakep();
}

// ---- GOMAXPROCS --------------------------------------------------------------------------------

int Scheduler::setMaxProcs(int n) {
  n = std::clamp(n, 1, kMaxProcs);
  {
    std::lock_guard lk(mu_);
    if (!started_ || stopping_) {
      int old = procs_.load(std::memory_order_relaxed);
      if (!started_) procs_.store(n, std::memory_order_relaxed);
      return old;
    }
  }
  if (!stopTheWorld()) return procs_.load(std::memory_order_relaxed);
  int old;
  {
    std::lock_guard lk(mu_);
    old = procs_.load(std::memory_order_relaxed);
    if (n != old && !stopping_) {
      // Switch off workers [n, old): their queued tasks go to the global queue.
      for (int id = n; id < old; id++) {
        Worker& w = *workers_[id];
        handOffLocalWork(w);  // w is stopped (or is this thread): safe to touch its owner fields
        if (w.spinning_) {
          w.spinning_ = false;
          nSpinning_.fetch_sub(1);
        }
        switch (w.state_) {
          case State::Idle:
            removeFromIdleLocked(w);
            w.state_ = State::Disabled;
            break;
          case State::Waking:
            nWaking_--;
            w.state_ = State::Disabled;
            break;
          case State::Safepoint:
            w.state_ = State::Disabled;
            break;
          default:  // inside a task (StwOwner, SafepointInTask, Blocking): the worker
            break;  // disables itself when the task's slice ends (pauseIfNeeded)
        }
      }
      // Switch on workers [old, n): old threads become idle, missing ones are created.
      for (int id = old; id < n; id++) {
        if (id < nThreads_) {
          Worker& w = *workers_[id];
          if (w.state_ == State::Disabled) {
            w.state_ = State::Idle;
            idle_.push_back(&w);
            nIdle_.fetch_add(1);
          }
        } else {
          startThreadLocked(id, State::Safepoint);
        }
      }
      procs_.store(n, std::memory_order_relaxed);
      checkInvariantsLocked();
    }
  }
  startTheWorld();
  return old;
}

// ---- external wakers and blocking calls --------------------------------------------------------

void Scheduler::addExternalWaker() {
  std::lock_guard lk(mu_);
  nExternal_++;
}

void Scheduler::removeExternalWaker() {
  std::lock_guard lk(mu_);
  assert(nExternal_ > 0);
  nExternal_--;
  if (nExternal_ == 0 && !deadlockReported_ && quiescentLocked()) wakeForDeadlockCheckLocked();
}

void Scheduler::rearmDeadlockReport() {
  std::lock_guard lk(mu_);
  deadlockReported_ = false;
}

// Precondition: mu_ held, quiescent. Wakes an idle worker; finding nothing, it goes idle again and,
// being the last, reports the deadlock on its own thread with no lock held.
void Scheduler::wakeForDeadlockCheckLocked() {
  Worker* w = popIdleLocked();
  if (!w) return;
  w->state_ = State::Waking;
  w->spinning_ = true;
  nSpinning_.fetch_add(1);
  nWaking_++;
  w->cv_.notify_one();
}

void Scheduler::enterBlocking() {
  Worker* w = currentWorker();
  assert(w && w->current_ && "enterBlocking outside a task");
  w->blocking_ = true;  // from now on ready() from this thread goes to the global queue
  handOffLocalWork(*w);
  {
    std::lock_guard lk(mu_);
    nExternal_++;  // the blocking call may ready tasks when it returns: not a deadlock
    leaveRunningLocked(*w, State::Blocking);
  }
  wakep();
}

void Scheduler::exitBlocking() {
  Worker* w = currentWorker();
  assert(w && w->blocking_ && "exitBlocking without enterBlocking");
  std::unique_lock lk(mu_);
  nExternal_--;
  w->blocking_ = false;
  if (stwActive_ && !stopping_) {
    // The world is stopped: wait, uncounted, like a stopped worker until startTheWorld counts
    // us as Running again.
    w->state_ = State::SafepointInTask;
    worldCv_.wait(lk, [&] { return w->state_ != State::SafepointInTask || stopping_; });
    if (w->state_ == State::Running) return;
  }
  w->state_ = State::Running;
  nRunning_++;
}

// ---- shutdown ----------------------------------------------------------------------------------

void Scheduler::stop() {
  {
    std::lock_guard lk(mu_);
    if (!stopping_) {
      stopping_ = true;
      stopRequested_.store(true, std::memory_order_release);
      for (int i = 0; i < nThreads_; i++) {
        workers_[i]->preempt_.store(true, std::memory_order_seq_cst);
        workers_[i]->cv_.notify_one();
      }
      worldCv_.notify_all();
      stwCv_.notify_all();
    }
  }
  if (timers_.onTimerThread()) {
    timers_.stop();  // only requests it; joining workers here could deadlock with timers_.pause()
    return;
  }
  timers_.stop();
  if (!currentWorker()) joinWorkers();
}

void Scheduler::wait() {
  assert(!currentWorker() && "Scheduler::wait from a worker");
  {
    std::unique_lock lk(mu_);
    worldCv_.wait(lk, [&] { return stopping_; });
  }
  timers_.stop();
  joinWorkers();
}

void Scheduler::joinWorkers() {
  std::lock_guard join(joinMu_);
  int n;
  {
    std::lock_guard lk(mu_);
    n = nThreads_;  // no threads are created once stopping_ is set
    if (!stopping_) return;
  }
  for (int i = 0; i < n; i++)
    if (workers_[i]->thread_.joinable()) workers_[i]->thread_.join();
}

SchedulerStats Scheduler::stats() const {
  SchedulerStats s;
  std::lock_guard lk(mu_);
  for (int i = 0; i < nThreads_; i++) {
    const Worker& w = *workers_[i];
    s.slices += w.slices_.get();
    s.runnextPicks += w.runnextPicksTotal_.get();
    s.localPicks += w.localPicks_.get();
    s.globalPicks += w.globalPicks_.get();
    s.steals += w.steals_.get();
    s.idleSleeps += w.idleSleeps_.get();
    s.earlyWakes += w.earlyWakes_.get();
  }
  return s;
}

}  // namespace weft::vm
