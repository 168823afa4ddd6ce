// Channels: see vm/chan.hpp for the invariants and the locking rules.
#include "vm/chan.hpp"

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/machine.hpp"
#include "vm/race/vm_hooks.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

const Word* valueWords(const ChanObject* c, Word* reg) {
  return c->elemInline ? reinterpret_cast<const Word*>(*reg) : reg;
}
Word* destWords(const ChanObject* c, Word* reg) {
  return c->elemInline ? reinterpret_cast<Word*>(*reg) : reg;
}
void copyValue(const ChanObject* c, Word* to, const Word* from) {
  if (c->elemSlots > 0) std::memmove(to, from, c->elemSlots * sizeof(Word));
}
void zeroValue(const ChanObject* c, Word* to) {
  if (c->elemSlots > 0) std::memset(to, 0, c->elemSlots * sizeof(Word));
}
Word* slot(ChanObject* c, int64_t i) {
  return c->ring + ((c->head + i) % c->cap) * c->elemSlots;
}

// Claims a waiter for completion: false if its operation already completed elsewhere.
bool claim(ChanWaiter& w) {
  return !w.op->done.exchange(true);
}

// Race mode: the happens-before edge of an operation of `self` (the running goroutine, may be
// null) completing, possibly with the parked `other`. Precondition: c->mu held.
void raceEdge(Machine& m, ChanObject* c, Goroutine* self, Goroutine* other) {
  if (m.race()) race::chanEdge(m, self, other, c->race);
}

void wake(Machine& m, ChanWaiter& w) {
  if (w.op->selectResult)
    *w.op->selectResult = static_cast<Word>(static_cast<int64_t>(w.caseIndex));
  m.ready(*w.op->g);
}

// The first waiter of q whose operation is still pending (claimed and removed), or false.
bool popWaiter(std::deque<ChanWaiter>& q, ChanWaiter* out) {
  while (!q.empty()) {
    ChanWaiter w = std::move(q.front());
    q.pop_front();
    if (claim(w)) {
      *out = std::move(w);
      return true;
    }
  }
  return false;
}

// Tries a send without blocking. Precondition: c->mu held.
bool trySendLocked(Machine& m, ChanObject* c, const Word* value) {
  ChanWaiter w;
  if (popWaiter(c->recvq, &w)) {
    copyValue(c, w.data, value);
    if (w.ok) *w.ok = 1;
    raceEdge(m, c, m.current(), w.op->g);
    wake(m, w);
    return true;
  }
  if (c->count < c->cap) {
    copyValue(c, slot(c, c->count), value);
    c->count++;
    raceEdge(m, c, m.current(), nullptr);
    return true;
  }
  return false;
}

// Tries a receive without blocking. Precondition: c->mu held.
bool tryRecvLocked(Machine& m, ChanObject* c, Word* dst, Word* ok) {
  if (c->count > 0) {
    copyValue(c, dst, slot(c, 0));
    zeroValue(c, slot(c, 0));
    c->head = (c->head + 1) % c->cap;
    c->count--;
    raceEdge(m, c, m.current(), nullptr);
    ChanWaiter w;
    if (popWaiter(c->sendq, &w)) {
      copyValue(c, slot(c, c->count), w.data);
      c->count++;
      raceEdge(m, c, nullptr, w.op->g);
      wake(m, w);
    }
    if (ok) *ok = 1;
    return true;
  }
  ChanWaiter w;
  if (popWaiter(c->sendq, &w)) {
    copyValue(c, dst, w.data);
    if (ok) *ok = 1;
    raceEdge(m, c, m.current(), w.op->g);
    wake(m, w);
    return true;
  }
  if (c->closed) {
    zeroValue(c, dst);
    if (ok) *ok = 0;
    raceEdge(m, c, m.current(), nullptr);
    return true;
  }
  return false;
}

// Appends a waiter. Waiters of selects that completed on another channel stay in this queue
// until they reach its front; so that a loop like `for { select { case <-quit: case <-work: } }`
// cannot grow quit's queue without bound, completed ones are swept out whenever the queue
// reaches a power-of-two length (amortized O(1) per enqueue).
void enqueue(std::deque<ChanWaiter>& q, ChanWaiter w) {
  q.push_back(std::move(w));
  std::size_t n = q.size();
  if (n >= 8 && (n & (n - 1)) == 0)
    std::erase_if(q, [](const ChanWaiter& x) { return x.op->done.load(); });
}

void traceChan(void* obj, RootVisitor& v) {
  auto* c = static_cast<ChanObject*>(obj);
  if (c->ring) v.precise(fromPtr(c->ring));
}

void finalizeChan(void* obj) {
  static_cast<ChanObject*>(obj)->~ChanObject();
}

}  // namespace

ChanObject::ChanObject(const types::Chan* t, Word* r, int64_t n)
    : type(t),
      elem(t->elem),
      elemSlots(slotsOf(t->elem)),
      elemInline(isInline(t->elem)),
      cap(n),
      ring(r) {}

void registerChanKind(Heap& heap) {
  heap.setNativeKindOps(ObjKind::Chan, NativeKindOps{traceChan, finalizeChan});
}

ChanObject* makeChan(Heap& heap, const types::Chan* type, int64_t cap) {
  Word* ring = cap > 0 ? heap.allocStorage(type->elem, static_cast<std::size_t>(cap)) : nullptr;
  void* mem = heap.allocNative(ObjKind::Chan, sizeof(ChanObject));
  return new (mem) ChanObject(type, ring, cap);
}

ChanOutcome chanSend(Machine& m, Goroutine& g, ChanObject* c, Word* valueReg) {
  if (!c) {
    m.park(g, "chan send (nil chan)");
    return {ChanStatus::Park};
  }
  std::lock_guard<std::mutex> lock(c->mu);
  if (c->closed) return {ChanStatus::Panic, "send on closed channel"};
  const Word* value = valueWords(c, valueReg);
  if (trySendLocked(m, c, value)) return {};
  auto op = std::make_shared<BlockedOp>();
  op->g = &g;
  enqueue(c->sendq, ChanWaiter{op, 0, const_cast<Word*>(value), nullptr});
  m.park(g, "chan send");
  return {ChanStatus::Park};
}

ChanOutcome chanRecv(Machine& m, Goroutine& g, ChanObject* c, Word* dstReg, Word* okReg) {
  if (!c) {
    m.park(g, "chan receive (nil chan)");
    return {ChanStatus::Park};
  }
  std::lock_guard<std::mutex> lock(c->mu);
  Word* dst = destWords(c, dstReg);
  if (tryRecvLocked(m, c, dst, okReg)) return {};
  auto op = std::make_shared<BlockedOp>();
  op->g = &g;
  enqueue(c->recvq, ChanWaiter{op, 0, dst, okReg});
  m.park(g, "chan receive");
  return {ChanStatus::Park};
}

bool chanTrySend(Machine& m, ChanObject* c, Word* valueReg) {
  std::lock_guard<std::mutex> lock(c->mu);
  if (c->closed) return false;
  return trySendLocked(m, c, valueWords(c, valueReg));
}

ChanOutcome chanClose(Machine& m, ChanObject* c) {
  if (!c) return {ChanStatus::Panic, "close of nil channel"};
  std::lock_guard<std::mutex> lock(c->mu);
  if (c->closed) return {ChanStatus::Panic, "close of closed channel"};
  c->closed = true;
  raceEdge(m, c, m.current(), nullptr);
  ChanWaiter w;
  while (popWaiter(c->recvq, &w)) {
    zeroValue(c, w.data);
    if (w.ok) *w.ok = 0;
    raceEdge(m, c, nullptr, w.op->g);
    wake(m, w);
  }
  while (popWaiter(c->sendq, &w)) {
    w.op->g->resumePanic = "send on closed channel";
    wake(m, w);
  }
  return {};
}

ChanOutcome chanSelect(Machine& m, Goroutine& g, SelectCase* cases, int n, bool hasDefault,
                       Word* result) {
  // Lock every distinct channel in address order.
  std::vector<ChanObject*> chans;
  for (int i = 0; i < n; i++)
    if (cases[i].chan) chans.push_back(cases[i].chan);
  std::sort(chans.begin(), chans.end());
  chans.erase(std::unique(chans.begin(), chans.end()), chans.end());
  for (ChanObject* c : chans) c->mu.lock();
  auto unlockAll = [&] {
    for (auto it = chans.rbegin(); it != chans.rend(); ++it) (*it)->mu.unlock();
  };
  // Poll the cases in a random order (Go's fairness).
  std::vector<int> order(n);
  for (int i = 0; i < n; i++) order[i] = i;
  for (int i = n - 1; i > 0; i--) {
    int j = static_cast<int>(m.heap().random() % static_cast<uint64_t>(i + 1));
    std::swap(order[i], order[j]);
  }
  for (int i : order) {
    SelectCase& sc = cases[i];
    ChanObject* c = sc.chan;
    if (!c) continue;
    if (sc.send) {
      if (c->closed) {
        unlockAll();
        return {ChanStatus::Panic, "send on closed channel"};
      }
      if (trySendLocked(m, c, valueWords(c, sc.valueReg))) {
        *result = static_cast<Word>(i);
        unlockAll();
        return {};
      }
    } else if (tryRecvLocked(m, c, destWords(c, sc.valueReg), sc.okReg)) {
      *result = static_cast<Word>(i);
      unlockAll();
      return {};
    }
  }
  if (hasDefault) {
    *result = static_cast<Word>(int64_t{-1});
    unlockAll();
    return {};
  }
  if (chans.empty()) {
    unlockAll();
    m.park(g, n == 0 ? "select (no cases)" : "select");
    return {ChanStatus::Park};
  }
  auto op = std::make_shared<BlockedOp>();
  op->g = &g;
  op->selectResult = result;
  for (int i = 0; i < n; i++) {
    SelectCase& sc = cases[i];
    ChanObject* c = sc.chan;
    if (!c) continue;
    if (sc.send)
      enqueue(c->sendq, ChanWaiter{op, i, const_cast<Word*>(valueWords(c, sc.valueReg)), nullptr});
    else
      enqueue(c->recvq, ChanWaiter{op, i, destWords(c, sc.valueReg), sc.okReg});
  }
  m.park(g, "select");
  unlockAll();
  return {ChanStatus::Park};
}

int64_t chanLen(ChanObject* c) {
  if (!c) return 0;
  std::lock_guard<std::mutex> lock(c->mu);
  return c->count;
}

int64_t chanCap(ChanObject* c) {
  return c ? c->cap : 0;
}

}  // namespace weft::vm
