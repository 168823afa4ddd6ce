// vm::Schedulable — what the scheduler knows about a goroutine, and the per-task state machine
// that makes park/ready races safe.
//
// The scheduler never looks inside a task: a goroutine derives from Schedulable
// (`struct Goroutine : Schedulable`) and the scheduler hands it back to the VM's run callback,
// which casts it to Goroutine. Everything here is the scheduler's; the VM must not touch it.
//
// ---- The task state machine -------------------------------------------------------------------
//
// One atomic word per task, `state_`:
//
//     New ──spawn──▶ Runnable ──a worker dequeues it──▶ Running ──run() returns──┐
//                       ▲                                 │                       │
//                       │                          ready()│(wake arrives early)   │
//                       │                                 ▼                       │
//                       │                       Running|WakePending               │
//                       │                                 │ run() returns Parked: │
//                       │                                 │ the worker runs it    │
//                       │                                 │ again (it never parks)│
//                       │                                                         │
//                       ├──── Yielded: the worker re-queues it ◀──────────────────┤
//                       │                                                         │
//                       └──── ready(): Parked → Runnable ◀── Parked ◀── Parked ───┤
//                                                                                 │
//                                   Finished: the scheduler forgets the task ◀────┘
//
// Transitions and who makes them:
// - New → Runnable: spawn(), once, by whoever created the task.
// - Runnable → Running: the one worker that took the task out of a run queue (queues hand out
//   each entry exactly once, so only one worker can do this).
// - Running → Runnable (Yielded), Running → Parked (Parked): the running worker, by CAS.
// - Parked → Runnable: ready(), by CAS; the winner of the CAS enqueues the task.
// - Running → Running|WakePending: ready() arriving while the task is still running, i.e. after
//   it registered itself with a wait queue but before its worker has seen it return Parked.
//   The readier does NOT enqueue it. When run() returns Parked, the worker's CAS
//   Running → Parked fails on the WakePending bit; the worker clears it and runs the task again
//   at once. The wake-up is neither lost nor doubled.
//
// Why this is enough: a task enters a run queue only on a transition INTO Runnable, and each such
// transition is made by exactly one thread (a CAS winner, the creator, or the worker that owns the
// Running task). The only way out of Runnable is a dequeue, which happens once per enqueue. So a
// task is in at most one queue, and at most one worker runs it.
//
// Memory ordering: every transition is a release (the writer's changes to the task, e.g. a
// received value written into its registers, are published with it) and every CAS is also an
// acquire; queues add their own release/acquire. So whoever runs the task next sees everything
// that the previous runner and the readier wrote.
//
// Rules for the VM (the run callback):
// - A task that will return Parked must register itself with whatever will ready it (channel
//   wait queue, timer, mutex queue) BEFORE returning, and between registering and returning it
//   must not touch the fields a waker writes (the slots that receive results).
// - A task is readied at most once per park. ready() on a task that is Runnable, New, or already
//   has a wake pending is a bug in the caller (asserted in debug builds, ignored otherwise).
// - After run() returns Finished the scheduler never touches the task again: the VM may free it
//   inside run().
//
// Rejected design: Go's `gopark(unlockf)`, where the channel lock stays held until the goroutine is
// fully switched out and the scheduler calls unlockf. It avoids the WakePending state, but it keeps
// a channel lock (several, for select) held while the interpreter unwinds back to the worker loop,
// and couples the scheduler to every wait structure. One CAS on a bit is simpler.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace weft::vm {

class Scheduler;
class GlobalRunQueue;

// What the run callback reports after executing a task for one time slice.
enum class SliceResult : uint8_t {
  Finished,  // the task is done; the scheduler forgets it (the VM may already have freed it)
  Parked,    // the task registered itself with a waker and must not run until ready()
  Yielded,   // preempted (budget spent, preempt flag set) or runtime.Gosched: still runnable
};

enum class TaskState : uint32_t {
  New = 0,
  Runnable = 1,
  Running = 2,
  Parked = 3,
  RunningWakePending = 4,  // Running, and a ready() arrived before the task parked
};

// Intrusive base class of every task (vm::Goroutine derives from it).
class Schedulable {
 public:
  Schedulable() = default;
  Schedulable(const Schedulable&) = delete;
  Schedulable& operator=(const Schedulable&) = delete;

  // For traces and tests only; may be stale by the time the caller looks at it.
  TaskState schedState() const { return state_.load(std::memory_order_relaxed); }

 private:
  friend class Scheduler;
  friend class GlobalRunQueue;

  std::atomic<TaskState> state_{TaskState::New};
  Schedulable* globalNext_ = nullptr;  // link in the global run queue (guarded by its lock)

 protected:
  bool hostWaiter_ = false;  // a HostWaiter (below); set at construction, never changed
};

// A host thread (not a task) waiting in a wait queue of the VM, e.g. weft::Chan::send on a full
// channel (vm/api/chan.cpp). It stands in the queue's Waiter like a task; whoever completes the
// operation calls Scheduler::ready() as for a task, and ready() calls wake() instead of
// enqueueing it: the scheduler never runs it, and its state machine above is not used.
//   HostWaiter hw;  hw.reset();  enqueue a Waiter with task = &hw (e.g. chanSend(env, &hw, ...));
//   if it parked: hw.wait();   // returns once a ready() arrived (at most one per reset())
// wake() may also come from the owner of the wait (e.g. the embedding API ending the instance);
// extra wakes are harmless. The object must outlive every wake() aimed at it: it may be
// destroyed once wait() returned and it is no longer in any queue.
class HostWaiter : public Schedulable {
 public:
  HostWaiter() { hostWaiter_ = true; }
  void reset() {
    std::lock_guard lk(mu_);
    woken_ = false;
  }
  void wait() {
    std::unique_lock lk(mu_);
    cv_.wait(lk, [this] { return woken_; });
  }
  // Notifies under the lock: once wait() can return, wake() no longer touches the object.
  void wake() {
    std::lock_guard lk(mu_);
    woken_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool woken_ = false;
};

}  // namespace weft::vm
