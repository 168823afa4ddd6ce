// sync.Mutex and sync.RWMutex (vm/sync_prims.hpp) on real workers.
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Task;

TEST_CASE("mutex: 8 tasks x 100,000 increments of a plain counter = exact total") {
  const int64_t perTask = 100000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Word mu[2] = {0, 0};
    int64_t counter = 0;  // deliberately not atomic: the mutex must order the increments
    struct S {
      Waiter w;
      int64_t i = 0;
      int pc = 0;
    };
    std::vector<S> st(8);
    for (int k = 0; k < 8; k++)
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        S& s = st[k];
        for (;;) {
          if (s.pc == 0) {  // lock
            if (s.i == perTask) return SliceResult::Finished;
            s.pc = 1;
            if (mutexLock(rig.env, &t, mu, s.w).status == SyncStatus::Parked)
              return SliceResult::Parked;  // resumes holding the lock
          }
          if (s.pc == 1) {  // critical section; sometimes yield inside it to make contention
            counter++;
            s.i++;
            s.pc = 2;
            if (s.i % 997 == 0) return SliceResult::Yielded;
          }
          s.pc = 0;
          REQUIRE(mutexUnlock(rig.env, &t, mu).status == SyncStatus::Done);
          if (s.i % 64 == 0) return SliceResult::Yielded;
        }
      });
    REQUIRE(rig.run(8));
    CHECK(counter == 8 * perTask);
    CHECK(mu[0] == 0);  // unlocked, no waiters counted
  }
}

TEST_CASE("mutex: TryLock, and unlock of an unlocked mutex is fatal") {
  Rig rig(1);
  Word mu[2] = {0, 0};
  CHECK(mutexTryLock(rig.env, nullptr, mu).value);
  CHECK_FALSE(mutexTryLock(rig.env, nullptr, mu).value);
  CHECK(mutexUnlock(rig.env, nullptr, mu).status == SyncStatus::Done);
  SyncOutcome o = mutexUnlock(rig.env, nullptr, mu);
  CHECK(o.status == SyncStatus::Fatal);
  CHECK(std::string(o.message) == "sync: unlock of unlocked mutex");
}

TEST_CASE("mutex: parked Lock calls get the mutex in FIFO order") {
  Rig rig(1);
  Word mu[2] = {0, 0};
  std::vector<int> order;
  const int n = 5;
  std::vector<Waiter> ws(n);
  std::vector<int> pcs(n, 0);
  int holderPc = 0;
  rig.go([&](Task& t, Worker&) -> SliceResult {  // holds the mutex until all others queue
    if (holderPc == 0) {
      holderPc = 1;
      REQUIRE(mutexLock(rig.env, &t, mu, ws[0]).status == SyncStatus::Done);
    }
    if ((toys::loadWord(mu[0]) >> 1) < static_cast<Word>(n - 1)) return SliceResult::Yielded;
    mutexUnlock(rig.env, &t, mu);
    return SliceResult::Finished;
  });
  for (int k = 1; k < n; k++)
    rig.go([&, k](Task& t, Worker&) -> SliceResult {
      if (pcs[k] == 0) {
        pcs[k] = 1;
        if (mutexLock(rig.env, &t, mu, ws[k]).status == SyncStatus::Parked)
          return SliceResult::Parked;
      }
      order.push_back(k);
      mutexUnlock(rig.env, &t, mu);
      return SliceResult::Finished;
    });
  REQUIRE(rig.run(n));
  CHECK(order == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("rwmutex: readers share, writers exclude everyone") {
  const int64_t rounds = 4000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Word rw[1] = {0};
    std::atomic<int> readersIn{0}, writersIn{0}, maxReaders{0}, violations{0};
    int64_t shared = 0;  // written under Lock, read under RLock (TSan checks the ordering)
    const int readers = 6, writers = 2;
    struct S {
      Waiter w;
      int64_t i = 0;
      int pc = 0;
      int64_t seen = 0;
    };
    std::vector<S> st(readers + writers);
    for (int k = 0; k < readers + writers; k++) {
      bool writer = k >= readers;
      rig.go([&, k, writer](Task& t, Worker&) -> SliceResult {
        S& s = st[k];
        for (;;) {
          if (s.pc == 0) {
            if (s.i == rounds) return SliceResult::Finished;
            s.pc = 1;
            SyncOutcome o = writer ? rwLock(rig.env, &t, rw, s.w) : rwRLock(rig.env, &t, rw, s.w);
            if (o.status == SyncStatus::Parked) return SliceResult::Parked;
          }
          if (s.pc == 1) {
            if (writer) {
              if (writersIn.fetch_add(1) != 0 || readersIn.load() != 0) violations++;
              shared++;
            } else {
              int r = readersIn.fetch_add(1) + 1;
              if (writersIn.load() != 0) violations++;
              int m = maxReaders.load();
              while (r > m && !maxReaders.compare_exchange_weak(m, r)) {
              }
              s.seen += shared;
            }
            s.pc = 2;
            if (s.i % 7 == 0) return SliceResult::Yielded;  // hold it across a slice
          }
          (writer ? writersIn : readersIn).fetch_sub(1);
          REQUIRE((writer ? rwUnlock(rig.env, &t, rw) : rwRUnlock(rig.env, &t, rw)).status ==
                  SyncStatus::Done);
          s.i++;
          s.pc = 0;
          if (s.i % 5 == 0) return SliceResult::Yielded;
        }
      });
    }
    REQUIRE(rig.run(readers + writers));
    CHECK(violations == 0);
    CHECK(shared == writers * rounds);
    CHECK(maxReaders > 1);  // readers really held it together
  }
}

TEST_CASE("rwmutex: writer preference, TryLock/TryRLock, misuse is fatal") {
  Rig rig(1);
  Word rw[1] = {0};
  Waiter w1, w2;
  SyncOutcome o = rwRUnlock(rig.env, nullptr, rw);
  CHECK(o.status == SyncStatus::Fatal);
  CHECK(std::string(o.message) == "sync: RUnlock of unlocked RWMutex");
  o = rwUnlock(rig.env, nullptr, rw);
  CHECK(o.status == SyncStatus::Fatal);
  CHECK(std::string(o.message) == "sync: Unlock of unlocked RWMutex");

  // A reader holds it; a writer queues; then new readers are refused (writer preference).
  std::vector<std::string> log;
  int rpc = 0, wpc = 0, r2pc = 0;
  rig.go([&](Task& t, Worker&) -> SliceResult {  // first reader
    if (rpc++ == 0) {
      REQUIRE(rwRLock(rig.env, &t, rw, w1).status == SyncStatus::Done);
      log.push_back("r1 in");
      return SliceResult::Yielded;
    }
    if (rpc < 4) return SliceResult::Yielded;  // let the writer and reader 2 queue
    CHECK_FALSE(rwTryRLock(rig.env, &t, rw).value);
    CHECK_FALSE(rwTryLock(rig.env, &t, rw).value);
    log.push_back("r1 out");
    rwRUnlock(rig.env, &t, rw);
    return SliceResult::Finished;
  });
  rig.go([&](Task& t, Worker&) -> SliceResult {  // writer
    if (wpc++ == 0) {
      if (rwLock(rig.env, &t, rw, w2).status == SyncStatus::Parked) return SliceResult::Parked;
    }
    log.push_back("w in");
    rwUnlock(rig.env, &t, rw);
    return SliceResult::Finished;
  });
  Waiter w3;
  rig.go([&](Task& t, Worker&) -> SliceResult {  // second reader, arrives after the writer
    if (r2pc++ == 0) {
      if (rwRLock(rig.env, &t, rw, w3).status == SyncStatus::Parked) return SliceResult::Parked;
    }
    log.push_back("r2 in");
    rwRUnlock(rig.env, &t, rw);
    return SliceResult::Finished;
  });
  REQUIRE(rig.run(3));
  CHECK(log == std::vector<std::string>{"r1 in", "r1 out", "w in", "r2 in"});
  CHECK(rwTryLock(rig.env, nullptr, rw).value);
  CHECK_FALSE(rwTryRLock(rig.env, nullptr, rw).value);
  CHECK(rwUnlock(rig.env, nullptr, rw).status == SyncStatus::Done);
  CHECK(rwTryRLock(rig.env, nullptr, rw).value);
  CHECK(rwTryRLock(rig.env, nullptr, rw).value);
  CHECK_FALSE(rwTryLock(rig.env, nullptr, rw).value);
}
