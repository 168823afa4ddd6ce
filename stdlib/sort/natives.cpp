// The natives of package sort: the common slice sorts in C++, and the reflection sort.Slice
// needs (length and element swap of any slice).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "lang/types.hpp"
#include "stdlib/fmt/typestring.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

const vm::SliceHeader* sliceArg(NativeCall& call) {
  return argSlice(call, 0);
}

// func Ints(x []int)
NativeResult ints(NativeCall& call) {
  if (const vm::SliceHeader* s = sliceArg(call))
    std::sort(s->data, s->data + s->len,
              [](Word a, Word b) { return static_cast<int64_t>(a) < static_cast<int64_t>(b); });
  return NativeResult::Done;
}

// func Float64s(x []float64): NaNs first, as Go orders them.
NativeResult float64s(NativeCall& call) {
  if (const vm::SliceHeader* s = sliceArg(call))
    std::sort(s->data, s->data + s->len, [](Word a, Word b) {
      double x = std::bit_cast<double>(a), y = std::bit_cast<double>(b);
      return x < y || (std::isnan(x) && !std::isnan(y));
    });
  return NativeResult::Done;
}

// func Strings(x []string)
NativeResult strings(NativeCall& call) {
  if (const vm::SliceHeader* s = sliceArg(call))
    std::sort(s->data, s->data + s->len, [](Word a, Word b) {
      return vm::view(reinterpret_cast<const vm::String*>(a)) <
             vm::view(reinterpret_cast<const vm::String*>(b));
    });
  return NativeResult::Done;
}

// reflect's name for the kind of t ("int", "struct", "ptr", ...).
std::string kindName(const types::Type* t) {
  using types::Kind;
  switch (t->underlying()->kind) {
    case Kind::Struct:
      return "struct";
    case Kind::Map:
      return "map";
    case Kind::Pointer:
      return "ptr";
    case Kind::Array:
      return "array";
    case Kind::Chan:
      return "chan";
    case Kind::Signature:
      return "func";
    case Kind::Interface:
      return "interface";
    case Kind::UnsafePointer:
      return "unsafe.Pointer";
    default:
      return fmt::reflectTypeString(t->underlying());  // basic kinds: "int", ...
  }
}

// The slice inside interface argument 0, or null after panicking as reflect does.
const vm::SliceHeader* anySlice(NativeCall& call, const types::Type*& elem) {
  const vm::Box* x = argBox(call, 0);
  if (!x || x->type->underlying()->kind != types::Kind::Slice) {
    std::string kind = x ? kindName(x->type) : "invalid";
    call.panicString("reflect: call of Swapper on " + kind + " Value");
    return nullptr;
  }
  elem = static_cast<const types::Slice*>(x->type->underlying())->elem;
  static const vm::SliceHeader empty{nullptr, 0, 0};
  auto* h = reinterpret_cast<const vm::SliceHeader*>(x->payload[0]);
  return h ? h : &empty;
}

// func sliceLen(x any) int
NativeResult sliceLen(NativeCall& call) {
  const types::Type* elem;
  const vm::SliceHeader* s = anySlice(call, elem);
  if (!s) return NativeResult::Done;
  call.results[0] = static_cast<Word>(s->len);
  return NativeResult::Done;
}

// func sliceSwap(x any, i, j int)
NativeResult sliceSwap(NativeCall& call) {
  const types::Type* elem;
  const vm::SliceHeader* s = anySlice(call, elem);
  if (!s) return NativeResult::Done;
  int64_t i = argInt(call, 1), j = argInt(call, 2);
  if (i < 0 || j < 0 || i >= s->len || j >= s->len) {
    int64_t bad = (i < 0 || i >= s->len) ? i : j;
    call.panicString(
        "index out of range [" + std::to_string(bad) + "] with length " + std::to_string(s->len),
        true);
    return NativeResult::Done;
  }
  std::size_t n = static_cast<std::size_t>(vm::slotsOf(elem));
  Word* a = s->data + static_cast<std::size_t>(i) * n;
  Word* b = s->data + static_cast<std::size_t>(j) * n;
  for (std::size_t k = 0; k < n; k++) std::swap(a[k], b[k]);
  return NativeResult::Done;
}

}  // namespace

void registerSort(vm::NativeRegistry& r) {
  r.add("sort.Ints", ints);
  r.add("sort.Float64s", float64s);
  r.add("sort.Strings", strings);
  r.add("sort.sliceLen", sliceLen);
  r.add("sort.sliceSwap", sliceSwap);
}

}  // namespace weft::stdlib
