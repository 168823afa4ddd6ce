// The interface between the interpreter and functions written in C++ (stdlib natives and host
// functions). A package declares such functions in Go source without a body, e.g. in
// stdlib/strings/strings.go `func Index(s, substr string) int`; the C++ side registers an
// implementation under the qualified name "strings.Index" (for methods: "sync.(*Mutex).Lock",
// "time.Duration.String"). The compiler binds calls to the registered implementation.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "vm/object.hpp"

namespace weft::types {
class Signature;
class Type;
}  // namespace weft::types

namespace weft::vm {

class Heap;
struct Goroutine;
class Machine;
enum class NativeResult;  // below

// What a native call sees. Arguments arrive one Word per parameter, in order (the receiver
// first for methods; a variadic parameter arrives as one slice Word; struct/array arguments as
// the address of a private copy of their storage). Results are written one Word per result
// (struct/array results: the address of storage the native allocated).
struct NativeCall {
  const Word* args;
  Word* results;
  Heap& heap;
  Machine& machine;             // the VM instance (runtime-wide services)
  Goroutine& goroutine;         // the calling goroutine
  const types::Signature* sig;  // the declared signature (types of args/results)

  // Raise a Go panic in the calling goroutine with a string value (as `panic("...")`, or with
  // `runtimeError` set, a runtime.Error whose message is "runtime error: " + msg).
  // The native must return right after calling it.
  void panicString(std::string_view msg, bool runtimeError = false);
  // Raise a Go panic with an arbitrary value (an interface Box*).
  void panicValue(Box* value);
  // Ends the program at once as Go's runtime does for unrecoverable errors ("fatal error: msg").
  void fatal(std::string_view msg);
  // Calls a method of the dynamic value in `receiver` by name (e.g. "String", "Error")
  // synchronously on the calling goroutine (a nested interpreter loop), e.g. for fmt's Stringer
  // support. Returns false if the method does not exist; sets `panicking` and returns true if
  // the call panicked (the native must then return at once).
  bool callMethod(Box* receiver, std::string_view method, const Word* args, Word* results);
  // After callMethod reported a panic (and not a fatal error): takes that panic off the
  // goroutine, as recover() would, clears `panicking` and returns the panic value, so the
  // native can report it (fmt's "%!v(PANIC=String method: ...)") and carry on.
  Box* recoverPanic();
  // A blocking native whose primitive returned Parked ends with `return call.park(reason);`:
  // records Go's wait reason (static storage: the primitive's `waitReason`) for deadlock
  // reports and returns NativeResult::Park. See "Blocking natives" below.
  NativeResult park(const char* waitReason);
  // Declares that this native may be replayed (see "Unnest and replay" below). Call it before
  // the first callMethod.
  void allowReplay() { replaySafe = true; }
  bool panicking = false;  // set by the three functions above
  bool failedFatally = false;

  // The interpreter's and callMethod's bookkeeping for replays (vm/native_call.cpp).
  bool replaySafe = false;
  const void* replaySite = nullptr;  // the call instruction, when the call site can replay
  int32_t memo = -1;                 // index into Goroutine::replays, once a method was called
  uint32_t nextCall = 0;             // method calls made (or replayed) so far
};

// The native either completes (returns Done) or parks the goroutine (Park): a blocking native
// (channel op, Mutex.Lock, Sleep) arranges for the goroutine to be made runnable later and the
// worker switches to another goroutine; when resumed, the call is treated as complete with
// `results` already written by whoever woke it (the interpreter continues after the call).
//
// ---- Blocking natives (sync, time) ---------------------------------------------------------
// Goroutines are tasks of the M:N scheduler; a native never blocks its worker thread. It calls
// a primitive of vm/sync_prims.hpp, vm/time_prims.hpp, vm/channel.hpp or vm/select.hpp with
// the Machine's SyncEnv, the calling goroutine as `self`, and the goroutine's own Waiter
// (or SleepTimer), then maps the outcome (include "vm/goroutine.hpp" and "vm/machine.hpp"):
//
//   NativeResult mutexLock(NativeCall& call) {             // "sync.(*Mutex).Lock"
//     Word* m = reinterpret_cast<Word*>(call.args[0]);     // the receiver: the Mutex's words
//     vm::Goroutine& g = call.goroutine;
//     vm::SyncOutcome o = vm::mutexLock(call.machine.syncEnv(), &g, m, g.waiter);
//     switch (o.status) {
//       case vm::SyncStatus::Done:   return NativeResult::Done;
//       case vm::SyncStatus::Parked: return call.park(o.waitReason);  // ours on resume
//       case vm::SyncStatus::Panic:  call.panicString(o.message); return NativeResult::Done;
//       case vm::SyncStatus::Fatal:  call.fatal(o.message); return NativeResult::Done;
//     }
//   }
//   time.Sleep: vm::sleepFor(call.machine.syncEnv(), &g, g.sleepTimer, nanos) the same way.
//
// Rules: after the primitive returned Parked the native must not touch the Waiter or the
// words it points at, and must return Park at once (the goroutine may already have been woken:
// the scheduler holds the wake-up until the native has returned). Results the waker produces
// must be written through the Waiter (channel values) or be implied (a lock held, a WaitGroup
// at zero); the native's `results` words are not rewritten on resume, so a parking native with
// results writes them before it parks. A native called from a nested interpreter loop
// (callMethod: e.g. fmt calling a String method) parks only if the native is replayable,
// see below; otherwise the goroutine dies with a fatal error "blocking operation in a method
// called from native code".
//
// ---- Unnest and replay -----------------------------------------------------------------------
// A method that callMethod runs in a nested interpreter loop may park (a Mutex, a channel) or
// use up its time slice (then it yields at once if the world must stop). When every native
// on the way down is replayable, the interpreter then *unnests*: it abandons the natives' C++
// frames (by a C++ exception, `vm::Unnest`, thrown from the nested loop and caught at the
// outermost native call instruction), splices the method's frames onto the goroutine's frames
// as an ordinary call, and parks or yields normally. When that method returns, its results
// are recorded and the native's call instruction runs again: the native starts over, and its
// first method calls are answered from the record (`Goroutine::replays`) without running
// again; the rest run as usual. So a native that calls allowReplay() promises:
//   - it makes no observable side effect before its last callMethod (output, writes to Go
//     memory, ...): its work up to there may be done several times; results are written at
//     the end;
//   - given the same arguments and method results it makes the same method calls in the same
//     order (same receiver type and method name);
//   - it is exception-safe (RAII only: no lock, counter or global state left behind when an
//     exception unwinds it from inside callMethod), and never catches `vm::Unnest` (a
//     catch (...) must rethrow);
//   - its arguments and call are as the interpreter passed them (only calls from CALLN
//     instructions replay; deferred native calls and natives reached otherwise keep the fatal
//     error).
// fmt's Sprint/Print/Errorf family is replayable (Fprint* is Go code: Sprint, then w.Write
// from Go). Scanning from a Go io.Reader is not (Read fills a buffer the native allocated).
// Timer fire functions (time.AfterFunc) run on the timer thread: they may call
// SyncEnv::machine->spawn(...) (any thread) and chanTrySend, nothing that parks.
enum class NativeResult { Done, Park };

using NativeFn = NativeResult (*)(NativeCall& call);

// Name -> implementation table. Each stdlib package registers its functions in one function
// `void registerX(NativeRegistry&)` (see stdlib/registry.cpp).
class NativeRegistry {
 public:
  void add(std::string qualifiedName, NativeFn fn) { fns_[std::move(qualifiedName)] = fn; }
  NativeFn find(std::string_view qualifiedName) const {
    auto it = fns_.find(std::string(qualifiedName));
    return it == fns_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string, NativeFn> fns_;
};

}  // namespace weft::vm
