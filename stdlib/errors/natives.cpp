// The natives of package errors: the reflection errors.Is and errors.As need.
#include <cstring>

#include "stdlib/methods.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

using types::Kind;

// func comparable(v any) bool
NativeResult isComparable(NativeCall& call) {
  const vm::Box* v = argBox(call, 0);
  call.results[0] = v == nullptr || comparable(v->type);
  return NativeResult::Done;
}

// The element type of As's target, or null if target is not a non-nil pointer.
const types::Type* targetElem(const vm::Box* target) {
  if (!target || target->type->underlying()->kind != Kind::Pointer || target->payload[0] == 0)
    return nullptr;
  return static_cast<const types::Pointer*>(target->type->underlying())->elem;
}

// func checkAsTarget(target any) int
NativeResult checkAsTarget(NativeCall& call) {
  const types::Type* elem = targetElem(argBox(call, 0));
  if (!elem) {
    call.results[0] = 1;
  } else if (elem->underlying()->kind != Kind::Interface && !findStringMethod(elem, "Error")) {
    call.results[0] = 2;
  } else {
    call.results[0] = 0;
  }
  return NativeResult::Done;
}

// func assignTo(err error, target any) bool
NativeResult assignTo(NativeCall& call) {
  const vm::Box* err = argBox(call, 0);
  const vm::Box* target = argBox(call, 1);
  const types::Type* elem = targetElem(target);
  call.results[0] = 0;
  if (!err || !elem) return NativeResult::Done;
  auto* dst = reinterpret_cast<Word*>(target->payload[0]);
  if (elem->underlying()->kind == Kind::Interface) {
    if (!implements(err->type, static_cast<const types::Interface*>(elem->underlying())))
      return NativeResult::Done;
    dst[0] = reinterpret_cast<Word>(err);  // an interface value is the box itself
  } else {
    if (err->type != elem) return NativeResult::Done;
    int32_t n = vm::slotsOf(elem);
    if (n > 0) std::memcpy(dst, err->payload, static_cast<std::size_t>(n) * sizeof(Word));
  }
  call.results[0] = 1;
  return NativeResult::Done;
}

}  // namespace

void registerErrors(vm::NativeRegistry& r) {
  r.add("errors.comparable", isComparable);
  r.add("errors.checkAsTarget", checkAsTarget);
  r.add("errors.assignTo", assignTo);
}

}  // namespace weft::stdlib
