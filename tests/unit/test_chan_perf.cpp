// Rough costs of the primitives on real workers (printed; loose bounds only catch disasters such
// as a syscall or an allocation per operation).
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Task;

TEST_CASE("perf: unbuffered ping-pong round trip and contended mutex") {
  const int64_t rounds = 200000 / toys::kTsanDivisor;
  for (int procs : {1, 2}) {
    Rig rig(procs);
    Channel* ping = rig.makeChan(0);
    Channel* pong = rig.makeChan(0);
    struct P {
      Waiter w;
      Word v = 0;
      int64_t i = 0;
      int pc = 0;
    } a, b;
    // a: send, receive; b: receive, send. A parked op resumes at the next step.
    rig.go([&](Task& t, Worker&) -> SliceResult {
      for (;;) {
        if (a.pc == 0) {
          if (a.i == rounds) return SliceResult::Finished;
          a.pc = 1;
          if (chanSend(rig.env, &t, ping, &a.v, a.w).status == ChanOpStatus::Parked)
            return SliceResult::Parked;
        }
        a.pc = 0;
        a.i++;
        if (chanRecv(rig.env, &t, pong, &a.v, a.w).status == ChanOpStatus::Parked)
          return SliceResult::Parked;
      }
    });
    rig.go([&](Task& t, Worker&) -> SliceResult {
      for (;;) {
        if (b.pc == 0) {
          if (b.i == rounds) return SliceResult::Finished;
          b.pc = 1;
          if (chanRecv(rig.env, &t, ping, &b.v, b.w).status == ChanOpStatus::Parked)
            return SliceResult::Parked;
        }
        b.pc = 0;
        b.i++;
        if (chanSend(rig.env, &t, pong, &b.v, b.w).status == ChanOpStatus::Parked)
          return SliceResult::Parked;
      }
    });
    auto t0 = toys::Clock::now();
    REQUIRE(rig.run(2));
    double ns = toys::secondsSince(t0) * 1e9 / rounds;
    MESSAGE("ping-pong round trip on " << procs << " worker(s): " << ns << " ns");
    if (!toys::kTsan) CHECK(ns < 20000);
  }
  const int64_t perTask = 200000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    Rig rig(procs);
    Word mu[2] = {0, 0};
    int64_t counter = 0;
    struct S {
      Waiter w;
      int64_t i = 0;
      bool resumed = false;
    };
    std::vector<S> st(8);
    for (int k = 0; k < 8; k++)
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        S& s = st[k];
        for (;;) {
          if (!s.resumed) {
            if (s.i == perTask) return SliceResult::Finished;
            if (mutexLock(rig.env, &t, mu, s.w).status == SyncStatus::Parked) {
              s.resumed = true;
              return SliceResult::Parked;
            }
          }
          s.resumed = false;
          counter++;
          s.i++;
          mutexUnlock(rig.env, &t, mu);
          if (s.i % 1000 == 0) return SliceResult::Yielded;
        }
      });
    auto t0 = toys::Clock::now();
    REQUIRE(rig.run(8));
    CHECK(counter == 8 * perTask);
    double ns = toys::secondsSince(t0) * 1e9 / (8 * perTask);
    MESSAGE("mutex lock+unlock, 8 tasks on " << procs << " worker(s): " << ns << " ns");
  }
}
