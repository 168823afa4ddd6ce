// Sequentially consistent atomic operations on one value word for each integer type of
// package sync/atomic (the natives in natives.cpp are thin wrappers; unit tests drive these
// from several threads at once).
//
// Representation (docs/architecture.md, "Values"): every variable is one 64-bit word, int32
// sign-extended, uint32 and uintptr zero-extended. A 32-bit operation works on the whole word:
// Add is a compare-and-swap loop that writes the wrapped 32-bit result back in its canonical
// extension, so plain (non-atomic) reads by compiled code always see a valid value.
//
// Invariant: `p` is a naturally aligned Word inside a heap object (pointers to Go variables
// never point into register stacks: an addressed scalar lives in a heap cell), so
// std::atomic_ref is valid on it.
#pragma once

#include <atomic>
#include <cstdint>
#include <type_traits>

#include "vm/object.hpp"

namespace weft::stdlib::atomicword {

using vm::Word;

// How a Go integer type of at most 64 bits lives in a word.
template <class T>
Word encode(T v) {
  if constexpr (std::is_signed_v<T>)
    return static_cast<Word>(static_cast<int64_t>(v));
  else
    return static_cast<Word>(static_cast<uint64_t>(v));
}
template <class T>
T decode(Word w) {
  return static_cast<T>(w);
}

inline std::atomic_ref<Word> at(Word* p) {
  return std::atomic_ref<Word>(*p);
}

// *p += delta (wrapping as Go does); returns the new value.
template <class T>
T add(Word* p, T delta) {
  using U = std::make_unsigned_t<T>;
  auto word = at(p);
  Word old = word.load();
  T result;
  do {
    result = static_cast<T>(static_cast<U>(decode<T>(old)) + static_cast<U>(delta));
  } while (!word.compare_exchange_weak(old, encode(result)));
  return result;
}

template <class T>
T load(Word* p) {
  return decode<T>(at(p).load());
}

template <class T>
void store(Word* p, T v) {
  at(p).store(encode(v));
}

template <class T>
T swap(Word* p, T v) {
  return decode<T>(at(p).exchange(encode(v)));
}

template <class T>
bool compareAndSwap(Word* p, T old, T v) {
  Word expected = encode(old);
  return at(p).compare_exchange_strong(expected, encode(v));
}

}  // namespace weft::stdlib::atomicword
