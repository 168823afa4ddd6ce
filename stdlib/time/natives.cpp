// The natives of package time: the clocks and Duration.String.
#include <time.h>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"
#include "stdlib/time/duration.hpp"

namespace weft::stdlib {
namespace {

// func now() (sec int64, nsec int64, mono int64)
NativeResult now(NativeCall& call) {
  timespec wall{}, mono{};
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  call.results[0] = static_cast<Word>(static_cast<int64_t>(wall.tv_sec));
  call.results[1] = static_cast<Word>(static_cast<int64_t>(wall.tv_nsec));
  call.results[2] =
      static_cast<Word>(static_cast<int64_t>(mono.tv_sec) * 1000000000 + mono.tv_nsec);
  return NativeResult::Done;
}

// func (d Duration) String() string
NativeResult durationString(NativeCall& call) {
  call.results[0] = stringWord(call, timefmt::durationString(argInt(call, 0)));
  return NativeResult::Done;
}

// func localZone(unix int64) (name string, offset int): the C library's view of the local
// zone (TZ, /etc/localtime), as Go's zoneinfo gives it.
NativeResult localZone(NativeCall& call) {
  time_t t = static_cast<time_t>(argInt(call, 0));
  struct tm tm {};
  if (localtime_r(&t, &tm) == nullptr) {
    call.results[0] = stringWord(call, "UTC");
    call.results[1] = 0;
    return NativeResult::Done;
  }
  call.results[0] = stringWord(call, tm.tm_zone ? tm.tm_zone : "");
  call.results[1] = static_cast<Word>(static_cast<int64_t>(tm.tm_gmtoff));
  return NativeResult::Done;
}

}  // namespace

void registerTime(vm::NativeRegistry& r) {
  r.add("time.now", now);
  r.add("time.localZone", localZone);
  r.add("time.Duration.String", durationString);
}

}  // namespace weft::stdlib
