// Slice operations: append with Go's growth rule, copy, make.
//
// Capacities must match Go's so that programs printing cap() agree with `go run`: growth
// follows runtime.growslice (double below 256 elements, then about 1.25x) and rounds the byte
// size up to Go's malloc size classes, computed with Go's byte sizes of the element type (our
// own storage uses one word per slot regardless).
#include <algorithm>
#include <cstring>

#include "lang/types.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm::rt {

namespace {

using types::Kind;

int64_t goAlignof(const types::Type* t);

int64_t basicSize(Kind k) {
  switch (k) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::String: case Kind::Complex128: return 16;
    default: return 8;
  }
}

int64_t goAlignof(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Array: return goAlignof(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (auto* f : static_cast<const types::Struct*>(u)->fields) a = std::max(a, goAlignof(f->type));
      return a;
    }
    case Kind::Complex64: return 4;
    default: return u->isBasic() ? std::min<int64_t>(basicSize(u->kind), 8) : 8;
  }
}

// Go's malloc size classes (runtime/sizeclasses.go).
constexpr uint16_t kSizeClasses[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768};

uint64_t roundupsize(uint64_t size) {
  if (size < 32768) {
    for (uint16_t c : kSizeClasses)
      if (c >= size) return c;
  }
  constexpr uint64_t page = 8192;
  return (size + page - 1) / page * page;
}

void storeValue(Word* slot, Word v, bool inl, int32_t n) {
  if (inl) {
    if (n > 0) std::memmove(slot, reinterpret_cast<const Word*>(v), n * sizeof(Word));
  } else {
    *slot = v;
  }
}

// A new backing array holding the first `len` elements of `s` with room for `cap`.
Word* reallocate(Heap& heap, const types::Type* elem, int32_t slots, const SliceHeader* s,
                 int64_t cap) {
  Word* data = heap.allocStorage(elem, cap);
  if (s && s->len > 0 && slots > 0) std::memcpy(data, s->data, s->len * slots * sizeof(Word));
  return data;
}

}  // namespace

int64_t goSizeof(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      return a->len * goSizeof(a->elem);
    }
    case Kind::Struct: {
      int64_t off = 0, align = 1;
      for (auto* f : static_cast<const types::Struct*>(u)->fields) {
        int64_t fa = goAlignof(f->type);
        align = std::max(align, fa);
        off = (off + fa - 1) / fa * fa + goSizeof(f->type);
      }
      return (off + align - 1) / align * align;
    }
    case Kind::Slice: return 24;
    case Kind::Interface: return 16;
    case Kind::Complex64: return 8;
    default: return u->isBasic() ? basicSize(u->kind) : 8;
  }
}

int64_t growCapacity(int64_t oldCap, int64_t newLen, int64_t elemSize) {
  int64_t newcap = oldCap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    constexpr int64_t threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newLen;
    }
  }
  if (elemSize == 0) return newLen;
  uint64_t mem = roundupsize(static_cast<uint64_t>(newcap) * elemSize);
  return static_cast<int64_t>(mem / elemSize);
}

constexpr int64_t kMaxWords = int64_t(1) << 40;

SliceHeader* append(Heap& heap, const types::Type* sliceType, SliceHeader* s, const Word* vals,
                    std::size_t n, const char** err) {
  const types::Type* elem = static_cast<const types::Slice*>(sliceType->underlying())->elem;
  if (n == 0 && s) return s;
  int32_t slots = slotsOf(elem);
  bool inl = isInline(elem);
  int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
  int64_t newLen = len + static_cast<int64_t>(n);
  if (newLen < len) {
    *err = "growslice: cap out of range";
    return nullptr;
  }
  Word* data = s ? s->data : nullptr;
  if (newLen > cap) {
    cap = growCapacity(cap, newLen, goSizeof(elem));
    if (slots > 0 && cap > kMaxWords / slots) {
      *err = "growslice: cap out of range";
      return nullptr;
    }
    data = reallocate(heap, elem, slots, s, cap);
  }
  for (std::size_t i = 0; i < n; i++) storeValue(data + (len + i) * slots, vals[i], inl, slots);
  return heap.newSlice(data, newLen, cap);
}

SliceHeader* appendSlice(Heap& heap, const types::Type* sliceType, SliceHeader* s, Word t,
                         bool tIsString, const char** err) {
  const types::Type* elem = static_cast<const types::Slice*>(sliceType->underlying())->elem;
  int64_t n;
  if (tIsString) {
    auto* str = asPtr<const String>(t);
    n = str ? str->len : 0;
  } else {
    auto* ts = asPtr<const SliceHeader>(t);
    n = ts ? ts->len : 0;
  }
  if (n == 0) return s;  // append(nil, empty...) stays nil
  int32_t slots = slotsOf(elem);
  int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
  int64_t newLen = len + n;
  if (newLen < len) {
    *err = "growslice: cap out of range";
    return nullptr;
  }
  Word* data = s ? s->data : nullptr;
  if (newLen > cap) {
    cap = growCapacity(cap, newLen, goSizeof(elem));
    if (slots > 0 && cap > kMaxWords / slots) {
      *err = "growslice: cap out of range";
      return nullptr;
    }
    data = reallocate(heap, elem, slots, s, cap);
  }
  if (tIsString) {
    auto* str = asPtr<const String>(t);
    for (int64_t i = 0; i < n; i++) data[len + i] = static_cast<unsigned char>(str->bytes[i]);
  } else if (slots > 0) {
    std::memmove(data + len * slots, asPtr<const SliceHeader>(t)->data, n * slots * sizeof(Word));
  }
  return heap.newSlice(data, newLen, cap);
}

int64_t copySlice(SliceHeader* dst, Word src, bool srcIsString, int32_t elemSlots) {
  if (!dst) return 0;
  if (srcIsString) {
    auto* str = asPtr<const String>(src);
    int64_t n = std::min<int64_t>(dst->len, str ? str->len : 0);
    for (int64_t i = 0; i < n; i++) dst->data[i] = static_cast<unsigned char>(str->bytes[i]);
    return n;
  }
  auto* s = asPtr<const SliceHeader>(src);
  if (!s) return 0;
  int64_t n = std::min(dst->len, s->len);
  if (n > 0 && elemSlots > 0) std::memmove(dst->data, s->data, n * elemSlots * sizeof(Word));
  return n;
}

SliceHeader* makeSlice(Heap& heap, const types::Type* elem, int64_t len, int64_t cap,
                       const char** err) {
  // Zero-size elements take no memory: any length is fine (as in Go).
  int32_t slots = slotsOf(elem);
  int64_t maxElems = slots > 0 ? kMaxWords / slots : INT64_MAX;
  if (len < 0 || len > maxElems) {
    *err = "makeslice: len out of range";
    return nullptr;
  }
  if (cap < len || cap > maxElems) {
    *err = "makeslice: cap out of range";
    return nullptr;
  }
  Word* data = heap.allocStorage(elem, cap);
  return heap.newSlice(data, len, cap);
}

}  // namespace weft::vm::rt
