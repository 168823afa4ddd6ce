// The race detector hooks (vm/race_hooks.hpp): a small vector-clock detector checks that every
// primitive reports the happens-before edges of Go's memory model (GO-FACTS.md), and only those.
#include <doctest.h>

#include <mutex>
#include <unordered_map>

#include "tests/unit/chan_toys.hpp"

namespace weft::vm {
class RaceSync {
 public:
  std::vector<uint64_t> vc;
};
}  // namespace weft::vm

using namespace weft::vm;
using toys::Rig;
using toys::Task;

namespace {

class VectorClocks : public RaceHooks {
 public:
  void acquire(Schedulable* task, RaceSlot& slot) override {
    std::lock_guard lk(mu_);
    join(clock(task), sync(slot).vc);
  }
  void release(Schedulable* task, RaceSlot& slot) override {
    std::lock_guard lk(mu_);
    auto& c = clock(task);
    join(sync(slot).vc, c);
    c[id(task)]++;
  }
  // task's own epoch now.
  uint64_t epoch(Schedulable* task) {
    std::lock_guard lk(mu_);
    return clock(task)[id(task)];
  }
  // What `task` knows of `other`'s epochs.
  uint64_t knows(Schedulable* task, Schedulable* other) {
    std::lock_guard lk(mu_);
    auto& c = clock(task);
    std::size_t i = id(other);
    return i < c.size() ? c[i] : 0;
  }
  // Advances task's epoch (an ordinary step of the task).
  void tick(Schedulable* task) {
    std::lock_guard lk(mu_);
    clock(task)[id(task)]++;
  }
  ~VectorClocks() override {
    for (auto* s : syncs_) delete s;
  }

 private:
  static void join(std::vector<uint64_t>& into, const std::vector<uint64_t>& from) {
    if (into.size() < from.size()) into.resize(from.size());
    for (std::size_t i = 0; i < from.size(); i++) into[i] = std::max(into[i], from[i]);
  }
  std::size_t id(Schedulable* t) {
    auto [it, fresh] = ids_.try_emplace(t, ids_.size());
    return it->second;
  }
  std::vector<uint64_t>& clock(Schedulable* t) {
    std::size_t i = id(t);
    auto& c = clocks_[t];
    if (c.size() <= i) c.resize(i + 1);
    if (c[i] == 0) c[i] = 1;
    return c;
  }
  RaceSync& sync(RaceSlot& slot) {
    RaceSync* s = slot.load();
    if (!s) {
      s = new RaceSync;
      syncs_.push_back(s);
      slot.store(s);
    }
    return *s;
  }
  std::mutex mu_;
  std::unordered_map<Schedulable*, std::size_t> ids_;
  std::unordered_map<Schedulable*, std::vector<uint64_t>> clocks_;
  std::vector<RaceSync*> syncs_;
};

struct Fake : Schedulable {};  // a task identity for operations that never park

}  // namespace

TEST_CASE("race hooks: buffered channel k-th send → k-th receive, k-th receive → (k+C)-th send") {
  VectorClocks vc;
  Rig rig(1, &vc);
  Fake a, b;
  Channel* c = rig.makeChan(1);
  Word v = 1;
  uint64_t aBefore = vc.epoch(&a);
  REQUIRE(chanTrySend(rig.env, &a, c, &v).status == ChanOpStatus::Done);  // send 1
  CHECK(vc.knows(&b, &a) == 0);
  uint64_t bBefore = vc.epoch(&b);
  REQUIRE(chanTryRecv(rig.env, &b, c, &v).ok);                            // receive 1
  CHECK(vc.knows(&b, &a) >= aBefore);                                     // send 1 → receive 1
  CHECK(vc.knows(&a, &b) == 0);                                           // nothing back yet
  REQUIRE(chanTrySend(rig.env, &a, c, &v).status == ChanOpStatus::Done);  // send 2 = 1 + C
  CHECK(vc.knows(&a, &b) >= bBefore);  // receive 1 → send 2 (the semaphore edge)
}

TEST_CASE("race hooks: unbuffered hand-off orders both ways; close → receive of the close") {
  VectorClocks vc;
  Rig rig(2, &vc);
  Channel* c = rig.makeChan(0);
  Waiter ws, wr;
  Word out = 5, in = 0;
  std::atomic<uint64_t> senderEpoch{0}, receiverEpoch{0};
  std::atomic<bool> sendOrdered{false}, recvOrdered{false};
  Task* sender = nullptr;
  Task* receiver = nullptr;
  int spc = 0, rpc = 0;
  sender = &rig.go([&](Task& t, Worker&) -> SliceResult {
    if (spc++ == 0) {
      vc.tick(&t);
      senderEpoch = vc.epoch(&t);
      if (chanSend(rig.env, &t, c, &out, ws).status == ChanOpStatus::Parked)
        return SliceResult::Parked;
    }
    while (receiverEpoch == 0) std::this_thread::yield();
    recvOrdered = vc.knows(&t, receiver) >= receiverEpoch;
    return SliceResult::Finished;
  });
  receiver = &rig.go([&](Task& t, Worker&) -> SliceResult {
    if (rpc++ == 0) {
      vc.tick(&t);
      receiverEpoch = vc.epoch(&t);
      if (chanRecv(rig.env, &t, c, &in, wr).status == ChanOpStatus::Parked)
        return SliceResult::Parked;
    }
    while (senderEpoch == 0) std::this_thread::yield();
    sendOrdered = vc.knows(&t, sender) >= senderEpoch;
    return SliceResult::Finished;
  });
  REQUIRE(rig.run(2));
  CHECK(in == 5);
  CHECK(sendOrdered);
  CHECK(recvOrdered);

  Fake closer, reader, bystander;
  Channel* d = rig.makeChan(0);
  vc.tick(&closer);
  uint64_t e = vc.epoch(&closer);
  chanClose(rig.env, &closer, d);
  Word z;
  CHECK_FALSE(chanTryRecv(rig.env, &reader, d, &z).ok);
  CHECK(vc.knows(&reader, &closer) >= e);
  CHECK(vc.knows(&bystander, &closer) == 0);
}

TEST_CASE("race hooks: Unlock → next Lock; RUnlock → Lock but readers unordered; Done → Wait") {
  VectorClocks vc;
  Rig rig(1, &vc);
  Fake a, b, r1, r2, w;
  Waiter wt;
  Word mu[2] = {0, 0};
  REQUIRE(mutexLock(rig.env, &a, mu, wt).status == SyncStatus::Done);
  uint64_t e = vc.epoch(&a);
  mutexUnlock(rig.env, &a, mu);
  CHECK(vc.knows(&b, &a) == 0);
  REQUIRE(mutexTryLock(rig.env, &b, mu).value);
  CHECK(vc.knows(&b, &a) >= e);
  mutexUnlock(rig.env, &b, mu);

  Word rw[1] = {0};
  REQUIRE(rwRLock(rig.env, &r1, rw, wt).status == SyncStatus::Done);
  uint64_t e1 = vc.epoch(&r1);
  rwRUnlock(rig.env, &r1, rw);
  REQUIRE(rwRLock(rig.env, &r2, rw, wt).status == SyncStatus::Done);
  CHECK(vc.knows(&r2, &r1) == 0);  // readers do not order each other
  rwRUnlock(rig.env, &r2, rw);
  REQUIRE(rwLock(rig.env, &w, rw, wt).status == SyncStatus::Done);
  CHECK(vc.knows(&w, &r1) >= e1);  // RUnlock → Lock
  uint64_t ew = vc.epoch(&w);
  rwUnlock(rig.env, &w, rw);
  REQUIRE(rwRLock(rig.env, &r1, rw, wt).status == SyncStatus::Done);
  CHECK(vc.knows(&r1, &w) >= ew);  // Unlock → RLock
  rwRUnlock(rig.env, &r1, rw);

  Fake d1, d2, waiter;
  Word wg[2] = {0, 0};
  waitGroupAdd(rig.env, &d1, wg, 2);
  uint64_t ed1 = vc.epoch(&d1);
  waitGroupAdd(rig.env, &d1, wg, -1);
  uint64_t ed2 = vc.epoch(&d2);
  waitGroupAdd(rig.env, &d2, wg, -1);
  REQUIRE(waitGroupWait(rig.env, &waiter, wg, wt).status == SyncStatus::Done);
  CHECK(vc.knows(&waiter, &d1) >= ed1);
  CHECK(vc.knows(&waiter, &d2) >= ed2);

  Fake f, later;
  Word once[3] = {0, 0, 0};
  CHECK_FALSE(onceDone(rig.env, &f, once));
  uint64_t ef = vc.epoch(&f);
  onceSetDone(rig.env, &f, once);
  CHECK(onceDone(rig.env, &later, once));
  CHECK(vc.knows(&later, &f) >= ef);  // f() → Do returns
}

TEST_CASE("race hooks: a Lock handed over while parked gets the Unlock's edge") {
  VectorClocks vc;
  Rig rig(2, &vc);
  Word mu[2] = {0, 0};
  Fake holder;
  Waiter w0, w1;
  REQUIRE(mutexLock(rig.env, &holder, mu, w0).status == SyncStatus::Done);
  std::atomic<bool> ordered{false};
  std::atomic<uint64_t> e{0};
  int pc = 0;
  rig.go([&](Task& t, Worker&) -> SliceResult {
    if (pc++ == 0) {
      REQUIRE(mutexLock(rig.env, &t, mu, w1).status == SyncStatus::Parked);
      return SliceResult::Parked;
    }
    ordered = vc.knows(&t, &holder) >= e;
    mutexUnlock(rig.env, &t, mu);
    return SliceResult::Finished;
  });
  {
    // The host holds the mutex and will unlock it: an external waker meanwhile (otherwise the
    // parked task alone is, rightly, a deadlock).
    ExternalWaker host(rig.sched);
    rig.start();
    while ((toys::loadWord(mu[0]) >> 1) == 0)
      std::this_thread::yield();  // the task is queued on the mutex
    vc.tick(&holder);
    e = vc.epoch(&holder);
    mutexUnlock(rig.env, &holder, mu);  // hands over to the parked task
  }
  REQUIRE(rig.run(1));
  CHECK(ordered);
}
