// The natives of package sync/atomic: sequentially consistent atomic operations on one value
// word, shared by every worker thread.
//
// Representation (docs/architecture.md, "Values"): every variable is one 64-bit word, int32
// sign-extended, uint32 and uintptr zero-extended. A 32-bit operation therefore works on the
// whole word: Add is a compare-and-swap loop that writes the wrapped 32-bit result back in its
// canonical extension, so plain (non-atomic) reads by compiled code always see a valid value.
// The interface word of atomic.Value is a Box pointer; Box objects are immutable, so a
// compare-and-swap of the pointer is a compare-and-swap of the whole interface value.
//
// Invariant: every word touched here is a naturally aligned Word inside a heap object or a
// goroutine-independent cell (pointers to Go variables never point into register stacks), so
// std::atomic_ref is valid on it. The collector only runs with every worker stopped at a
// safepoint, so a native never races with it.
#include <atomic>
#include <cstdint>
#include <type_traits>

#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

// How a Go integer type lives in a word.
template <class T>
struct Repr {
  static Word encode(T v) {
    if constexpr (std::is_signed_v<T>)
      return static_cast<Word>(static_cast<int64_t>(v));
    else
      return static_cast<Word>(static_cast<uint64_t>(v));
  }
  static T decode(Word w) { return static_cast<T>(w); }
};

// Go's nil pointer dereference (atomic.AddInt32(nil, 1) faults in Go).
bool nilAddress(NativeCall& call, Word* p) {
  if (p) return false;
  call.panicString("invalid memory address or nil pointer dereference", true);
  return true;
}

std::atomic_ref<Word> wordAt(Word* p) {
  return std::atomic_ref<Word>(*p);
}

template <class T>
NativeResult add(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  T delta = Repr<T>::decode(call.args[1]);
  auto word = wordAt(p);
  Word old = word.load();
  T result;
  do {
    // Unsigned arithmetic: wrap-around is Go's.
    using U = std::make_unsigned_t<T>;
    result = static_cast<T>(static_cast<U>(Repr<T>::decode(old)) + static_cast<U>(delta));
  } while (!word.compare_exchange_weak(old, Repr<T>::encode(result)));
  call.results[0] = Repr<T>::encode(result);
  return NativeResult::Done;
}

template <class T>
NativeResult load(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  call.results[0] = Repr<T>::encode(Repr<T>::decode(wordAt(p).load()));
  return NativeResult::Done;
}

template <class T>
NativeResult store(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  wordAt(p).store(Repr<T>::encode(Repr<T>::decode(call.args[1])));
  return NativeResult::Done;
}

template <class T>
NativeResult swap(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  Word old = wordAt(p).exchange(Repr<T>::encode(Repr<T>::decode(call.args[1])));
  call.results[0] = Repr<T>::encode(Repr<T>::decode(old));
  return NativeResult::Done;
}

template <class T>
NativeResult compareAndSwap(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  Word expected = Repr<T>::encode(Repr<T>::decode(call.args[1]));
  bool swapped =
      wordAt(p).compare_exchange_strong(expected, Repr<T>::encode(Repr<T>::decode(call.args[2])));
  call.results[0] = swapped ? 1 : 0;
  return NativeResult::Done;
}

// func loadIface(p *any) any
NativeResult loadIface(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  call.results[0] = wordAt(p).load();
  return NativeResult::Done;
}

// func casIface(p *any, old, new any) bool: pointer identity of the boxes.
NativeResult casIface(NativeCall& call) {
  Word* p = reinterpret_cast<Word*>(call.args[0]);
  if (nilAddress(call, p)) return NativeResult::Done;
  Word expected = call.args[1];
  call.results[0] = wordAt(p).compare_exchange_strong(expected, call.args[2]) ? 1 : 0;
  return NativeResult::Done;
}

// func sameType(a, b any) bool (both non-nil; runtime types are compared by pointer).
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
