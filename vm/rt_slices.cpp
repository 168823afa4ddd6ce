// Slice operations: append with Go's growth rule, copy, make.
//
// Capacities must match Go's so that programs printing cap() agree with `go run`: growth uses
// vm::appendCapacity with Go's byte size of the element type (vm/heap.hpp), while our own
// storage uses one word per slot regardless.
#include <algorithm>
#include <cstring>

#include "lang/types.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm::rt {

namespace {

using types::Kind;

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
    cap = appendCapacity(cap, newLen, goSizeof(elem));
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
    cap = appendCapacity(cap, newLen, goSizeof(elem));
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
