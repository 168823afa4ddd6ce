// The natives of package runtime: CPUs, and the scheduler's side (vm/machine.hpp,
// vm/scheduler.hpp).
#include <sched.h>

#include <algorithm>
#include <thread>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "vm/goroutine.hpp"
#include "vm/program.hpp"

namespace weft::stdlib {
namespace {

// func NumCPU() int: the CPUs in the process's affinity mask, as Go counts them.
NativeResult numCPU(NativeCall& call) {
  cpu_set_t set;
  int n = 0;
  if (sched_getaffinity(0, sizeof set, &set) == 0) n = CPU_COUNT(&set);
  if (n <= 0) n = static_cast<int>(std::thread::hardware_concurrency());
  call.results[0] = static_cast<Word>(n > 0 ? n : 1);
  return NativeResult::Done;
}

// func GOMAXPROCS(n int) int: the previous setting; n >= 1 also resizes the scheduler (stops
// the world, switches workers on or off: vm::Scheduler::setMaxProcs).
NativeResult gomaxprocs(NativeCall& call) {
  int64_t n = argInt(call, 0);
  vm::Scheduler& s = call.machine.scheduler();
  int old = n >= 1 ? s.setMaxProcs(static_cast<int>(std::min<int64_t>(n, vm::Scheduler::kMaxProcs)))
                   : s.maxProcs();
  call.results[0] = static_cast<Word>(old);
  return NativeResult::Done;
}

// func NumGoroutine() int
NativeResult numGoroutine(NativeCall& call) {
  call.results[0] = static_cast<Word>(call.machine.goroutineCount());
  return NativeResult::Done;
}

// func Gosched(): the goroutine goes back to the run queue after this call (the worker runs it
// again at once if nothing else waits).
NativeResult gosched(NativeCall& call) {
  call.machine.yieldCurrent(call.goroutine);
  return NativeResult::Done;
}

// func Goexit(): unwinds the goroutine like a panic that nothing recovers, running its deferred
// calls, then ends it (vm/interp.cpp, unwind). When the main goroutine does this the program
// goes on until the others end (then Go's "no goroutines" deadlock).
NativeResult goexit(NativeCall& call) {
  vm::Goroutine& g = call.goroutine;
  auto* p = new vm::PanicRecord;
  p->goexit = true;
  p->link = g.panic;
  g.panic = p;
  call.panicking = true;
  return NativeResult::Done;
}

// func Caller(skip int) (pc uintptr, file string, line int, ok bool): the frame `skip` levels
// above the caller of Caller (compiler-made wrappers do not count, as in Go). Every frame's pc
// is saved when it calls out (the top frame's by CALLN), and points after the calling
// instruction. pc is the address of that instruction: unique, but only an opaque number
// (there is no FuncForPC).
NativeResult caller(NativeCall& call) {
  int64_t skip = argInt(call, 0);
  const auto& frames = call.goroutine.frames;
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
    const vm::FuncProto* fn = it->fn;
    if (fn->wrapper) continue;
    if (skip-- > 0) continue;
    const vm::Instr* at = it->pc > fn->code.data() ? it->pc - 1 : it->pc;
    call.results[0] = reinterpret_cast<Word>(at);
    call.results[1] = stringWord(call, fn->file);
    call.results[2] = static_cast<Word>(static_cast<int64_t>(vm::Program::lineOf(*fn, at)));
    call.results[3] = 1;
    return NativeResult::Done;
  }
  call.results[0] = call.results[1] = call.results[2] = call.results[3] = 0;
  return NativeResult::Done;
}

}  // namespace

void registerRuntime(vm::NativeRegistry& r) {
  r.add("runtime.NumCPU", numCPU);
  r.add("runtime.GOMAXPROCS", gomaxprocs);
  r.add("runtime.NumGoroutine", numGoroutine);
  r.add("runtime.Gosched", gosched);
  r.add("runtime.Goexit", goexit);
  r.add("runtime.Caller", caller);
}

}  // namespace weft::stdlib
