// detail::HostLink — what the embedding API keeps per Program instance (vm::Machine) for host
// threads other than the driving one: blocking host calls in flight (vm/api/blocking.cpp) and
// the pool that runs them.
//
// It is also the Machine's vm::HostAccess: the lock host threads hold (shared) while they touch
// the heap for a weft::Chan operation, and the GC roots they hold (vm/api/chan.cpp).
//
// ---- Lifetime ---------------------------------------------------------------------------------
// The Runtime's Instance owns the Machine and holds the HostLink by shared_ptr; every blocking
// call in flight holds it too, so a call that finishes after its instance was discarded (an
// interrupt, a crash, ~Runtime) finds the link with `machine` null and just frees itself.
// detach() is called by the driving thread before the Machine is destroyed.
//
// ---- Invariants (under `mu`) ------------------------------------------------------------------
// - `machine` is the live instance, or null once detached (never set again).
// - `jobs` holds every blocking call begun on this instance whose goroutine has not ended it:
//   `done` ones were readied (their goroutine will run weftHostEnd..., which removes and frees
//   them); the others are queued in or running on the pool. detach() frees the done ones; the
//   pool frees the others when it sees `machine` null.
// - A job that is not done holds one external-waker registration on the Machine's scheduler
//   (an idle scheduler is not a deadlock while a blocking call may still ready a goroutine); the
//   pool readies the goroutine, then drops the registration.
//
// - `channels` counts, per VM channel, the live ChanBindings (Chan handles) of it; each one
//   also holds an external-waker registration while `machine` is set (a goroutine blocked on a
//   channel may still be woken by the host: not a deadlock).
// - A HostWait is in `waits` from before its operation touches the channel until the host
//   thread has converted the value it received (its slot is a root meanwhile).
//
// ---- Locks (order: top to bottom) ---------------------------------------------------------------
// HostAccess::mutex (vm/machine.hpp: host threads shared for short heap steps that never wait,
// the collector and detach() exclusive); ChanCoreBase::mu (a Chan's own state; never held while
// taking the ones above); HostLink::mu; a channel's SpinLock; Scheduler locks (ready());
// HostWaiter's mutex; BlockingPool::mu_ (a leaf). Nothing is held while a host function runs
// or a host thread waits.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <weft/detail/convert.hpp>

#include "vm/channel.hpp"
#include "vm/machine.hpp"

namespace weft::detail {

struct HostLink;

// One call of a blocking host function between weftHostBegin... and weftHostEnd....
struct BlockingJob {
  std::unique_ptr<BlockingCall> call;
  std::shared_ptr<HostLink> link;
  vm::Goroutine* goroutine = nullptr;
  bool done = false;  // under link->mu: the goroutine was readied
};

class BlockingPool;

// A host thread inside weft::Chan::send/recv (vm/api/chan.cpp): it stands in the channel's
// wait queue through `waiter` (task = &task), and `slot` holds the Go value it sends or
// receives (a GC root while registered in HostLink::waits).
struct HostWait {
  vm::HostWaiter task;
  vm::Waiter waiter;
  vm::Word slot = 0;
};

struct HostLink : vm::HostAccess, std::enable_shared_from_this<HostLink> {
  BlockingPool* pool = nullptr;  // the Runtime's; outlives every live instance
  std::mutex mu;
  vm::Machine* machine = nullptr;         // guarded by mu
  std::unordered_set<BlockingJob*> jobs;  // guarded by mu
  // Channels the host holds Chan handles of (handle counts), and the host threads inside a
  // Chan operation: GC roots. Guarded by mu.
  std::unordered_map<vm::Channel*, std::size_t> channels;
  std::unordered_set<HostWait*> waits;

  // Reports `channels` and every registered HostWait's slot. With `mutex` held exclusively.
  void visitRoots(vm::RootVisitor& v) override;
  // The instance is going away (driving thread, world stopped): waits for host threads' heap
  // steps to end (`mutex` exclusively), forgets the Machine, frees finished blocking calls and
  // wakes every host thread waiting on a channel (their operation throws).
  void detach();
};

// The threads that run blocking host calls for one Runtime. A thread is started whenever a call
// arrives and no thread is free (at most kMaxThreads; beyond that calls queue). Threads live
// until the pool is destroyed, which waits for the calls still running.
class BlockingPool {
 public:
  static constexpr std::size_t kMaxThreads = 64;
  BlockingPool() = default;
  ~BlockingPool();
  BlockingPool(const BlockingPool&) = delete;
  BlockingPool& operator=(const BlockingPool&) = delete;

  // Any thread. The pool owns the job until it readies the job's goroutine.
  void post(BlockingJob* job);

 private:
  void loop();
  static void execute(BlockingJob* job);

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<BlockingJob*> queue_;  // guarded by mu_
  std::vector<std::thread> threads_;
  std::size_t idle_ = 0;  // threads waiting for a job (guarded by mu_)
  bool stopping_ = false;
};

// The natives behind a blocking host function `Name` (see vm/api/host.cpp):
//   weftHostBeginName(fn uintptr, p0 T0, ...) uintptr   converts, posts, parks ("syscall")
//   weftHostEndName(h uintptr) (R...)                   converts the result or panics
vm::NativeResult blockingBegin(vm::NativeCall& call);
vm::NativeResult blockingEnd(vm::NativeCall& call);

}  // namespace weft::detail
