// Blocking host functions (weft::blocking): the natives that split a call between the worker
// and the Runtime's pool, and the pool. Invariants and lock order: vm/api/host_link.hpp.
//
//   worker:  weftHostBeginF  converts the Go arguments (prepare), records the job, registers an
//                            external waker, posts the job, parks the goroutine ("syscall")
//   pool:    runs the function with C++ values only (never the VM heap: the world may be
//            stopped for a collection meanwhile), then readies the goroutine and drops the
//            external waker — or, if the instance was discarded meanwhile, frees the job
//   worker:  weftHostEndF    converts the result (or panics with the exception's text), frees
//                            the job
// Rejected: Scheduler::enterBlocking around a synchronous call. It gives the worker's queue to
// the others, but with one worker nothing runs until the call returns.
#include <cassert>

#include "lang/types.hpp"
#include "vm/api/host_link.hpp"
#include "vm/goroutine.hpp"
#include "vm/value.hpp"

namespace weft::detail {

// ---- HostLink ----------------------------------------------------------------------------------

void HostLink::visitRoots(vm::RootVisitor& v) {
  std::lock_guard lk(mu);
  for (auto& [ch, n] : channels) v.precise(vm::fromPtr(ch));
  for (HostWait* w : waits) v.conservative(&w->slot, 1);
}

void HostLink::detach() {
  std::unique_lock access(mutex);
  std::lock_guard lk(mu);
  machine = nullptr;
  for (BlockingJob* job : jobs)
    if (job->done) delete job;  // its goroutine dies with the Machine: End never runs
  // Jobs not done are the pool's: it frees them when it sees `machine` null.
  jobs.clear();
  // Host threads waiting on channels: they see `machine` null and throw. They unregister
  // themselves (under mu), so the set stays valid while we wake them.
  for (HostWait* w : waits) w->task.wake();
}

// ---- the pool ----------------------------------------------------------------------------------

BlockingPool::~BlockingPool() {
  {
    std::lock_guard lk(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (std::thread& t : threads_) t.join();
  // Only jobs of detached instances can be left (every instance is gone before the pool).
  for (BlockingJob* job : queue_) delete job;
}

void BlockingPool::post(BlockingJob* job) {
  std::lock_guard lk(mu_);
  queue_.push_back(job);
  if (queue_.size() > idle_ && threads_.size() < kMaxThreads)
    threads_.emplace_back([this] { loop(); });
  else
    cv_.notify_one();
}

void BlockingPool::loop() {
  std::unique_lock lk(mu_);
  for (;;) {
    idle_++;
    cv_.wait(lk, [this] { return stopping_ || !queue_.empty(); });
    idle_--;
    if (queue_.empty()) return;  // stopping
    BlockingJob* job = queue_.front();
    queue_.pop_front();
    lk.unlock();
    execute(job);
    lk.lock();
  }
}

void BlockingPool::execute(BlockingJob* job) {
  // A job of a discarded instance may hold the last reference to the link: keep it alive while
  // its lock is held and the job is deleted under it.
  std::shared_ptr<HostLink> keep = job->link;
  HostLink& link = *keep;
  {
    std::lock_guard lk(link.mu);
    if (!link.machine) {  // discarded before the call started: don't start it
      delete job;
      return;
    }
  }
  job->call->run();
  std::lock_guard lk(link.mu);
  if (!link.machine) {
    delete job;
    return;
  }
  job->done = true;
  // ready() first, then drop the registration: no moment where the scheduler looks deadlocked.
  link.machine->ready(*job->goroutine);
  link.machine->scheduler().removeExternalWaker();
}

// ---- the natives -------------------------------------------------------------------------------

namespace {

// The Go types of a native's declared parameters (from `first` on) or results.
std::vector<GoType> typesOf(const types::Tuple* t, std::size_t first) {
  std::vector<GoType> out;
  for (std::size_t i = first; i < t->vars.size(); i++) out.push_back(t->vars[i]->type);
  return out;
}

}  // namespace

vm::NativeResult blockingBegin(vm::NativeCall& call) {
  auto* fn = reinterpret_cast<HostFunction*>(call.args[0]);
  auto* link = static_cast<HostLink*>(call.machine.hostAccess());
  assert(link && fn->blocking);
  std::vector<GoType> params = typesOf(call.sig->params, 1);
  Marshal m(&call.heap, &call.machine.program(), &call.machine);
  auto job = std::make_unique<BlockingJob>();
  try {
    job->call = fn->prepare(m, params.data(), call.args + 1);
  } catch (const std::exception& e) {
    call.panicString(e.what());
    return vm::NativeResult::Done;
  }
  job->goroutine = &call.goroutine;
  // A goroutine inside a nested interpreter loop that cannot unnest (a method called by a
  // native that is not replayable, vm/native.hpp) cannot park: run the call right here. Its
  // End finds it done. (In a String method fmt called, it parks: the loop unnests.)
  if (call.goroutine.nativeDepth > call.goroutine.replayableDepth) {
    job->call->run();
    job->done = true;
    call.results[0] = reinterpret_cast<vm::Word>(job.release());
    return vm::NativeResult::Done;
  }
  // The handle is written before parking: the results are not rewritten on resume.
  call.results[0] = reinterpret_cast<vm::Word>(job.get());
  // Keeps the link (and, through the Runtime, the pool) alive while the call is in flight.
  job->link = link->shared_from_this();
  {
    std::lock_guard lk(link->mu);
    link->jobs.insert(job.get());
  }
  call.machine.scheduler().addExternalWaker();
  link->pool->post(job.release());
  // The pool may ready the goroutine before this returns: the scheduler keeps that wake-up.
  return call.park("syscall");
}

vm::NativeResult blockingEnd(vm::NativeCall& call) {
  std::unique_ptr<BlockingJob> job(reinterpret_cast<BlockingJob*>(call.args[0]));
  if (auto* link = static_cast<HostLink*>(call.machine.hostAccess())) {
    std::lock_guard lk(link->mu);
    link->jobs.erase(job.get());
  }
  std::vector<GoType> results = typesOf(call.sig->results, 0);
  Marshal m(&call.heap, &call.machine.program(), &call.machine);
  try {
    job->call->finish(m, results.data(), call.results);
  } catch (const std::exception& e) {
    call.panicString(e.what());
  } catch (...) {
    call.panicString("unknown C++ exception in host function");
  }
  return vm::NativeResult::Done;
}

}  // namespace weft::detail
