// sync.WaitGroup, sync.Cond (notify list + Mutex) and sync.Once (done flag + Mutex) from
// vm/sync_prims.hpp, on real workers.
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Task;

TEST_CASE("waitgroup: several Wait calls return after the last Done; exact work") {
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Word wg[2] = {0, 0};
    const int workers = 50, waiters = 3;
    REQUIRE(waitGroupAdd(rig.env, nullptr, wg, workers).status == SyncStatus::Done);
    int64_t work[workers] = {};  // plain words: Done → Wait must order them
    std::atomic<int> wrong{0};
    std::vector<Waiter> ws(waiters);
    std::vector<int> pcs(waiters, 0);
    for (int k = 0; k < waiters; k++)
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        if (pcs[k]++ == 0) {
          SyncOutcome o = waitGroupWait(rig.env, &t, wg, ws[k]);
          if (o.status == SyncStatus::Parked) {
            CHECK(std::string(o.waitReason) == "sync.WaitGroup.Wait");
            return SliceResult::Parked;
          }
        }
        for (int i = 0; i < workers; i++)
          if (work[i] != i + 1) wrong++;
        return SliceResult::Finished;
      });
    std::vector<int> spins(workers, 0);
    for (int i = 0; i < workers; i++)
      rig.go([&, i](Task& t, Worker&) -> SliceResult {
        if (spins[i]++ < i % 5) return SliceResult::Yielded;
        work[i] = i + 1;
        REQUIRE(waitGroupAdd(rig.env, &t, wg, -1).status == SyncStatus::Done);
        return SliceResult::Finished;
      });
    REQUIRE(rig.run(workers + waiters));
    CHECK(wrong == 0);
    CHECK(wg[0] == 0);
  }
}

TEST_CASE("waitgroup: Wait on zero returns at once; negative counter panics") {
  Rig rig(1);
  Word wg[2] = {0, 0};
  Waiter w;
  CHECK(waitGroupWait(rig.env, nullptr, wg, w).status == SyncStatus::Done);
  CHECK(waitGroupAdd(rig.env, nullptr, wg, 2).status == SyncStatus::Done);
  CHECK(waitGroupAdd(rig.env, nullptr, wg, -2).status == SyncStatus::Done);
  SyncOutcome o = waitGroupAdd(rig.env, nullptr, wg, -1);
  CHECK(o.status == SyncStatus::Panic);
  CHECK(std::string(o.message) == "sync: negative WaitGroup counter");
}

namespace {

// Cond.Wait as the Go code in stdlib/sync/sync.go does it, as a resumable state machine:
// t := notifyListAdd; L.Unlock(); notifyListWait(t); L.Lock().
struct CondWait {
  Waiter w;
  uint64_t ticket = 0;
  int pc = 0;  // 0 idle, 1 waiting on the list, 2 relocking
  // Returns true when Wait has returned (L held again); false: the task must return Parked.
  bool step(SyncEnv& env, Schedulable* self, Word* mu, Word* nl) {
    if (pc == 0) {
      ticket = notifyListAdd(env, nl);
      REQUIRE(mutexUnlock(env, self, mu).status == SyncStatus::Done);
      pc = 1;
      if (notifyListWait(env, self, nl, ticket, w).status == SyncStatus::Parked) return false;
    }
    if (pc == 1) {
      pc = 2;
      if (mutexLock(env, self, mu, w).status == SyncStatus::Parked) return false;
    }
    pc = 0;
    return true;
  }
};

}  // namespace

TEST_CASE("cond: consumers wait for items, producers Signal; exact totals") {
  const int64_t items = 20000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Word mu[2] = {0, 0}, nl[1] = {0};
    int64_t available = 0, produced = 0, consumedTotal = 0;  // guarded by mu
    const int consumers = 4;
    struct C {
      Waiter w;
      CondWait cw;
      int pc = 0;
    };
    std::vector<C> cs(consumers);
    for (int k = 0; k < consumers; k++)
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        C& c = cs[k];
        for (;;) {
          if (c.pc == 0) {
            c.pc = 1;
            if (mutexLock(rig.env, &t, mu, c.w).status == SyncStatus::Parked)
              return SliceResult::Parked;
          }
          // Holding mu: `for available == 0 && !done { cond.Wait() }`.
          if (c.cw.pc != 0 || (available == 0 && consumedTotal < items)) {
            if (!c.cw.step(rig.env, &t, mu, nl)) return SliceResult::Parked;
            continue;  // re-check the condition with mu held
          }
          if (consumedTotal == items) {
            mutexUnlock(rig.env, &t, mu);
            notifyListNotifyAll(rig.env, nl);  // let the others see the end
            return SliceResult::Finished;
          }
          available--;
          consumedTotal++;
          mutexUnlock(rig.env, &t, mu);
          c.pc = 0;
        }
      });
    Waiter pw;
    int ppc = 0;
    rig.go([&](Task& t, Worker&) -> SliceResult {
      for (;;) {
        if (ppc == 0) {
          if (produced == items) return SliceResult::Finished;  // read by this task only
          ppc = 1;
          if (mutexLock(rig.env, &t, mu, pw).status == SyncStatus::Parked)
            return SliceResult::Parked;
        }
        available++;
        produced++;
        mutexUnlock(rig.env, &t, mu);
        notifyListNotifyOne(rig.env, nl);
        ppc = 0;
        if (produced % 16 == 0) return SliceResult::Yielded;
      }
    });
    REQUIRE(rig.run(consumers + 1));
    CHECK(consumedTotal == items);
    CHECK(available == 0);
  }
}

TEST_CASE("cond: Broadcast wakes every waiter; Signal before Wait parks is not lost") {
  Rig rig(2);
  Word mu[2] = {0, 0}, nl[1] = {0};
  const int n = 10;
  std::vector<CondWait> cws(n);
  std::vector<Waiter> ws(n);
  std::vector<int> pcs(n, 0);
  std::atomic<int> parked{0}, woke{0};
  for (int k = 0; k < n; k++)
    rig.go([&, k](Task& t, Worker&) -> SliceResult {
      if (pcs[k] == 0) {
        pcs[k] = 1;
        if (mutexLock(rig.env, &t, mu, ws[k]).status == SyncStatus::Parked)
          return SliceResult::Parked;
      }
      if (pcs[k] == 1) {
        pcs[k] = 2;
        parked++;
      }
      if (!cws[k].step(rig.env, &t, mu, nl)) return SliceResult::Parked;
      woke++;
      mutexUnlock(rig.env, &t, mu);
      return SliceResult::Finished;
    });
  rig.go([&](Task& t, Worker&) -> SliceResult {
    if (parked < n) return SliceResult::Yielded;
    // Every waiter took its ticket under mu; wait until all are on the list, then broadcast.
    if (mutexTryLock(rig.env, &t, mu).value == false) return SliceResult::Yielded;
    notifyListNotifyAll(rig.env, nl);
    mutexUnlock(rig.env, &t, mu);
    return SliceResult::Finished;
  });
  REQUIRE(rig.run(n + 1));
  CHECK(woke == n);

  // A ticket notified before its owner parks: notifyListWait returns Done at once.
  Word nl2[1] = {0};
  Waiter w;
  uint64_t t0 = notifyListAdd(rig.env, nl2);
  uint64_t t1 = notifyListAdd(rig.env, nl2);
  notifyListNotifyOne(rig.env, nl2);
  CHECK(notifyListWait(rig.env, nullptr, nl2, t0, w).status == SyncStatus::Done);
  notifyListNotifyOne(rig.env, nl2);
  CHECK(notifyListWait(rig.env, nullptr, nl2, t1, w).status == SyncStatus::Done);
  notifyListNotifyOne(rig.env, nl2);  // nobody waiting: no effect on later tickets
  uint64_t t2 = notifyListAdd(rig.env, nl2);
  CHECK(t2 == 2);
}

TEST_CASE("once: f runs once; every Do returns after f, the others parked meanwhile") {
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Word once[3] = {0, 0, 0};
    int64_t fRuns = 0;  // plain: Once must order it
    bool fDone = false;
    std::atomic<int> early{0}, parkedOnMutex{0};
    const int n = 16;
    struct S {
      Waiter w;
      int pc = 0;
      int fSteps = 0;
    };
    std::vector<S> st(n);
    for (int k = 0; k < n; k++)
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        S& s = st[k];
        // Do(f): if done { return }; m.Lock(); if !done { f(); setDone }; m.Unlock()
        if (s.pc == 0) {
          if (onceDone(rig.env, &t, once)) {
            if (!fDone) early++;
            return SliceResult::Finished;
          }
          s.pc = 1;
          if (mutexLock(rig.env, &t, &once[1], s.w).status == SyncStatus::Parked) {
            parkedOnMutex++;
            return SliceResult::Parked;
          }
        }
        if (s.pc == 1) {
          if (once[0] != 0) {  // done while we waited (read under the mutex)
            mutexUnlock(rig.env, &t, &once[1]);
            if (!fDone) early++;
            return SliceResult::Finished;
          }
          s.pc = 2;
        }
        // f: takes several slices so that other callers park on the mutex meanwhile.
        if (s.fSteps++ < 20) return SliceResult::Yielded;
        fRuns++;
        fDone = true;
        onceSetDone(rig.env, &t, once);
        mutexUnlock(rig.env, &t, &once[1]);
        return SliceResult::Finished;
      });
    REQUIRE(rig.run(n));
    CHECK(fRuns == 1);
    CHECK(early == 0);
    CHECK(parkedOnMutex > 0);
  }
}
