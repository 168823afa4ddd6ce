// The natives of package runtime.
#include <sched.h>

#include <thread>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

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

}  // namespace

void registerRuntime(vm::NativeRegistry& r) {
  r.add("runtime.NumCPU", numCPU);
}

}  // namespace weft::stdlib
