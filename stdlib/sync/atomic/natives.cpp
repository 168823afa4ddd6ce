// The natives of package sync/atomic: the operations of word_ops.hpp on the word a pointer
// argument addresses, plus the three helpers of value.go. Natives run on worker threads; the
// collector only runs with every worker stopped at a safepoint, so a native never races with it.
#include "stdlib/natives.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/sync/atomic/word_ops.hpp"
#include "vm/machine.hpp"
#include "vm/race/vm_hooks.hpp"

namespace weft::stdlib {
namespace {

namespace aw = atomicword;

// The word behind the pointer argument 0, or null after raising Go's nil dereference panic
// (atomic.AddInt32(nil, 1) faults in Go).
Word* address(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (!p) call.panicString("invalid memory address or nil pointer dereference", true);
  return p;
}

// Runs the atomic operation `op` on *p; under --race with its happens-before edges (loads
// acquire, stores release, read-modify-writes both; vm/race/vm_hooks.hpp).
template <class Op>
void atomically(NativeCall& call, Word* p, bool load, bool store, Op op) {
  if (vm::race::Detector* d = call.machine.race())
    vm::race::atomicAccess(*d, call.goroutine, p, load, store, op);
  else
    op();
}

template <class T>
NativeResult add(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, true,
               [&] { call.results[0] = aw::encode(aw::add(p, aw::decode<T>(call.args[1]))); });
  return NativeResult::Done;
}

template <class T>
NativeResult load(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, false, [&] { call.results[0] = aw::encode(aw::load<T>(p)); });
  return NativeResult::Done;
}

template <class T>
NativeResult store(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, false, true, [&] { aw::store(p, aw::decode<T>(call.args[1])); });
  return NativeResult::Done;
}

template <class T>
NativeResult swap(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, true,
               [&] { call.results[0] = aw::encode(aw::swap(p, aw::decode<T>(call.args[1]))); });
  return NativeResult::Done;
}

template <class T>
NativeResult compareAndSwap(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, true, [&] {
      call.results[0] =
          aw::compareAndSwap(p, aw::decode<T>(call.args[1]), aw::decode<T>(call.args[2]));
    });
  return NativeResult::Done;
}

// func loadIface(p *any) any. An interface word is a pointer to an immutable Box, so loading
// the word loads the whole interface value.
NativeResult loadIface(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, false, [&] { call.results[0] = aw::at(p).load(); });
  return NativeResult::Done;
}

// func casIface(p *any, old, new any) bool: compares the boxes by identity.
NativeResult casIface(NativeCall& call) {
  if (Word* p = address(call))
    atomically(call, p, true, true, [&] {
      Word expected = call.args[1];
      call.results[0] = aw::at(p).compare_exchange_strong(expected, call.args[2]) ? 1 : 0;
    });
  return NativeResult::Done;
}

// func sameType(a, b any) bool (runtime types are compared by pointer).
NativeResult sameType(NativeCall& call) {
  const vm::Box* a = argBox(call, 0);
  const vm::Box* b = argBox(call, 1);
  call.results[0] = (a && b && a->type == b->type) ? 1 : 0;
  return NativeResult::Done;
}

template <class T>
void registerKind(vm::NativeRegistry& r, const std::string& name) {
  const std::string pkg = "sync/atomic.";
  r.add(pkg + "Add" + name, add<T>);
  r.add(pkg + "Load" + name, load<T>);
  r.add(pkg + "Store" + name, store<T>);
  r.add(pkg + "Swap" + name, swap<T>);
  r.add(pkg + "CompareAndSwap" + name, compareAndSwap<T>);
}

}  // namespace

void registerAtomic(vm::NativeRegistry& r) {
  registerKind<int32_t>(r, "Int32");
  registerKind<int64_t>(r, "Int64");
  registerKind<uint32_t>(r, "Uint32");
  registerKind<uint64_t>(r, "Uint64");
  registerKind<uint64_t>(r, "Uintptr");
  r.add("sync/atomic.loadIface", loadIface);
  r.add("sync/atomic.casIface", casIface);
  r.add("sync/atomic.sameType", sameType);
}

}  // namespace weft::stdlib
