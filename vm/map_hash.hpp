// Equality and hashing of Go values by type: map keys, and == on interfaces, structs and arrays
//
// A value is `slotsOf(t)` words at `v` (see docs/architecture.md, "Values"). Equality follows
// the spec: floats by value (+0 == -0, NaN != NaN), strings by content, structs field by field
// (blank fields ignored), arrays element by element, interfaces by dynamic type and then value.
// Hashing agrees with equality (equal values hash alike; every NaN hashes at random, as in Go).
#pragma once

#include <cstdint>

#include "vm/object.hpp"

namespace weft::types {
class Type;
}

namespace weft::vm {

// Whether == is defined on values of t (false for slices, maps, funcs and composites of them).
// Interfaces count as comparable: their dynamic types are checked when compared.
bool isComparable(const types::Type* t);

// Whether t's values might be unequal to themselves (floats, complex, interfaces, or composites
// holding them): such map keys cannot always be found again.
bool mayBeIrreflexive(const types::Type* t);

// a == b. When an interface inside holds a dynamic type that is not comparable, returns false
// and sets *uncomparable to it (Go panics: "runtime error: comparing uncomparable type T").
bool valuesEqual(const types::Type* t, const Word* a, const Word* b,
                 const types::Type** uncomparable = nullptr);

// The hash of a value (with `seed`). When an interface inside holds a dynamic type that is not
// comparable, sets *unhashable to it (Go panics: "runtime error: hash of unhashable type T").
uint64_t hashValue(const types::Type* t, const Word* v, uint64_t seed,
                   const types::Type** unhashable);

// Hash building blocks shared with the map's fast paths.
inline uint64_t hashMix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t hashWord(Word w, uint64_t seed) {
  return hashMix(w ^ 0xa0761d6478bd642full, seed ^ 0xe7037ed1a0b428dbull);
}
uint64_t hashFloat(Word bits, uint64_t seed);  // +0 and -0 alike; NaN at random

}  // namespace weft::vm
