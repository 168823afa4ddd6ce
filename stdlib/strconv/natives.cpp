// The natives of package strconv (thin wrappers over strconv.hpp).
#include "stdlib/natives.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/strconv/strconv.hpp"
#include "stdlib/unicode/unicode.hpp"

namespace weft::stdlib {
namespace {

Word errorCode(strconv::ParseError e) {
  return static_cast<Word>(e);
}

// func parseInt(s string, base int, bitSize int) (int64, int)
NativeResult parseInt(NativeCall& call) {
  auto p = strconv::parseInt(argString(call, 0), static_cast<int>(argInt(call, 1)),
                             static_cast<int>(argInt(call, 2)));
  call.results[0] = static_cast<Word>(p.value);
  call.results[1] = errorCode(p.error);
  return NativeResult::Done;
}

// func parseUint(s string, base int, bitSize int) (uint64, int)
NativeResult parseUint(NativeCall& call) {
  auto p = strconv::parseUint(argString(call, 0), static_cast<int>(argInt(call, 1)),
                              static_cast<int>(argInt(call, 2)));
  call.results[0] = p.value;
  call.results[1] = errorCode(p.error);
  return NativeResult::Done;
}

// func parseFloat(s string, bitSize int) (float64, int)
NativeResult parseFloat(NativeCall& call) {
  auto p = strconv::parseFloat(argString(call, 0), static_cast<int>(argInt(call, 1)));
  call.results[0] = fromDouble(p.value);
  call.results[1] = errorCode(p.error);
  return NativeResult::Done;
}

bool checkBase(NativeCall& call, int64_t base) {
  if (base < 2 || base > 36) {
    call.panicString("strconv: illegal AppendInt/FormatInt base");
    return false;
  }
  return true;
}

// func FormatInt(i int64, base int) string
NativeResult formatInt(NativeCall& call) {
  if (!checkBase(call, argInt(call, 1))) return NativeResult::Done;
  call.results[0] =
      stringWord(call, strconv::formatInt(argInt(call, 0), static_cast<int>(argInt(call, 1))));
  return NativeResult::Done;
}

// func FormatUint(i uint64, base int) string
NativeResult formatUint(NativeCall& call) {
  if (!checkBase(call, argInt(call, 1))) return NativeResult::Done;
  call.results[0] =
      stringWord(call, strconv::formatUint(argUint(call, 0), static_cast<int>(argInt(call, 1))));
  return NativeResult::Done;
}

// func FormatFloat(f float64, fmt byte, prec, bitSize int) string
NativeResult formatFloat(NativeCall& call) {
  int64_t bitSize = argInt(call, 3);
  if (bitSize != 32 && bitSize != 64) {
    call.panicString("strconv: illegal AppendFloat/FormatFloat bitSize");
    return NativeResult::Done;
  }
  call.results[0] = stringWord(
      call, strconv::formatFloat(argFloat(call, 0), static_cast<char>(argUint(call, 1)),
                                 static_cast<int>(argInt(call, 2)), static_cast<int>(bitSize)));
  return NativeResult::Done;
}

template <std::string (*F)(std::string_view)>
NativeResult quoteString(NativeCall& call) {
  call.results[0] = stringWord(call, F(argString(call, 0)));
  return NativeResult::Done;
}

template <std::string (*F)(int32_t)>
NativeResult quoteRune(NativeCall& call) {
  call.results[0] = stringWord(call, F(static_cast<int32_t>(argInt(call, 0))));
  return NativeResult::Done;
}

NativeResult canBackquote(NativeCall& call) {
  call.results[0] = strconv::canBackquote(argString(call, 0));
  return NativeResult::Done;
}

NativeResult isPrint(NativeCall& call) {
  call.results[0] = unicode::isPrint(static_cast<int32_t>(argInt(call, 0)));
  return NativeResult::Done;
}

NativeResult isGraphic(NativeCall& call) {
  call.results[0] = unicode::isGraphic(static_cast<int32_t>(argInt(call, 0)));
  return NativeResult::Done;
}

// func unquote(s string) (string, bool)
NativeResult unquote(NativeCall& call) {
  auto p = strconv::unquote(argString(call, 0));
  bool ok = p.error == strconv::ParseError::None;
  call.results[0] = ok ? stringWord(call, p.value) : 0;
  call.results[1] = ok;
  return NativeResult::Done;
}

// func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
NativeResult unquoteChar(NativeCall& call) {
  strconv::UnquotedChar c;
  bool ok = strconv::unquoteChar(argString(call, 0), static_cast<char>(argUint(call, 1)), c);
  call.results[0] = ok ? static_cast<Word>(static_cast<int64_t>(c.value)) : 0;
  call.results[1] = ok && c.multibyte;
  call.results[2] = ok ? stringWord(call, c.tail) : 0;
  call.results[3] = ok;
  return NativeResult::Done;
}

}  // namespace

void registerStrconv(vm::NativeRegistry& r) {
  r.add("strconv.parseInt", parseInt);
  r.add("strconv.parseUint", parseUint);
  r.add("strconv.parseFloat", parseFloat);
  r.add("strconv.FormatInt", formatInt);
  r.add("strconv.FormatUint", formatUint);
  r.add("strconv.FormatFloat", formatFloat);
  r.add("strconv.Quote", quoteString<strconv::quote>);
  r.add("strconv.QuoteToASCII", quoteString<strconv::quoteToASCII>);
  r.add("strconv.QuoteToGraphic", quoteString<strconv::quoteToGraphic>);
  r.add("strconv.QuoteRune", quoteRune<strconv::quoteRune>);
  r.add("strconv.QuoteRuneToASCII", quoteRune<strconv::quoteRuneToASCII>);
  r.add("strconv.QuoteRuneToGraphic", quoteRune<strconv::quoteRuneToGraphic>);
  r.add("strconv.CanBackquote", canBackquote);
  r.add("strconv.IsPrint", isPrint);
  r.add("strconv.IsGraphic", isGraphic);
  r.add("strconv.unquote", unquote);
  r.add("strconv.unquoteChar", unquoteChar);
}

}  // namespace weft::stdlib
