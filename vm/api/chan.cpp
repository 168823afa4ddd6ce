// weft::Chan: channels shared by host threads and goroutines (include/weft/weft.hpp), on top of
// the VM's channels (vm/channel.hpp) with host threads as HostWaiters (vm/schedulable.hpp).
//
// A ChanCoreBase is one Chan (its copies share it). Unbound, it is a C++ buffer guarded by its
// own mutex. Bound, it holds a ChanBinding: the VM channel, the instance's HostLink, and one
// registration of the channel as a GC root and of an external waker (vm/api/host_link.hpp).
//
// A host operation on a bound channel (any thread):
//   1. under HostLink's HostAccess::mutex, shared (no collection meanwhile): check the instance
//      is alive, register the HostWait (its slot is a root from now on), convert the value to
//      Go (send), and try the channel operation with the HostWaiter as `self`;
//   2. if it parked: wait on the HostWaiter outside every lock (a goroutine, another host
//      thread, or detach() wakes it); a sender's value is meanwhile rooted by the channel's
//      trace of its send queue, a receiver's by its slot;
//   3. receive: under the shared lock again, convert the slot to C++; unregister.
// On a worker thread (a plain host function) the non-blocking forms are used instead, and an
// operation that would wait throws: a worker must never block.
#include <weft/weft.hpp>

#include <shared_mutex>

#include "lang/types.hpp"
#include "vm/api/host_link.hpp"
#include "vm/heap.hpp"
#include "vm/value.hpp"

namespace weft::detail {

struct ChanBinding {
  ChanBinding(std::shared_ptr<HostLink> l, vm::Channel* ch, GoType e)
      : link(std::move(l)), channel(ch), elem(e) {
    std::lock_guard lk(link->mu);
    link->channels[channel]++;
    if (link->machine) link->machine->scheduler().addExternalWaker();
  }
  ~ChanBinding() {
    std::lock_guard lk(link->mu);
    auto it = link->channels.find(channel);
    if (it != link->channels.end() && --it->second == 0) link->channels.erase(it);
    if (link->machine) link->machine->scheduler().removeExternalWaker();
  }
  ChanBinding(const ChanBinding&) = delete;
  ChanBinding& operator=(const ChanBinding&) = delete;

  const std::shared_ptr<HostLink> link;
  vm::Channel* const channel;
  const GoType elem;  // a types::Type of the instance's Program (alive while the instance is)
};

ChanCoreBase::~ChanCoreBase() = default;

void throwInvalidChan() {
  throw Error(Error::Kind::Usage, "weft::Chan: invalid (default-constructed or nil) channel");
}

namespace {

[[noreturn]] void throwEnded() {
  throw Error(Error::Kind::Usage,
              "weft::Chan: the Program instance the channel belongs to has ended");
}

// Registers a HostWait with the link for the scope of one operation.
class Registration {
 public:
  Registration(HostLink& link, HostWait& w) : link_(link), w_(w) {
    std::lock_guard lk(link_.mu);
    link_.waits.insert(&w_);
  }
  ~Registration() {
    std::lock_guard lk(link_.mu);
    link_.waits.erase(&w_);
  }
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;

 private:
  HostLink& link_;
  HostWait& w_;
};

// The live Machine of `link`, or throws. Call with link.mutex held (shared).
vm::Machine& liveMachine(HostLink& link) {
  std::lock_guard lk(link.mu);
  if (!link.machine) throwEnded();
  return *link.machine;
}

Marshal marshalOf(vm::Machine& m) {
  return Marshal(&m.heap(), &m.program(), &m);
}

bool onWorkerOf(vm::Machine& m) {
  return m.scheduler().currentWorker() != nullptr;
}

[[noreturn]] void throwWouldBlock(const char* op) {
  throw Error(Error::Kind::Usage,
              std::string("weft::Chan::") + op +
                  " would block a worker thread (called from a host function: define it with "
                  "weft::blocking to wait)");
}

void sendBound(ChanCoreBase& c, ChanBinding& b, void* value) {
  HostLink& link = *b.link;
  HostWait w;
  vm::ChanOpResult r;
  std::optional<Registration> reg;
  {
    std::shared_lock access(link.mutex);
    vm::Machine& m = liveMachine(link);
    reg.emplace(link, w);
    w.slot = c.toGo(marshalOf(m), b.elem, value);
    if (onWorkerOf(m)) {
      r = vm::chanTrySend(m.syncEnv(), nullptr, b.channel, &w.slot);
      if (r.status == vm::ChanOpStatus::WouldBlock) throwWouldBlock("send");
    } else {
      w.task.reset();
      r = vm::chanSend(m.syncEnv(), &w.task, b.channel, &w.slot, w.waiter);
    }
  }
  if (r.status == vm::ChanOpStatus::Parked) {
    w.task.wait();
    {
      std::lock_guard lk(link.mu);
      if (!link.machine) throwEnded();
    }
    r = vm::chanSendResumed(w.waiter);
  }
  if (r.status == vm::ChanOpStatus::Panic) throw Error(Error::Kind::Panic, r.panic);
}

bool recvBound(ChanCoreBase& c, ChanBinding& b, void* out) {
  HostLink& link = *b.link;
  HostWait w;
  Registration reg(link, w);  // before the channel can write the slot
  {
    std::shared_lock access(link.mutex);
    vm::Machine& m = liveMachine(link);
    vm::ChanOpResult r;
    if (onWorkerOf(m)) {
      r = vm::chanTryRecv(m.syncEnv(), nullptr, b.channel, &w.slot);
      if (r.status == vm::ChanOpStatus::WouldBlock) throwWouldBlock("recv");
    } else {
      w.task.reset();
      r = vm::chanRecv(m.syncEnv(), &w.task, b.channel, &w.slot, w.waiter);
    }
    if (r.status == vm::ChanOpStatus::Done) {
      if (r.ok) c.fromGo(marshalOf(m), b.elem, w.slot, out);
      return r.ok;
    }
  }
  w.task.wait();
  std::shared_lock access(link.mutex);
  vm::Machine& m = liveMachine(link);
  vm::ChanOpResult r = vm::chanRecvResumed(w.waiter);
  if (r.ok) c.fromGo(marshalOf(m), b.elem, w.slot, out);
  return r.ok;
}

}  // namespace

void chanSend(ChanCoreBase& c, void* value) {
  std::shared_ptr<ChanBinding> b;
  {
    std::unique_lock lk(c.mu);
    for (;;) {
      if (c.bound) {
        b = c.bound;
        break;
      }
      if (c.closed) throw Error(Error::Kind::Panic, "send on closed channel");
      if (c.pendingSize() < c.capacity) {
        c.pushPending(value);
        c.cv.notify_all();
        return;
      }
      c.cv.wait(lk);
    }
  }
  sendBound(c, *b, value);
}

bool chanRecv(ChanCoreBase& c, void* out) {
  std::shared_ptr<ChanBinding> b;
  {
    std::unique_lock lk(c.mu);
    for (;;) {
      if (c.bound) {
        b = c.bound;
        break;
      }
      if (c.pendingSize() > 0) {
        c.popPending(out);
        c.cv.notify_all();
        return true;
      }
      if (c.closed) return false;
      c.cv.wait(lk);
    }
  }
  return recvBound(c, *b, out);
}

void chanClose(ChanCoreBase& c) {
  std::shared_ptr<ChanBinding> b;
  {
    std::lock_guard lk(c.mu);
    if (!c.bound) {
      if (c.closed) throw Error(Error::Kind::Panic, "close of closed channel");
      c.closed = true;
      c.cv.notify_all();
      return;
    }
    b = c.bound;
  }
  HostLink& link = *b->link;
  std::shared_lock access(link.mutex);
  vm::Machine& m = liveMachine(link);
  vm::ChanOpResult r = vm::chanClose(m.syncEnv(), nullptr, b->channel);
  if (r.status == vm::ChanOpStatus::Panic) throw Error(Error::Kind::Panic, r.panic);
}

// On the thread converting values for the instance: the driving thread between runs (the
// world is stopped) or a worker (the world runs, so nothing collects): no HostAccess needed.
Word chanToGo(const Marshal& m, GoType chanType, ChanCoreBase& c) {
  auto* machine = static_cast<vm::Machine*>(m.machine());
  auto* link = machine ? static_cast<HostLink*>(machine->hostAccess()) : nullptr;
  if (!link) throw Error(Error::Kind::Internal, "weft::Chan: conversion outside a Runtime");
  std::lock_guard lk(c.mu);
  if (c.bound) {
    if (c.bound->link.get() != link)
      throw Error(Error::Kind::Usage,
                  "weft::Chan: the channel belongs to another Program instance (a Chan binds to "
                  "the instance it is first passed to)");
    return vm::fromPtr(c.bound->channel);
  }
  GoType elem = Marshal::elemType(chanType);
  auto* elemType = static_cast<const types::Type*>(elem);
  vm::Channel* ch = vm::makeChannel(machine->heap(), elemType, vm::slotsOf(elemType),
                                    static_cast<int64_t>(c.capacity));
  auto binding = std::make_shared<ChanBinding>(link->shared_from_this(), ch, elem);
  vm::SyncEnv& env = machine->syncEnv();
  for (std::size_t i = 0; i < c.pendingSize(); i++) {
    Word w = c.pendingToGo(m, elem, i);
    vm::chanTrySend(env, nullptr, ch, &w);  // fits: pendingSize() <= capacity
  }
  if (c.closed) vm::chanClose(env, nullptr, ch);
  c.clearPending();
  c.bound = std::move(binding);
  c.cv.notify_all();  // sends and receives waiting for the binding go on to the channel
  return vm::fromPtr(ch);
}

void chanAttach(const Marshal& m, GoType chanType, Word ch, ChanCoreBase& c) {
  auto* machine = static_cast<vm::Machine*>(m.machine());
  auto* link = machine ? static_cast<HostLink*>(machine->hostAccess()) : nullptr;
  if (!link) throw Error(Error::Kind::Internal, "weft::Chan: conversion outside a Runtime");
  auto* channel = vm::asPtr<vm::Channel>(ch);
  std::lock_guard lk(c.mu);
  c.capacity = static_cast<std::size_t>(vm::chanCap(channel));
  c.bound =
      std::make_shared<ChanBinding>(link->shared_from_this(), channel, Marshal::elemType(chanType));
}

}  // namespace weft::detail
