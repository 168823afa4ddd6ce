// Channel close, nil channels and a many-to-many stress (vm/channel.hpp).
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Task;

namespace {

int64_t queued(Channel* c, bool senders) {
  c->lock.lock();
  int64_t n = 0;
  for (Waiter* w = (senders ? c->sendq : c->recvq).first; w; w = w->next) n++;
  c->lock.unlock();
  return n;
}

struct Op {
  Waiter w;
  Word v = 99;
  int pc = 0;
};

}  // namespace

TEST_CASE("close wakes every parked receiver with the zero value and ok=false") {
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Channel* c = rig.makeChan(0);
    const int k = 20;
    std::vector<Op> ops(k);
    std::atomic<int> good{0}, bad{0};
    for (int i = 0; i < k; i++) {
      rig.go([&, i](Task& t, Worker&) -> SliceResult {
        Op& op = ops[i];
        if (op.pc == 0) {
          op.pc = 1;
          ChanOpResult r = chanRecv(rig.env, &t, c, &op.v, op.w);
          if (r.status != ChanOpStatus::Parked) bad++;
          CHECK(std::string(r.waitReason) == "chan receive");
          return SliceResult::Parked;
        }
        ChanOpResult r = chanRecvResumed(op.w);
        (!r.ok && op.v == 0 ? good : bad)++;
        return SliceResult::Finished;
      });
    }
    rig.go([&](Task& t, Worker&) -> SliceResult {
      if (queued(c, false) < k) return SliceResult::Yielded;
      CHECK(chanClose(rig.env, &t, c).status == ChanOpStatus::Done);
      ChanOpResult again = chanClose(rig.env, &t, c);
      CHECK(again.status == ChanOpStatus::Panic);
      CHECK(std::string(again.panic) == "close of closed channel");
      return SliceResult::Finished;
    });
    REQUIRE(rig.run(k + 1));
    CHECK(good == k);
    CHECK(bad == 0);
  }
}

TEST_CASE("close wakes parked senders, which panic; later sends panic at once") {
  Rig rig(2);
  Channel* c = rig.makeChan(1);
  const int k = 10;
  std::vector<Op> ops(k + 1);
  std::atomic<int> panicked{0}, sentOK{0};
  for (int i = 0; i <= k; i++) {
    rig.go([&, i](Task& t, Worker&) -> SliceResult {
      Op& op = ops[i];
      if (op.pc == 0) {
        op.pc = 1;
        op.v = i;
        ChanOpResult r = chanSend(rig.env, &t, c, &op.v, op.w);
        if (r.status == ChanOpStatus::Parked) return SliceResult::Parked;
        CHECK(r.status == ChanOpStatus::Done);  // exactly one fits in the buffer
        sentOK++;
        return SliceResult::Finished;
      }
      ChanOpResult r = chanSendResumed(op.w);
      if (r.status == ChanOpStatus::Panic && std::string(r.panic) == "send on closed channel")
        panicked++;
      return SliceResult::Finished;
    });
  }
  Op closer;
  rig.go([&](Task& t, Worker&) -> SliceResult {
    if (queued(c, true) < k) return SliceResult::Yielded;
    CHECK(chanClose(rig.env, &t, c).status == ChanOpStatus::Done);
    ChanOpResult s = chanSend(rig.env, &t, c, &closer.v, closer.w);
    CHECK(s.status == ChanOpStatus::Panic);
    CHECK(std::string(s.panic) == "send on closed channel");
    // The buffered value is still delivered, then the zero value with ok=false.
    Word v = 5;
    ChanOpResult r1 = chanRecv(rig.env, &t, c, &v, closer.w);
    CHECK(r1.status == ChanOpStatus::Done);
    CHECK(r1.ok);
    ChanOpResult r2 = chanRecv(rig.env, &t, c, &v, closer.w);
    CHECK(r2.status == ChanOpStatus::Done);
    CHECK_FALSE(r2.ok);
    CHECK(v == 0);
    return SliceResult::Finished;
  });
  REQUIRE(rig.run(k + 2));
  CHECK(sentOK == 1);
  CHECK(panicked == k);
}

TEST_CASE("close of a nil channel panics; nil channels block forever (deadlock)") {
  Rig rig(2);
  ChanOpResult r = chanClose(rig.env, nullptr, nullptr);
  CHECK(r.status == ChanOpStatus::Panic);
  CHECK(std::string(r.panic) == "close of nil channel");
  Op s, v;
  std::string reasons[2];
  rig.go([&](Task& t, Worker&) -> SliceResult {
    ChanOpResult o = chanSend(rig.env, &t, nullptr, &s.v, s.w);
    reasons[0] = o.waitReason;
    return o.status == ChanOpStatus::Parked ? SliceResult::Parked : SliceResult::Finished;
  });
  rig.go([&](Task& t, Worker&) -> SliceResult {
    ChanOpResult o = chanRecv(rig.env, &t, nullptr, &v.v, v.w);
    reasons[1] = o.waitReason;
    return o.status == ChanOpStatus::Parked ? SliceResult::Parked : SliceResult::Finished;
  });
  REQUIRE(rig.waitDeadlock());
  CHECK(rig.finished == 0);
  CHECK(reasons[0] == "chan send (nil chan)");
  CHECK(reasons[1] == "chan receive (nil chan)");
}

TEST_CASE("many producers and consumers: exact counts and sums, close by the last producer") {
  const int64_t perProducer = 20000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4})
    for (int64_t cap : {0, 4}) {
      CAPTURE(procs);
      CAPTURE(cap);
      Rig rig(procs);
      Channel* c = rig.makeChan(cap);
      const int producers = 6, consumers = 5;
      std::atomic<int> producersLeft{producers};
      std::atomic<int64_t> received{0}, sum{0}, errors{0};
      struct State {
        Waiter w;
        Word v = 0;
        int64_t i = 0, n = 0, s = 0;
        bool resumed = false;
      };
      std::vector<State> st(producers + consumers);
      for (int p = 0; p < producers; p++)
        rig.go([&, p](Task& t, Worker&) -> SliceResult {
          State& s = st[p];
          for (;;) {
            if (s.resumed && chanSendResumed(s.w).status != ChanOpStatus::Done) errors++;
            s.resumed = false;
            if (s.i == perProducer) {
              if (producersLeft.fetch_sub(1) == 1) chanClose(rig.env, &t, c);
              return SliceResult::Finished;
            }
            s.v = p * perProducer + s.i++;
            if (chanSend(rig.env, &t, c, &s.v, s.w).status == ChanOpStatus::Parked) {
              s.resumed = true;
              return SliceResult::Parked;
            }
            if (s.i % 64 == 0) return SliceResult::Yielded;
          }
        });
      for (int k = 0; k < consumers; k++)
        rig.go([&, k](Task& t, Worker&) -> SliceResult {
          State& s = st[producers + k];
          for (;;) {
            bool ok;
            if (s.resumed) {
              ok = chanRecvResumed(s.w).ok;
              s.resumed = false;
            } else {
              ChanOpResult r = chanRecv(rig.env, &t, c, &s.v, s.w);
              if (r.status == ChanOpStatus::Parked) {
                s.resumed = true;
                return SliceResult::Parked;
              }
              ok = r.ok;
            }
            if (!ok) {  // closed and drained: `for v := range c` ends
              received += s.n;
              sum += s.s;
              return SliceResult::Finished;
            }
            s.n++;
            s.s += static_cast<int64_t>(s.v);
          }
        });
      REQUIRE(rig.run(producers + consumers));
      int64_t total = producers * perProducer;
      CHECK(errors == 0);
      CHECK(received == total);
      CHECK(sum == total * (total - 1) / 2);
    }
}
