// The natives of package sync: each calls its primitive of vm/sync_prims.hpp with the
// receiver's words (sync.go's layouts are the ones documented there), the Machine's SyncEnv and
// the calling goroutine's own Waiter, and maps the outcome (vm/native.hpp, "Blocking natives"):
// Parked → park with Go's wait reason; Panic → a string panic ("sync: negative WaitGroup
// counter"); Fatal → "fatal error: sync: unlock of unlocked mutex".
#include "stdlib/natives.hpp"
#include "stdlib/native_util.hpp"
#include "vm/goroutine.hpp"
#include "vm/machine.hpp"
#include "vm/sync_prims.hpp"

namespace weft::stdlib {
namespace {

using vm::SyncOutcome;
using vm::SyncStatus;

Word* receiver(NativeCall& call) {
  return reinterpret_cast<Word*>(call.args[0]);
}

vm::SyncEnv& env(NativeCall& call) {
  return call.machine.syncEnv();
}

NativeResult finish(NativeCall& call, const SyncOutcome& o) {
  switch (o.status) {
    case SyncStatus::Done:
      return NativeResult::Done;
    case SyncStatus::Parked:
      return call.park(o.waitReason);
    case SyncStatus::Panic:
      call.panicString(o.message);
      return NativeResult::Done;
    case SyncStatus::Fatal:
      call.fatal(o.message);
      return NativeResult::Done;
  }
  return NativeResult::Done;
}

// A nil receiver faults in Go (the methods dereference it at once).
bool nilReceiver(NativeCall& call) {
  if (call.args[0]) return false;
  call.panicString("invalid memory address or nil pointer dereference", true);
  return true;
}

// TryLock-style results: the outcome's `value`.
NativeResult finishTry(NativeCall& call, const SyncOutcome& o) {
  call.results[0] = o.value ? 1 : 0;
  return finish(call, o);
}

#define SYNC_BLOCKING(NAME, PRIM)                                           \
  NativeResult NAME(NativeCall& call) {                                     \
    if (nilReceiver(call)) return NativeResult::Done;                       \
    vm::Goroutine& g = call.goroutine;                                      \
    return finish(call, vm::PRIM(env(call), &g, receiver(call), g.waiter)); \
  }
#define SYNC_PLAIN(NAME, PRIM)                                                 \
  NativeResult NAME(NativeCall& call) {                                        \
    if (nilReceiver(call)) return NativeResult::Done;                          \
    return finish(call, vm::PRIM(env(call), &call.goroutine, receiver(call))); \
  }
#define SYNC_TRY(NAME, PRIM)                                                      \
  NativeResult NAME(NativeCall& call) {                                           \
    if (nilReceiver(call)) return NativeResult::Done;                             \
    return finishTry(call, vm::PRIM(env(call), &call.goroutine, receiver(call))); \
  }

SYNC_BLOCKING(mutexLock, mutexLock)
SYNC_PLAIN(mutexUnlock, mutexUnlock)
SYNC_TRY(mutexTryLock, mutexTryLock)
SYNC_BLOCKING(rwLock, rwLock)
SYNC_PLAIN(rwUnlock, rwUnlock)
SYNC_BLOCKING(rwRLock, rwRLock)
SYNC_PLAIN(rwRUnlock, rwRUnlock)
SYNC_TRY(rwTryLock, rwTryLock)
SYNC_TRY(rwTryRLock, rwTryRLock)
SYNC_BLOCKING(waitGroupWait, waitGroupWait)

#undef SYNC_BLOCKING
#undef SYNC_PLAIN
#undef SYNC_TRY

// func (wg *WaitGroup) Add(delta int)
NativeResult waitGroupAdd(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  return finish(call,
                vm::waitGroupAdd(env(call), &call.goroutine, receiver(call), argInt(call, 1)));
}

// func (o *Once) loadDone() bool / setDone()
NativeResult onceLoadDone(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  call.results[0] = vm::onceDone(env(call), &call.goroutine, receiver(call)) ? 1 : 0;
  return NativeResult::Done;
}
NativeResult onceSetDone(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  vm::onceSetDone(env(call), &call.goroutine, receiver(call));
  return NativeResult::Done;
}

// Cond's notify list: func runtime_notifyList*(l *notifyList, ...)
NativeResult notifyListAdd(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  call.results[0] = vm::notifyListAdd(env(call), receiver(call));
  return NativeResult::Done;
}
NativeResult notifyListWait(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  vm::Goroutine& g = call.goroutine;
  return finish(call,
                vm::notifyListWait(env(call), &g, receiver(call), argUint(call, 1), g.waiter));
}
NativeResult notifyListNotifyOne(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  vm::notifyListNotifyOne(env(call), receiver(call));
  return NativeResult::Done;
}
NativeResult notifyListNotifyAll(NativeCall& call) {
  if (nilReceiver(call)) return NativeResult::Done;
  vm::notifyListNotifyAll(env(call), receiver(call));
  return NativeResult::Done;
}

}  // namespace

void registerSync(vm::NativeRegistry& r) {
  r.add("sync.(*Mutex).Lock", mutexLock);
  r.add("sync.(*Mutex).Unlock", mutexUnlock);
  r.add("sync.(*Mutex).TryLock", mutexTryLock);
  r.add("sync.(*RWMutex).Lock", rwLock);
  r.add("sync.(*RWMutex).Unlock", rwUnlock);
  r.add("sync.(*RWMutex).RLock", rwRLock);
  r.add("sync.(*RWMutex).RUnlock", rwRUnlock);
  r.add("sync.(*RWMutex).TryLock", rwTryLock);
  r.add("sync.(*RWMutex).TryRLock", rwTryRLock);
  r.add("sync.(*WaitGroup).Add", waitGroupAdd);
  r.add("sync.(*WaitGroup).Wait", waitGroupWait);
  r.add("sync.(*Once).loadDone", onceLoadDone);
  r.add("sync.(*Once).setDone", onceSetDone);
  r.add("sync.runtime_notifyListAdd", notifyListAdd);
  r.add("sync.runtime_notifyListWait", notifyListWait);
  r.add("sync.runtime_notifyListNotifyOne", notifyListNotifyOne);
  r.add("sync.runtime_notifyListNotifyAll", notifyListNotifyAll);
}

}  // namespace weft::stdlib
