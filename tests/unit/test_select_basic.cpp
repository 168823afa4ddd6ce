// select (vm/select.hpp): fairness, default, blocking with wake-up by any case, cleanup of the
// other cases' waiters, close, nil cases, duplicate channels, and a stress test.
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Task;

namespace {

int64_t queued(Channel* c) {
  c->lock.lock();
  int64_t n = 0;
  for (Waiter* w = c->recvq.first; w; w = w->next) n++;
  for (Waiter* w = c->sendq.first; w; w = w->next) n++;
  c->lock.unlock();
  return n;
}

}  // namespace

TEST_CASE("select picks uniformly among ready cases") {
  Rig rig(1);
  const int n = 4, rounds = 40000;
  std::vector<Channel*> chans;
  std::vector<Word> dst(n);
  std::vector<CommCase> cases;
  for (int i = 0; i < n; i++) {
    chans.push_back(rig.makeChan(1));
    cases.push_back({chans[i], false, &dst[i]});
  }
  SelectScratch scratch;
  scratch.rng = 12345;
  int counts[n] = {};
  for (int r = 0; r < rounds; r++) {
    for (int i = 0; i < n; i++) {
      Word v = i;
      chanTrySend(rig.env, nullptr, chans[i], &v);  // refill (full ones stay full)
    }
    SelectOutcome o = selectBegin(rig.env, nullptr, cases.data(), n, false, scratch);
    REQUIRE(o.status == ChanOpStatus::Done);
    REQUIRE(o.index >= 0);
    CHECK(dst[o.index] == static_cast<Word>(o.index));
    counts[o.index]++;
  }
  for (int i = 0; i < n; i++) {
    CAPTURE(i);
    CHECK(counts[i] > rounds / n * 95 / 100);  // ±5% of 10,000 (σ ≈ 87)
    CHECK(counts[i] < rounds / n * 105 / 100);
  }
}

TEST_CASE("select with default: -1 when nothing is ready, the ready case otherwise") {
  Rig rig(1);
  Channel* a = rig.makeChan(0);
  Channel* b = rig.makeChan(1);
  Word x = 0, y = 7;
  CommCase cases[] = {{a, false, &x}, {b, true, &y}, {nullptr, false, &x}};
  SelectScratch s;
  SelectOutcome o = selectBegin(rig.env, nullptr, cases, 3, true, s);
  CHECK(o.status == ChanOpStatus::Done);
  CHECK(o.index == 1);  // the send into b's free slot
  o = selectBegin(rig.env, nullptr, cases, 3, true, s);
  CHECK(o.status == ChanOpStatus::Done);
  CHECK(o.index == -1);  // b is full, a has no partner, the nil case never proceeds
  // Only nil cases and default: default.
  CommCase nils[] = {{nullptr, false, &x}, {nullptr, true, &y}};
  CHECK(selectBegin(rig.env, nullptr, nils, 2, true, s).index == -1);
  // A receive case on a closed channel is ready: zero value, ok=false.
  chanClose(rig.env, nullptr, a);
  x = 3;
  CommCase onClosed[] = {{a, false, &x}};
  o = selectBegin(rig.env, nullptr, onClosed, 1, true, s);
  CHECK(o.index == 0);
  CHECK_FALSE(o.recvOK);
  CHECK(x == 0);
  // A send case on a closed channel panics.
  CommCase sendClosed[] = {{a, true, &y}};
  o = selectBegin(rig.env, nullptr, sendClosed, 1, true, s);
  CHECK(o.status == ChanOpStatus::Panic);
  CHECK(std::string(o.panic) == "send on closed channel");
}

TEST_CASE("a blocked select is completed by one case; the other waiters are dequeued") {
  for (int which = 0; which < 3; which++) {
    CAPTURE(which);
    Rig rig(2);
    Channel* a = rig.makeChan(0);
    Channel* b = rig.makeChan(0);
    Channel* c = rig.makeChan(0);
    Word ra = 0, rb = 0, sc = 33;
    CommCase cases[] = {{a, false, &ra}, {b, false, &rb}, {c, true, &sc}};
    SelectScratch scratch;
    std::atomic<int> index{-9};
    std::atomic<bool> ok{false};
    int pc = 0;
    rig.go([&](Task& t, Worker&) -> SliceResult {
      if (pc == 0) {
        pc = 1;
        SelectOutcome o = selectBegin(rig.env, &t, cases, 3, false, scratch);
        REQUIRE(o.status == ChanOpStatus::Parked);
        CHECK(std::string(o.waitReason) == "select");
        return SliceResult::Parked;
      }
      SelectOutcome o = selectResume(rig.env, &t, cases, 3, scratch);
      index = o.index;
      ok = o.recvOK;
      return SliceResult::Finished;
    });
    Waiter pw;
    Word v = 77, got = 0;
    int ppc = 0;
    rig.go([&](Task& t, Worker&) -> SliceResult {
      if (ppc == 1) return SliceResult::Finished;
      if (queued(a) + queued(b) + queued(c) < 3) return SliceResult::Yielded;
      ppc = 1;
      ChanOpResult r = which == 2 ? chanRecv(rig.env, &t, c, &got, pw)
                                  : chanSend(rig.env, &t, which == 0 ? a : b, &v, pw);
      CHECK(r.status == ChanOpStatus::Done);  // the select's waiter was there
      return SliceResult::Finished;
    });
    REQUIRE(rig.run(2));
    CHECK(index == which);
    if (which < 2) {
      CHECK(ok);
      CHECK((which == 0 ? ra : rb) == 77);
    } else {
      CHECK(got == 33);
    }
    CHECK(queued(a) + queued(b) + queued(c) == 0);
  }
}

TEST_CASE("a blocked select woken by close; send case panics, receive case gets ok=false") {
  for (bool sendCase : {false, true}) {
    CAPTURE(sendCase);
    Rig rig(2);
    Channel* a = rig.makeChan(0);
    Channel* other = rig.makeChan(0);
    Word x = 5, y = 6;
    CommCase cases[] = {{other, false, &y}, {a, sendCase, &x}};
    SelectScratch scratch;
    SelectOutcome result;
    int pc = 0;
    rig.go([&](Task& t, Worker&) -> SliceResult {
      if (pc++ == 0) {
        REQUIRE(selectBegin(rig.env, &t, cases, 2, false, scratch).status == ChanOpStatus::Parked);
        return SliceResult::Parked;
      }
      result = selectResume(rig.env, &t, cases, 2, scratch);
      return SliceResult::Finished;
    });
    rig.go([&](Task& t, Worker&) -> SliceResult {
      if (queued(a) < 1) return SliceResult::Yielded;
      chanClose(rig.env, &t, a);
      return SliceResult::Finished;
    });
    REQUIRE(rig.run(2));
    CHECK(result.index == 1);
    if (sendCase) {
      CHECK(result.status == ChanOpStatus::Panic);
      CHECK(std::string(result.panic) == "send on closed channel");
    } else {
      CHECK(result.status == ChanOpStatus::Done);
      CHECK_FALSE(result.recvOK);
      CHECK(x == 0);
    }
    CHECK(queued(other) == 0);
  }
}

TEST_CASE("select {} and all-nil selects park forever") {
  Rig rig(1);
  SelectScratch s1, s2;
  std::string r1, r2;
  Word x;
  CommCase nils[] = {{nullptr, false, &x}};
  rig.go([&](Task& t, Worker&) -> SliceResult {
    SelectOutcome o = selectBegin(rig.env, &t, nullptr, 0, false, s1);
    r1 = o.waitReason;
    return o.status == ChanOpStatus::Parked ? SliceResult::Parked : SliceResult::Finished;
  });
  rig.go([&](Task& t, Worker&) -> SliceResult {
    SelectOutcome o = selectBegin(rig.env, &t, nils, 1, false, s2);
    r2 = o.waitReason;
    return o.status == ChanOpStatus::Parked ? SliceResult::Parked : SliceResult::Finished;
  });
  REQUIRE(rig.waitDeadlock());
  CHECK(r1 == "select (no cases)");
  CHECK(r2 == "select");
}

TEST_CASE("select stress: selectors on shared channels (duplicates included), exact counts") {
  const int64_t perProducer = 10000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Channel* a = rig.makeChan(0);
    Channel* b = rig.makeChan(2);
    Channel* quit = rig.makeChan(0);
    const int producers = 4, selectors = 4;
    std::atomic<int64_t> got{0}, sum{0}, errors{0};
    std::atomic<int> producersLeft{producers};
    struct P {
      Waiter w;
      Word v = 0;
      int64_t i = 0;
      bool resumed = false;
    };
    std::vector<P> ps(producers);
    for (int p = 0; p < producers; p++)
      rig.go([&, p](Task& t, Worker&) -> SliceResult {
        P& s = ps[p];
        for (;;) {
          if (s.resumed && chanSendResumed(s.w).status != ChanOpStatus::Done) errors++;
          s.resumed = false;
          if (s.i == perProducer) {
            if (producersLeft.fetch_sub(1) == 1) chanClose(rig.env, &t, quit);
            return SliceResult::Finished;
          }
          s.v = 1 + p * perProducer + s.i++;
          Channel* c = (s.i + p) % 2 ? a : b;
          if (chanSend(rig.env, &t, c, &s.v, s.w).status == ChanOpStatus::Parked) {
            s.resumed = true;
            return SliceResult::Parked;
          }
        }
      });
    struct S {
      Word x = 0, y = 0, q = 0;
      SelectScratch scratch;
      CommCase cases[4];
      bool resumed = false, draining = false;
      int64_t n = 0, s = 0;
    };
    std::vector<S> ss(selectors);
    for (int k = 0; k < selectors; k++) {
      S& s = ss[k];
      s.scratch.rng = 1000 + k;
      // `a` appears twice: the lock order must lock it once.
      s.cases[0] = {a, false, &s.x};
      s.cases[1] = {b, false, &s.y};
      s.cases[2] = {quit, false, &s.q};
      s.cases[3] = {a, false, &s.x};
      rig.go([&, k](Task& t, Worker&) -> SliceResult {
        S& s = ss[k];
        for (;;) {
          SelectOutcome o;
          if (s.resumed) {
            o = selectResume(rig.env, &t, s.cases, 4, s.scratch);
            s.resumed = false;
          } else {
            // After quit closed, drain what is left without blocking, then finish.
            o = selectBegin(rig.env, &t, s.cases, s.draining ? 2 : 4, s.draining, s.scratch);
            if (o.status == ChanOpStatus::Parked) {
              s.resumed = true;
              return SliceResult::Parked;
            }
          }
          if (o.status != ChanOpStatus::Done) errors++;
          if (o.index == 2 || o.index == -1) {
            if (o.index == -1) {
              got += s.n;
              sum += s.s;
              return SliceResult::Finished;
            }
            s.draining = true;
            continue;
          }
          Word v = o.index == 1 ? s.y : s.x;
          if (!o.recvOK || v == 0) errors++;
          s.n++;
          s.s += static_cast<int64_t>(v);
        }
      });
    }
    REQUIRE(rig.run(producers + selectors));
    // Buffered values still in b after every selector drained are impossible: producers
    // finished (their sends completed) before quit closed, and draining empties b.
    int64_t total = producers * perProducer;
    CHECK(errors == 0);
    CHECK(got == total);
    CHECK(sum == total * (total + 1) / 2);
    CHECK(queued(a) + queued(b) + queued(quit) == 0);
  }
}
