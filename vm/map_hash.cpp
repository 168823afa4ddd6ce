// Equality and hashing by type (see vm/map_hash.hpp).
#include "vm/map_hash.hpp"

#include <bit>
#include <cmath>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/string_ops.hpp"

namespace weft::vm {

namespace {

using types::Kind;

double asDouble(Word w) {
  return std::bit_cast<double>(w);
}

bool isBlank(const types::Var* f) {
  return f->name == "_";
}

thread_local uint64_t nanCounter = 0;

}  // namespace

uint64_t hashFloat(Word bits, uint64_t seed) {
  double d = asDouble(bits);
  if (d == 0) return hashWord(0, seed);
  if (d != d) return hashWord(++nanCounter * 0x9E3779B97F4A7C15ull ^ 0x5bd1e995, seed);
  return hashWord(bits, seed);
}

bool isComparable(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
    case Kind::Tuple:
      return false;
    case Kind::Array:
      return isComparable(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct:
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields)
        if (!isComparable(f->type)) return false;
      return true;
    default:
      return true;
  }
}

bool mayBeIrreflexive(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::UntypedFloat:
    case Kind::UntypedComplex:
    case Kind::Interface:
      return true;
    case Kind::Array:
      return mayBeIrreflexive(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct:
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields)
        if (mayBeIrreflexive(f->type)) return true;
      return false;
    default:
      return false;
  }
}

bool valuesEqual(const types::Type* t, const Word* a, const Word* b,
                 const types::Type** uncomparable) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::UntypedFloat:
      return asDouble(a[0]) == asDouble(b[0]);
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::UntypedComplex:
      return asDouble(a[0]) == asDouble(b[0]) && asDouble(a[1]) == asDouble(b[1]);
    case Kind::String:
    case Kind::UntypedString:
      return stringsEqual(reinterpret_cast<const String*>(a[0]),
                          reinterpret_cast<const String*>(b[0]));
    case Kind::Interface: {
      auto* x = reinterpret_cast<const Box*>(a[0]);
      auto* y = reinterpret_cast<const Box*>(b[0]);
      if (!x || !y) return x == y;
      if (x->type != y->type) return false;
      if (!isComparable(x->type)) {
        if (uncomparable) *uncomparable = x->type;
        return false;
      }
      return valuesEqual(x->type, x->payload, y->payload, uncomparable);
    }
    case Kind::Array: {
      auto* arr = static_cast<const types::Array*>(u);
      std::size_t es = static_cast<std::size_t>(slotsOf(arr->elem));
      for (int64_t i = 0; i < arr->len; ++i)
        if (!valuesEqual(arr->elem, a + i * es, b + i * es, uncomparable)) return false;
      return true;
    }
    case Kind::Struct: {
      auto* st = static_cast<const types::Struct*>(u);
      for (std::size_t i = 0; i < st->fields.size(); ++i) {
        const types::Var* f = st->fields[i];
        if (isBlank(f)) continue;
        int32_t off = fieldOffset(u, static_cast<int>(i));
        if (!valuesEqual(f->type, a + off, b + off, uncomparable)) return false;
      }
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
    case Kind::Tuple:
      if (uncomparable) *uncomparable = t;
      return false;
    default:  // one word compared as bits: integers, bools, pointers, channels
      return a[0] == b[0];
  }
}

uint64_t hashValue(const types::Type* t, const Word* v, uint64_t seed,
                   const types::Type** unhashable) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Float32:
    case Kind::Float64:
    case Kind::UntypedFloat:
      return hashFloat(v[0], seed);
    case Kind::Complex64:
    case Kind::Complex128:
    case Kind::UntypedComplex:
      return hashFloat(v[1], hashFloat(v[0], seed));
    case Kind::String:
    case Kind::UntypedString:
      return hashWord(stringHash(reinterpret_cast<const String*>(v[0])), seed);
    case Kind::Interface: {
      auto* x = reinterpret_cast<const Box*>(v[0]);
      if (!x) return hashWord(0, seed);
      if (!isComparable(x->type)) {
        if (unhashable) *unhashable = x->type;
        return 0;
      }
      return hashValue(x->type, x->payload, hashWord(reinterpret_cast<uintptr_t>(x->type), seed),
                       unhashable);
    }
    case Kind::Array: {
      auto* arr = static_cast<const types::Array*>(u);
      std::size_t es = static_cast<std::size_t>(slotsOf(arr->elem));
      uint64_t h = hashWord(static_cast<Word>(arr->len), seed);
      for (int64_t i = 0; i < arr->len; ++i) h = hashValue(arr->elem, v + i * es, h, unhashable);
      return h;
    }
    case Kind::Struct: {
      auto* st = static_cast<const types::Struct*>(u);
      uint64_t h = hashWord(st->fields.size(), seed);
      for (std::size_t i = 0; i < st->fields.size(); ++i) {
        const types::Var* f = st->fields[i];
        if (isBlank(f)) continue;
        h = hashValue(f->type, v + fieldOffset(u, static_cast<int>(i)), h, unhashable);
      }
      return h;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
    case Kind::Tuple:
      if (unhashable) *unhashable = t;
      return 0;
    default:
      return hashWord(v[0], seed);
  }
}

}  // namespace weft::vm
