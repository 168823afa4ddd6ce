// Channels (vm/channel.hpp) driven by toy tasks on real scheduler workers: unbuffered ping-pong,
// buffered FIFO order, multi-word elements, len/cap, the collector's view.
#include <doctest.h>

#include "tests/unit/chan_toys.hpp"

using namespace weft::vm;
using toys::Rig;
using toys::Step;
using toys::Task;

namespace {

// One side of a ping-pong: `first` sends i on `out` then receives on `in`; the other receives
// first. Every received value must be the round number.
struct Player {
  Waiter w;
  Word out = 0, in = 0;
  int64_t i = 0;
  int pc = 0;
  std::atomic<int64_t> errors{0};
};

Step pingPong(Rig& rig, Player& p, Channel* out, Channel* in, bool sendFirst, int64_t rounds) {
  return [&rig, &p, out, in, sendFirst, rounds](Task& t, Worker&) -> SliceResult {
    for (;;) {
      switch (p.pc) {
        case 0:  // top of a round
          if (p.i == rounds) return SliceResult::Finished;
          p.pc = sendFirst ? 1 : 3;
          break;
        case 1:  // send
          p.out = p.i;
          p.pc = sendFirst ? 3 : 0;
          if (!sendFirst) p.i++;
          if (chanSend(rig.env, &t, out, &p.out, p.w).status == ChanOpStatus::Parked) {
            p.pc += 10;  // resume at 11 / 13 / 10: check the outcome first
            return SliceResult::Parked;
          }
          break;
        case 3: {  // receive
          p.pc = sendFirst ? 0 : 1;
          ChanOpResult r = chanRecv(rig.env, &t, in, &p.in, p.w);
          if (r.status == ChanOpStatus::Parked) {
            p.pc += 20;
            return SliceResult::Parked;
          }
          if (!r.ok || p.in != static_cast<Word>(p.i)) p.errors++;
          if (sendFirst) p.i++;
          break;
        }
        case 10:
        case 11:
        case 13:
          if (chanSendResumed(p.w).status != ChanOpStatus::Done) p.errors++;
          p.pc -= 10;
          break;
        case 20:
        case 21: {
          if (!chanRecvResumed(p.w).ok || p.in != static_cast<Word>(p.i)) p.errors++;
          if (sendFirst) p.i++;
          p.pc -= 20;
          break;
        }
      }
    }
  };
}

}  // namespace

TEST_CASE("unbuffered ping-pong on 1, 2 and 4 workers") {
  const int64_t rounds = 20000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Channel* ping = rig.makeChan(0);
    Channel* pong = rig.makeChan(0);
    Player a, b;
    rig.go(pingPong(rig, a, ping, pong, true, rounds));
    rig.go(pingPong(rig, b, pong, ping, false, rounds));
    REQUIRE(rig.run(2));
    CHECK(a.errors == 0);
    CHECK(b.errors == 0);
    CHECK(a.i == rounds);
    CHECK(b.i == rounds);
    CHECK(chanLen(ping) == 0);
  }
}

TEST_CASE("buffered channel: FIFO order, len and cap, producer parks when full") {
  const int64_t n = 50000 / toys::kTsanDivisor;
  for (int procs : {1, 2, 4}) {
    CAPTURE(procs);
    Rig rig(procs);
    Channel* c = rig.makeChan(8);
    CHECK(chanCap(c) == 8);
    std::atomic<int64_t> errors{0}, maxLen{0};
    struct P {
      Waiter w;
      Word v = 0;
      int64_t i = 0;
      bool resumed = false;
    } prod, cons;
    rig.go([&](Task& t, Worker&) -> SliceResult {
      for (;;) {
        if (prod.resumed && chanSendResumed(prod.w).status != ChanOpStatus::Done) errors++;
        prod.resumed = false;
        if (prod.i == n) return SliceResult::Finished;
        prod.v = prod.i++;
        if (chanSend(rig.env, &t, c, &prod.v, prod.w).status == ChanOpStatus::Parked) {
          prod.resumed = true;
          return SliceResult::Parked;
        }
        int64_t len = chanLen(c);
        if (len > 8) errors++;
        if (len > maxLen) maxLen = len;
      }
    });
    rig.go([&](Task& t, Worker&) -> SliceResult {
      for (;;) {
        if (cons.resumed) {
          if (!chanRecvResumed(cons.w).ok || cons.v != static_cast<Word>(cons.i)) errors++;
          cons.i++;
          cons.resumed = false;
        }
        if (cons.i == n) return SliceResult::Finished;
        ChanOpResult r = chanRecv(rig.env, &t, c, &cons.v, cons.w);
        if (r.status == ChanOpStatus::Parked) {
          cons.resumed = true;
          return SliceResult::Parked;
        }
        if (!r.ok || cons.v != static_cast<Word>(cons.i)) errors++;
        cons.i++;
        if (cons.i % 100 == 0) return SliceResult::Yielded;  // let the buffer fill up
      }
    });
    REQUIRE(rig.run(2));
    CHECK(errors == 0);
    CHECK(maxLen == 8);  // the producer filled the buffer while the consumer yielded
    CHECK(chanLen(c) == 0);
  }
}

TEST_CASE("buffered channel without tasks: len, cap, FIFO, multi-word elements, try forms") {
  Rig rig(1);
  Channel* c = rig.makeChan(3, 3);
  Word v[3];
  for (Word k = 0; k < 3; k++) {
    Word in[3] = {k, k * 10, k * 100};
    CHECK(chanTrySend(rig.env, nullptr, c, in).status == ChanOpStatus::Done);
  }
  CHECK(chanLen(c) == 3);
  Word extra[3] = {7, 7, 7};
  CHECK(chanTrySend(rig.env, nullptr, c, extra).status == ChanOpStatus::WouldBlock);
  for (Word k = 0; k < 3; k++) {
    ChanOpResult r = chanTryRecv(rig.env, nullptr, c, v);
    CHECK(r.status == ChanOpStatus::Done);
    CHECK(r.ok);
    CHECK(v[0] == k);
    CHECK(v[1] == k * 10);
    CHECK(v[2] == k * 100);
  }
  CHECK(chanTryRecv(rig.env, nullptr, c, v).status == ChanOpStatus::WouldBlock);
  CHECK(chanLen(nullptr) == 0);
  CHECK(chanCap(nullptr) == 0);
  // The wrap-around of the ring keeps FIFO order.
  for (Word k = 0; k < 10; k++) {
    Word in[3] = {k, 0, 0};
    REQUIRE(chanTrySend(rig.env, nullptr, c, in).status == ChanOpStatus::Done);
    REQUIRE(chanTryRecv(rig.env, nullptr, c, v).status == ChanOpStatus::Done);
    CHECK(v[0] == k);
  }
  // Zero-size elements (chan struct{}) count without storage.
  Channel* z = rig.makeChan(2, 0);
  CHECK(chanTrySend(rig.env, nullptr, z, nullptr).status == ChanOpStatus::Done);
  CHECK(chanLen(z) == 1);
  CHECK(chanTryRecv(rig.env, nullptr, z, nullptr).ok);
}

TEST_CASE("the collector keeps a channel's buffer alive through the channel") {
  Rig rig(1);
  Channel* c = rig.makeChan(4);
  Word in = 42;
  REQUIRE(chanTrySend(rig.env, nullptr, c, &in).status == ChanOpStatus::Done);
  Channel* garbage = rig.makeChan(4);
  (void)garbage;
  rig.heap.collect([&](RootVisitor& v) { v.precise(reinterpret_cast<Word>(c)); });
  CHECK(rig.heap.findObject(c) == c);
  CHECK(rig.heap.findObject(c->ring) == c->ring);
  CHECK(rig.heap.findObject(garbage) == nullptr);
  Word out = 0;
  CHECK(chanTryRecv(rig.env, nullptr, c, &out).ok);
  CHECK(out == 42);
}
