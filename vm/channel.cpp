// Channels: see vm/channel.hpp for the invariants, the lock order and the park protocol.
#include "vm/channel.hpp"

#include <cstring>
#include <new>

#include "vm/heap.hpp"
#include "vm/scheduler.hpp"

namespace weft::vm {

namespace {

void copyElem(const Channel* c, Word* to, const Word* from) {
  if (c->elemSlots > 0 && to) std::memcpy(to, from, c->elemSlots * sizeof(Word));
}
void zeroElem(const Channel* c, Word* to) {
  if (c->elemSlots > 0 && to) std::memset(to, 0, c->elemSlots * sizeof(Word));
}
Word* slotAt(Channel* c, int64_t i) {
  return c->ring ? c->ring + i * c->elemSlots : nullptr;
}
int64_t advance(const Channel* c, int64_t i) {
  return i + 1 == c->cap ? 0 : i + 1;
}

// ---- race detector edges (c->lock held) --------------------------------------------------------

RaceSlot& raceSlot(Channel* c, int64_t i) {
  if (!c->raceSlots) c->raceSlots = new RaceSlot[c->cap]{};
  return c->raceSlots[i];
}
// A buffer operation of `task` on slot i (Go's racenotify): acquire then release the slot.
void raceNotify(SyncEnv& env, Schedulable* task, Channel* c, int64_t i) {
  if (!env.race || !task) return;
  env.race->acquireRelease(task, raceSlot(c, i));
}
// An unbuffered hand-off between `self` and the parked `other` (Go's racesync).
void raceSync(SyncEnv& env, Schedulable* self, Schedulable* other, Channel* c) {
  if (!env.race) return;
  env.race->handOff(self, other, c->raceChan);
}
// A send by no task that carries the edges released on `from` (a timer firing): they reach the
// channel's slot `to` before a receiver acquires it.
void raceFrom(SyncEnv& env, RaceSlot* from, RaceSlot& to) {
  if (env.race && from) env.race->transfer(*from, to);
}

void traceChannel(void* obj, RootVisitor& v) {
  auto* c = static_cast<Channel*>(obj);
  if (c->ring) v.precise(reinterpret_cast<Word>(c->ring));
  // Parked senders' values normally sit in their registers (roots already); a value in heap
  // storage is kept alive here too. The world is stopped: no lock is held by anyone.
  for (Waiter* w = c->sendq.first; w; w = w->next)
    if (w->elem && c->elemSlots > 0) v.conservative(w->elem, c->elemSlots);
}

void finalizeChannel(void* obj) {
  auto* c = static_cast<Channel*>(obj);
  delete[] c->raceSlots;
  c->~Channel();
}

}  // namespace

namespace chan_detail {

Waiter* dequeue(WaitList& q) {
  while (Waiter* w = q.pop()) {
    if (w->select) {
      uint32_t open = 0;
      if (!w->select->done.compare_exchange_strong(open, 1, std::memory_order_acq_rel)) continue;
      w->select->winner = w->caseIndex;
    }
    return w;
  }
  return nullptr;
}

bool sendLocked(SyncEnv& env, Schedulable* self, Channel* c, const Word* value, Schedulable** woken,
                RaceSlot* from) {
  if (Waiter* r = dequeue(c->recvq)) {
    // A receiver is parked, so the buffer is empty: hand the value straight to it.
    copyElem(c, r->elem, value);
    if (c->cap == 0) {
      raceFrom(env, from, c->raceChan);
      raceSync(env, self, r->task, c);
    } else {
      raceNotify(env, self, c, c->recvx);
      if (env.race) raceFrom(env, from, raceSlot(c, c->recvx));
      raceNotify(env, r->task, c, c->recvx);
      c->recvx = advance(c, c->recvx);
      c->sendx = c->recvx;
    }
    r->success = true;
    *woken = r->task;
    return true;
  }
  int64_t n = c->count.load(std::memory_order_relaxed);
  if (n < c->cap) {
    copyElem(c, slotAt(c, c->sendx), value);
    raceNotify(env, self, c, c->sendx);
    if (env.race) raceFrom(env, from, raceSlot(c, c->sendx));
    c->sendx = advance(c, c->sendx);
    c->count.store(n + 1, std::memory_order_relaxed);
    return true;
  }
  return false;
}

bool recvLocked(SyncEnv& env, Schedulable* self, Channel* c, Word* dst, bool* ok,
                Schedulable** woken) {
  if (Waiter* s = dequeue(c->sendq)) {
    if (c->cap == 0) {
      // Unbuffered: take the value straight from the sender.
      copyElem(c, dst, s->elem);
      raceSync(env, self, s->task, c);
    } else {
      // A sender is parked, so the buffer is full: take the oldest element and put the
      // sender's value in its place (the ring stays in FIFO order).
      Word* slot = slotAt(c, c->recvx);
      copyElem(c, dst, slot);
      raceNotify(env, self, c, c->recvx);
      raceNotify(env, s->task, c, c->recvx);
      copyElem(c, slot, s->elem);
      c->recvx = advance(c, c->recvx);
      c->sendx = c->recvx;
    }
    s->success = true;
    *woken = s->task;
    *ok = true;
    return true;
  }
  int64_t n = c->count.load(std::memory_order_relaxed);
  if (n > 0) {
    Word* slot = slotAt(c, c->recvx);
    copyElem(c, dst, slot);
    zeroElem(c, slot);  // the buffer must not keep the value alive
    raceNotify(env, self, c, c->recvx);
    c->recvx = advance(c, c->recvx);
    c->count.store(n - 1, std::memory_order_relaxed);
    *ok = true;
    return true;
  }
  if (c->closed) {
    zeroElem(c, dst);
    if (self) WEFT_RACE(env, acquire(self, c->raceChan));
    *ok = false;
    return true;
  }
  return false;
}

}  // namespace chan_detail

using namespace chan_detail;

void registerChannelKind(Heap& heap) {
  heap.setNativeKindOps(ObjKind::Chan, NativeKindOps{traceChannel, finalizeChannel});
}

Channel* makeChannel(Heap& heap, const types::Type* elem, int32_t elemSlots, int64_t cap) {
  Word* ring = nullptr;
  if (cap > 0 && elemSlots > 0) {
    auto n = static_cast<std::size_t>(cap);
    ring = elem ? heap.allocStorage(elem, n) : heap.allocScalarWords(n * elemSlots);
  }
  void* mem = heap.allocNative(ObjKind::Chan, sizeof(Channel));
  return new (mem) Channel(elem, elemSlots, cap, ring);
}

ChanOpResult chanSend(SyncEnv& env, Schedulable* self, Channel* c, const Word* value, Waiter& w) {
  if (!c) return {ChanOpStatus::Parked, false, "chan send (nil chan)"};
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return {ChanOpStatus::Panic, false, nullptr, "send on closed channel"};
  }
  Schedulable* woken = nullptr;
  if (sendLocked(env, self, c, value, &woken)) {
    c->lock.unlock();
    if (woken) env.sched.ready(woken);
    return {};
  }
  w.task = self;
  w.elem = const_cast<Word*>(value);
  w.select = nullptr;
  w.caseIndex = -1;
  w.success = false;
  c->sendq.push(&w);
  c->lock.unlock();
  return {ChanOpStatus::Parked, false, "chan send"};
}

ChanOpResult chanSendResumed(const Waiter& w) {
  if (!w.success) return {ChanOpStatus::Panic, false, nullptr, "send on closed channel"};
  return {};
}

ChanOpResult chanRecv(SyncEnv& env, Schedulable* self, Channel* c, Word* dst, Waiter& w) {
  if (!c) return {ChanOpStatus::Parked, false, "chan receive (nil chan)"};
  c->lock.lock();
  Schedulable* woken = nullptr;
  bool ok = false;
  if (recvLocked(env, self, c, dst, &ok, &woken)) {
    c->lock.unlock();
    if (woken) env.sched.ready(woken);
    return {ChanOpStatus::Done, ok};
  }
  w.task = self;
  w.elem = dst;
  w.select = nullptr;
  w.caseIndex = -1;
  w.success = false;
  c->recvq.push(&w);
  c->lock.unlock();
  return {ChanOpStatus::Parked, false, "chan receive"};
}

ChanOpResult chanRecvResumed(const Waiter& w) {
  return {ChanOpStatus::Done, w.success};
}

ChanOpResult chanClose(SyncEnv& env, Schedulable* self, Channel* c) {
  if (!c) return {ChanOpStatus::Panic, false, nullptr, "close of nil channel"};
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return {ChanOpStatus::Panic, false, nullptr, "close of closed channel"};
  }
  c->closed = true;
  if (self) WEFT_RACE(env, release(self, c->raceChan));
  // Collect every parked party (a singly linked list through `next`), wake them unlocked.
  Waiter* wake = nullptr;
  while (Waiter* r = dequeue(c->recvq)) {
    zeroElem(c, r->elem);
    r->success = false;
    WEFT_RACE(env, acquire(r->task, c->raceChan));
    r->next = wake;
    wake = r;
  }
  while (Waiter* s = dequeue(c->sendq)) {
    s->success = false;
    s->next = wake;
    wake = s;
  }
  c->lock.unlock();
  while (wake) {
    Waiter* next = wake->next;  // read before ready(): the task may reuse its waiter at once
    env.sched.ready(wake->task);
    wake = next;
  }
  return {};
}

ChanOpResult chanTrySend(SyncEnv& env, Schedulable* self, Channel* c, const Word* value,
                         RaceSlot* raceFrom) {
  if (!c) return {ChanOpStatus::WouldBlock, false};
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return {ChanOpStatus::Panic, false, nullptr, "send on closed channel"};
  }
  Schedulable* woken = nullptr;
  bool done = sendLocked(env, self, c, value, &woken, raceFrom);
  c->lock.unlock();
  if (woken) env.sched.ready(woken);
  return {done ? ChanOpStatus::Done : ChanOpStatus::WouldBlock, done};
}

ChanOpResult chanTryRecv(SyncEnv& env, Schedulable* self, Channel* c, Word* dst) {
  if (!c) return {ChanOpStatus::WouldBlock, false};
  c->lock.lock();
  Schedulable* woken = nullptr;
  bool ok = false;
  bool done = recvLocked(env, self, c, dst, &ok, &woken);
  c->lock.unlock();
  if (woken) env.sched.ready(woken);
  return {done ? ChanOpStatus::Done : ChanOpStatus::WouldBlock, ok};
}

int64_t chanLen(const Channel* c) {
  return c ? c->count.load(std::memory_order_relaxed) : 0;
}
int64_t chanCap(const Channel* c) {
  return c ? c->cap : 0;
}

}  // namespace weft::vm
