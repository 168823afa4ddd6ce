// vm::Scheduler — the M:N scheduler: tasks (goroutines) on GOMAXPROCS worker threads.
//
// Modelled on Go's runtime (proc.go), with Go's M and P merged into one Worker (a thread that
// owns a run queue). The scheduler knows tasks only as Schedulable (vm/schedulable.hpp, which
// also documents the per-task state machine); it runs them by calling the `run` callback for one
// time slice at a time.
//
// ---- How the VM uses it ------------------------------------------------------------------------
//   struct Goroutine : Schedulable { ... };                        // vm/goroutine.hpp
//   SchedulerOptions o;
//   o.procs = gomaxprocs;
//   o.run = [&](Schedulable* t, Worker& w) {                      // one time slice
//     auto& g = static_cast<Goroutine&>(*t);
//     switch (interpret(m, g, kTimeSlice, w.preemptFlag())) {     // polls the flag at back-edges
//       case RunResult::Yielded:  maybe stopTheWorld + collect + startTheWorld;
//                                 return SliceResult::Yielded;
//       case RunResult::Parked:   return SliceResult::Parked;     // already on a wait queue
//       case RunResult::Finished: if main: sched.stop(); free g;  return SliceResult::Finished;
//       case RunResult::Panicked, Exited: report; sched.stop();   return SliceResult::Finished;
//     }
//   };
//   o.onDeadlock = [&] { report "all goroutines are asleep - deadlock!"; sched.stop(); };
//   Scheduler sched(o);
//   sched.spawn(&mainGoroutine);  sched.start();  sched.wait();   // Machine::run()
// Blocking natives register the goroutine with their wait queue (or sched.timers() for
// time.Sleep), then return Park; whoever wakes it writes the results and calls sched.ready(&g).
// `go` calls sched.spawn(&g). The run callback must not throw.
//
// ---- Shape -------------------------------------------------------------------------------------
// - Each Worker has a LocalRunQueue (256-slot lock-free ring, vm/run_queue.hpp) and a `runnext`
//   slot. A task readied or spawned by a running task goes to its worker's runnext (the previous
//   runnext moves to the ring), so a ping-pong pair keeps running on one worker, hot in cache.
//   runnext is owner-only: it is never stolen (see "Rejected designs").
// - One GlobalRunQueue: tasks readied by foreign threads (host, timer thread), yielded tasks,
//   overflow of full rings. A worker looks there every 61st schedule tick (fairness) and when
//   its own queue is empty.
// - An idle worker steals half of another worker's ring (victims in random order, 4 rounds).
//   At most half of the busy workers spin (look for work to steal) at once; a worker that finds
//   nothing parks on its condition variable: 0% CPU when idle.
// - A runnext task inherits the time slice of the task that readied it (the schedule tick does
//   not advance); once such a chain has held the worker for 10 ms while other tasks wait, its
//   task goes to the back of the ring and the global queue gets a turn (Go does this with sysmon
//   preemption).
// - Preemption: each Worker has a `preempt` flag the interpreter polls at back-edges and calls
//   (Worker::preemptRequested()); when set, the task returns Yielded at the next safepoint.
//   Stop-the-world and stop() set it on every worker.
//
// ---- Locks and what they protect (lock order: top to bottom) -----------------------------------
// 1. TimerQueue::mu_ (vm/timers.hpp). Held while calling the busy hook, which takes (2).
// 2. Scheduler::mu_: the idle list, every Worker::state_, the counters nRunning_/nWaking_/
//    nExternal_, stwActive_, stopping_, deadlockReported_, the set of worker threads. All the
//    condition variables (Worker::cv_, worldCv_, stwCv_) wait on mu_, so every wait is a
//    predicate over state guarded by mu_ and no notification can be lost.
// 3. GlobalRunQueue's mutex: a leaf.
// Lock-free: local rings; `runnext` and the per-worker fields marked "owner" (touched only by the
// worker's own thread, or by the stop-the-world owner while that worker is stopped: the hand-over
// goes through mu_). Atomic mirrors read without mu_: nIdle_, nSpinning_, stwPending_,
// stopRequested_, procs_.
//
// ---- No lost wake-ups (the proof) --------------------------------------------------------------
// Work can appear in: a ring, the global queue, or a runnext slot. runnext is filled only by its
// owner while it is running a task, and the owner looks at runnext before it goes idle, so
// runnext needs no wake-up. For rings and the global queue (Dekker's pattern, as in Go's
// "Worker thread parking/unparking" comment):
//   Producer: (P1) publishes the task (ring: release store of tail_; global: store of size_);
//             (P2) seq_cst fence; (P3) if it then reads nSpinning_ == 0 and nIdle_ > 0: wakep().
//   Worker going idle: (C1) under mu_: state_ = Idle, pushed on the idle list, nIdle_++, and
//             nSpinning_-- if it was spinning (seq_cst read-modify-writes); (C2) seq_cst fence;
//             (C3) re-reads the global queue's size and every ring's head/tail; if anything is
//             there it leaves the idle list and spins again.
// In the total order S of seq_cst operations and fences, either P2 precedes C2 — then C3 sees
// the task — or C2 precedes P2 — then C1 < P2 and P3 sees C1's nIdle_++ and nSpinning_--. In
// the second case, if P3 reads nSpinning_ > 0, some worker X is spinning; X decrements
// nSpinning_ and runs its own C1..C3 before it can sleep, and since P3 did not see that
// decrement, P2 precedes X's C2, so X's C3 sees the task. If P3 reads nSpinning_ == 0 it calls
// wakep(), which CASes nSpinning_ 0→1 (if that fails someone else just became a spinner: the
// same argument applies to it) and pops an idle worker under mu_, marks it Waking (and
// spinning) and signals it. If the idle list is empty by then, every worker is awake and each
// runs C1..C3 before sleeping, after wakep's nSpinning_ 1→0 (made under mu_, which those workers
// take in C1 afterwards): again P2 precedes their C2. A signalled worker cannot miss the signal:
// it waits on its cv with the predicate state_ != Idle under mu_, and the waker changes state_
// under mu_.
// ThreadSanitizer does not model fences (GCC warns, silenced in scheduler.cpp). That loses
// nothing here: the fences only order a store before a later load (StoreLoad) for this protocol;
// every happens-before edge that protects data comes from release/acquire pairs TSan sees.
// Tests: test_sched_stress.cpp readies tasks from foreign threads into an idle scheduler and
// races ready() with park a million times; a lost wake-up fails them by timeout. Debug builds
// also check, at each transition, that the counters agree with the workers' states.
//
// ---- Stop the world ----------------------------------------------------------------------------
// stopTheWorld(): under mu_ set stwActive_, stwPending_ and every worker's preempt flag; pause
// the timer thread; wait until nRunning_ == 0. A Running worker notices stwPending_ between time
// slices and parks at the safepoint (state_ Safepoint, not counted in nRunning_). Idle, Disabled
// and Blocking workers are already stopped; a Waking worker turns into Safepoint when it takes
// mu_. A worker that itself calls stopTheWorld() (from inside run(), at a safepoint) counts as
// stopped (StwOwner); if another world stop is in progress it first waits as SafepointInTask,
// so two workers asking for a collection at once cannot deadlock. startTheWorld() turns every
// Safepoint and SafepointInTask worker back to Running under mu_ (so the counters never show a
// false quiescent moment), resumes timers and wakes a worker if work is queued.
// Every wait for the world to restart is a predicate on the waiter's own state_ (or on
// worldGeneration_), never on !stwActive_: another stop may begin before the waiter wakes, and
// a worker that startTheWorld already counted as Running must not stay asleep.
// The preempt flag handshake: STW stores stwPending_ then the flags; a worker clears its flag
// only after a slice, then reads stwPending_ (all seq_cst). Either it sees the stop, or its clear
// precedes STW's store of the flag in S, so the next task sees the flag set.
//
// ---- Deadlock detection ------------------------------------------------------------------------
// Checked under mu_ when a worker goes idle: no worker Running or Waking, no world stop, the
// global queue empty, and nExternal_ == 0 (external wakers: embedding hosts that may still ready
// a task, blocking host calls in progress, and the timer queue while any timer is pending or
// firing). Rings and runnext slots of idle workers are empty (a worker only goes idle with an
// empty queue, and only its owner adds to it; disabled workers are drained). Then nothing can
// ever ready a task again: onDeadlock() is called, once, on that worker's thread with no lock
// held. When the last external waker goes away while all workers are idle, an idle worker is
// woken to re-run the check, so onDeadlock always runs on a worker thread. Tasks parked forever
// while other work exists are not a deadlock (some worker is Running).
// A foreign thread that calls ready() must hold an external-waker registration while it can do
// so (the timer queue does this for itself); otherwise a deadlock could be reported just before
// its ready() arrives.
//
// ---- Host waiters ---------------------------------------------------------------------------------
// A HostWaiter (vm/schedulable.hpp) is a host thread standing in a wait queue (weft::Chan). ready()
// on it signals its condition variable and returns: it never enters a run queue, never changes
// a counter, and is invisible to deadlock detection. Whoever lets host threads wait must hold an
// external-waker registration while they might still ready a task (the embedding API holds one
// per live Chan handle).
//
// ---- Who may call what -------------------------------------------------------------------------
// spawn/ready/addExternalWaker/removeExternalWaker/maxProcs/stats: any thread (ready also on a
//   HostWaiter).
// stopTheWorld/startTheWorld/setMaxProcs: a foreign thread, or a task inside run() that is at a
//   safepoint (the VM's collector, runtime.GOMAXPROCS). Never from a timer fire function.
// enterBlocking/exitBlocking: a task inside run(), around a host call that may block.
// start: once, from the thread that created the scheduler. wait: a foreign thread.
// stop: any thread (from a worker or a fire function it only requests the stop; from a foreign
//   thread it also waits for the workers to exit). Destroy the scheduler from a foreign thread.
//
// ---- Rejected designs --------------------------------------------------------------------------
// - Stealing runnext (Go steals it after a 3 µs grace sleep). It requires a wake-up on every
//   ready() whenever any worker is idle — a futex syscall per ping-pong round trip, far more than
//   the round trip itself in an interpreter — and a CAS on every runnext access. Instead runnext
//   is owner-only and a readied task waits at most for its readier to park, yield or block
//   (enterBlocking hands runnext to the global queue).
// - A mutex per local queue: see vm/run_queue.hpp.
// - Separate M and P (Go hands a P to a new M when a goroutine blocks in a syscall). Weft's
//   blocking host calls are rare; enterBlocking hands the worker's queued tasks to others
//   instead, at the cost of one worker fewer for the duration of the call.
// - One shared condition variable for all idle workers: notify_one wakes an arbitrary thread,
//   which breaks the "pop exactly one idle worker and mark it Waking" bookkeeping.
// - Detecting deadlock by a monitor thread polling the counters: costs CPU when idle and reports
//   late; the last worker to go idle already holds mu_ and sees everything needed.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "vm/run_queue.hpp"
#include "vm/schedulable.hpp"
#include "vm/timers.hpp"

namespace weft::vm {

class Scheduler;
class Worker;

struct SchedulerOptions {
  // Number of workers (GOMAXPROCS); 0: std::thread::hardware_concurrency().
  int procs = 0;
  // Runs `task` for one time slice on the calling worker thread. Required.
  std::function<SliceResult(Schedulable* task, Worker& worker)> run;
  // Called at most once, on a worker thread with no scheduler lock held, when nothing can ever
  // run again (see "Deadlock detection"). Typically prints the report and calls stop().
  std::function<void()> onDeadlock;
};

// Counters summed over all workers; for tests and benchmarks.
struct SchedulerStats {
  uint64_t slices = 0;        // calls of run()
  uint64_t runnextPicks = 0;  // tasks taken from the worker's own runnext slot
  uint64_t localPicks = 0;    // ... from its own ring
  uint64_t globalPicks = 0;   // ... from the global queue
  uint64_t steals = 0;        // successful steals (each moves half a victim's ring)
  uint64_t idleSleeps = 0;    // times a worker slept on its condition variable
  uint64_t earlyWakes = 0;    // ready() arrived before the task's run() returned Parked
};

class Worker {
 public:
  int id() const { return id_; }
  Scheduler& scheduler() const { return *sched_; }
  // Polled by the interpreter at back-edges and calls: when true, return Yielded at the next
  // safepoint (the world is stopping, the program is ending, or a time slice is over).
  bool preemptRequested() const { return preempt_.load(std::memory_order_relaxed); }
  const std::atomic<bool>& preemptFlag() const { return preempt_; }

 private:
  friend class Scheduler;
  // Running: counted in nRunning_ (may run tasks). Idle: on the idle list, asleep. Waking:
  // taken off the idle list by a waker, not yet running. Safepoint: stopped between slices for a
  // world stop. SafepointInTask: stopped inside a task (it asked for a world stop while another
  // was in progress, or is leaving a blocking call). Blocking: inside enterBlocking/exitBlocking.
  // Disabled: switched off by setMaxProcs. StwOwner: stopped the world and runs the collector.
  // Only startTheWorld turns Safepoint/SafepointInTask back into Running (and counts them).
  enum class State : uint8_t {
    Running,
    Idle,
    Waking,
    Safepoint,
    SafepointInTask,
    Blocking,
    Disabled,
    StwOwner,
    Exited
  };
  struct Counter {  // a statistic written by the owner only, read by anyone
    std::atomic<uint64_t> n{0};
    void bump() { n.store(n.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
    uint64_t get() const { return n.load(std::memory_order_relaxed); }
  };

  Worker(Scheduler* s, int id) : sched_(s), id_(id), rng_(0x9E3779B9u * (id + 1)) {}

  Scheduler* const sched_;
  const int id_;
  LocalRunQueue runq_;
  alignas(64) std::atomic<bool> preempt_{false};
  // Owner fields.
  Schedulable* runnext_ = nullptr;
  Schedulable* current_ = nullptr;  // the task inside run(), or null
  uint64_t tick_ = 0;               // schedule ticks (non-inherited slices)
  uint32_t rng_;
  uint32_t runnextPicks_ = 0;  // consecutive runnext picks
  std::chrono::steady_clock::time_point streakStart_{};
  bool spinning_ = false;  // also written by a waker under mu_ while this worker sleeps
  bool blocking_ = false;  // inside enterBlocking/exitBlocking
  // Guarded by Scheduler::mu_.
  State state_ = State::Running;
  std::condition_variable cv_;  // waits on Scheduler::mu_ for state_ to leave Idle/Disabled
  std::thread thread_;
  // Statistics.
  Counter slices_, runnextPicksTotal_, localPicks_, globalPicks_, steals_, idleSleeps_, earlyWakes_;
};

class Scheduler {
 public:
  static constexpr int kMaxProcs = 256;

  explicit Scheduler(SchedulerOptions options);
  ~Scheduler();  // stop() and join; call from a foreign thread
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Starts the worker threads. Tasks may be spawned before this (they wait in the global queue);
  // spawn the first task before start() or hold an external waker, or the empty scheduler is
  // reported as deadlocked.
  void start();

  // Makes a New task runnable. From a running task: it goes to that worker's runnext slot (Go's
  // `go` statement does the same). Any thread. O(1), no lock from a worker.
  void spawn(Schedulable* task);
  // Makes a Parked task runnable (see the state machine in vm/schedulable.hpp for ready() racing
  // with the park). From a running task: the worker's runnext slot; from any other thread: the
  // global queue (hold an external waker, see above). O(1), no lock from a worker.
  void ready(Schedulable* task);

  // Stops every worker at a safepoint and pauses the timer thread; returns true when the world
  // is stopped. The caller (e.g. the collector) may then inspect every task; it must call
  // startTheWorld(). From a worker, the calling task must be at a safepoint. Returns false,
  // with nothing stopped, once stop() has been called (the world may then never restart).
  bool stopTheWorld();
  void startTheWorld();

  // GOMAXPROCS. setMaxProcs(n) (1 <= n <= kMaxProcs) stops the world, enables or disables
  // workers (queues of disabled workers move to the global queue) and returns the old value.
  int maxProcs() const { return procs_.load(std::memory_order_relaxed); }
  int setMaxProcs(int n);

  // "Someone outside the workers may still ready a task": while any registration is held, an
  // idle scheduler is not deadlocked. Any thread; each add needs one remove.
  void addExternalWaker();
  void removeExternalWaker();
  // A deadlock is reported once; an interactive session, which goes on after reporting one,
  // lets the next one be reported too. Any thread.
  void rearmDeadlockReport();

  // Around a host call that may block for long, made by a task inside run(): hands the worker's
  // queued tasks to the others, counts the worker as stopped for stopTheWorld() and as an
  // external waker for deadlock detection. The task must be at a safepoint and must not touch
  // the VM heap until exitBlocking(), which waits if the world is stopped.
  void enterBlocking();
  void exitBlocking();

  // Ends the program: workers exit as soon as their current slice ends (the preempt flag is
  // set); queued and parked tasks are dropped (the VM owns and frees them). Timers stop. Any
  // thread; waits for the workers unless called from a worker or a fire function.
  void stop();
  // Blocks until stop() has been called and every worker has exited. A foreign thread.
  void wait();
  bool stopRequested() const { return stopRequested_.load(std::memory_order_acquire); }

  // The timer queue serviced by this scheduler's timer thread (paused during stop-the-world;
  // a pending timer counts as an external waker).
  TimerQueue& timers() { return timers_; }

  // The worker running on the calling thread if it belongs to this scheduler, else null.
  Worker* currentWorker() const;
  SchedulerStats stats() const;

 private:
  using State = Worker::State;

  void workerMain(Worker& w);
  Schedulable* findRunnable(Worker& w, bool& inherit);
  Schedulable* takeLocal(Worker& w, bool& inherit);
  Schedulable* takeGlobal(Worker& w, uint32_t max);
  Schedulable* stealWork(Worker& w);
  void execute(Worker& w, Schedulable* t, bool inherit);
  bool nothingElseRunnable(const Worker& w) const;
  void enqueue(Schedulable* t);
  void putLocal(Worker& w, Schedulable* t);
  void handOffLocalWork(Worker& w);
  bool anyQueuedWork() const;
  void wakep();
  void stopSpinning(Worker& w);

  // Slow paths, each takes mu_.
  bool pauseIfNeeded(Worker& w);
  void goIdle(Worker& w);
  void sleepLocked(Worker& w, std::unique_lock<std::mutex>& lk);
  void parkAtSafepointLocked(Worker& w, std::unique_lock<std::mutex>& lk);
  void leaveRunningLocked(Worker& w, State to);
  Worker* popIdleLocked();
  void removeFromIdleLocked(Worker& w);
  bool quiescentLocked() const;
  void checkInvariantsLocked() const;  // debug builds: the counters agree with the states
  void wakeForDeadlockCheckLocked();
  void startThreadLocked(int id, State initial);
  void joinWorkers();
  int workerCountLocked() const { return nThreads_; }

  SchedulerOptions options_;
  std::unique_ptr<std::unique_ptr<Worker>[]> workers_;  // kMaxProcs slots; filled up to nThreads_
  GlobalRunQueue global_;

  // Atomic mirrors, readable without mu_ (see the lock comment above).
  std::atomic<int> procs_{
      1};  // enabled workers (ids < procs_); changed only with the world stopped
  alignas(64) std::atomic<int> nIdle_{0};
  alignas(64) std::atomic<int> nSpinning_{0};
  alignas(64) std::atomic<bool> stwPending_{false};
  std::atomic<bool> stopRequested_{false};

  mutable std::mutex mu_;
  // Guarded by mu_.
  std::vector<Worker*> idle_;
  int nThreads_ = 0;   // worker threads created (ids 0 .. nThreads_-1)
  int nRunning_ = 0;   // workers in state Running
  int nWaking_ = 0;    // workers in state Waking
  int nExternal_ = 0;  // external wakers (hosts, blocking calls, busy timer queue)
  bool started_ = false;
  bool stwActive_ = false;
  uint64_t worldGeneration_ = 0;  // startTheWorld calls so far
  bool stopping_ = false;
  bool deadlockReported_ = false;
  std::condition_variable worldCv_;  // the world restarted (Safepoint → Running), or stopping
  std::condition_variable stwCv_;    // nRunning_ dropped to 0 (for the stop-the-world owner)

  std::mutex joinMu_;  // serializes joinWorkers()

  TimerQueue timers_;  // declared last: destroyed first (its thread calls back into this)
};

// RAII registration of an external waker (see Scheduler::addExternalWaker).
class ExternalWaker {
 public:
  explicit ExternalWaker(Scheduler& s) : s_(&s) { s_->addExternalWaker(); }
  ~ExternalWaker() { s_->removeExternalWaker(); }
  ExternalWaker(const ExternalWaker&) = delete;
  ExternalWaker& operator=(const ExternalWaker&) = delete;

 private:
  Scheduler* s_;
};

}  // namespace weft::vm
