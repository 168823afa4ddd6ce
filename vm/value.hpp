// Small facts about how a Go type's values sit in a word (docs/architecture.md, "Values").
#pragma once

#include <cstring>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/object.hpp"

namespace weft::vm {

// Struct and array values live in inline storage; a register holds the storage's address.
inline bool isInline(const types::Type* t) {
  types::Kind k = t->underlying()->kind;
  return k == types::Kind::Struct || k == types::Kind::Array;
}

// The word that represents a boxed value in registers and argument lists: the value itself for
// one-word types, the payload's address for inline types.
inline Word unboxWord(const Box* b) {
  return isInline(b->type) ? reinterpret_cast<Word>(const_cast<Word*>(b->payload)) : b->payload[0];
}

// Boxes a register-form value `w` of type `t`.
inline Box* boxValue(Heap& heap, const types::Type* t, Word w) {
  Box* b = heap.allocBox(t);
  if (isInline(t)) {
    int32_t n = slotsOf(t);
    if (n > 0) std::memcpy(b->payload, reinterpret_cast<const Word*>(w), n * sizeof(Word));
  } else {
    b->payload[0] = w;
  }
  return b;
}

inline double asFloat(Word w) {
  double d;
  std::memcpy(&d, &w, sizeof d);
  return d;
}
inline Word fromFloat(double d) {
  Word w;
  std::memcpy(&w, &d, sizeof w);
  return w;
}

template <class T>
inline T* asPtr(Word w) {
  return reinterpret_cast<T*>(w);
}
template <class T>
inline Word fromPtr(T* p) {
  return reinterpret_cast<Word>(p);
}

}  // namespace weft::vm
