// The natives of package unicode.
#include "stdlib/natives.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/unicode/unicode.hpp"

namespace weft::stdlib {
namespace {

template <bool (*F)(int32_t)>
NativeResult is(NativeCall& call) {
  int64_t r = argInt(call, 0);
  call.results[0] = r >= INT32_MIN && r <= INT32_MAX && F(static_cast<int32_t>(r));
  return NativeResult::Done;
}

template <int32_t (*F)(int32_t)>
NativeResult to(NativeCall& call) {
  call.results[0] =
      static_cast<Word>(static_cast<int64_t>(F(static_cast<int32_t>(argInt(call, 0)))));
  return NativeResult::Done;
}

// func Is(rangeTab *RangeTable, r rune) bool
NativeResult isIn(NativeCall& call) {
  auto* table = reinterpret_cast<const Word*>(call.args[0]);
  if (!table) {
    call.panicString("invalid memory address or nil pointer dereference", true);
    return NativeResult::Done;
  }
  int64_t r = argInt(call, 1);
  call.results[0] = r >= INT32_MIN && r <= INT32_MAX &&
                    unicode::inNamedTable(static_cast<int64_t>(table[0]), static_cast<int32_t>(r));
  return NativeResult::Done;
}

}  // namespace

void registerUnicode(vm::NativeRegistry& r) {
  r.add("unicode.Is", isIn);
  r.add("unicode.IsControl", is<unicode::isControl>);
  r.add("unicode.IsDigit", is<unicode::isDigit>);
  r.add("unicode.IsGraphic", is<unicode::isGraphic>);
  r.add("unicode.IsLetter", is<unicode::isLetter>);
  r.add("unicode.IsLower", is<unicode::isLower>);
  r.add("unicode.IsMark", is<unicode::isMark>);
  r.add("unicode.IsNumber", is<unicode::isNumber>);
  r.add("unicode.IsPrint", is<unicode::isPrint>);
  r.add("unicode.IsPunct", is<unicode::isPunct>);
  r.add("unicode.IsSpace", is<unicode::isSpace>);
  r.add("unicode.IsSymbol", is<unicode::isSymbol>);
  r.add("unicode.IsTitle", is<unicode::isTitle>);
  r.add("unicode.IsUpper", is<unicode::isUpper>);
  r.add("unicode.SimpleFold", to<unicode::simpleFold>);
  r.add("unicode.ToLower", to<unicode::toLower>);
  r.add("unicode.ToTitle", to<unicode::toTitle>);
  r.add("unicode.ToUpper", to<unicode::toUpper>);
}

}  // namespace weft::stdlib
