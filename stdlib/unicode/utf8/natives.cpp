// The natives of package unicode/utf8.
#include "stdlib/natives.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"

namespace weft::stdlib {
namespace {

Word runeWord(int32_t r) {
  return static_cast<Word>(static_cast<int64_t>(r));
}

// A []byte argument's bytes (one word per element).
std::string byteArg(NativeCall& call, int i) {
  return bytesOf(argSlice(call, i));
}

// Go's FullRune: does s begin with a full encoding of a rune (an invalid byte counts as one)?
bool fullRune(std::string_view s) {
  std::size_t n = s.size();
  if (n == 0) return false;
  auto b = [&](std::size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c = b(0);
  std::size_t need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
  if (n >= need) return true;
  // Short: full only if the bytes present already make it invalid.
  uint8_t lo = 0x80, hi = 0xBF;
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (n > 1 && (b(1) < lo || b(1) > hi)) return true;
  if (n > 2 && (b(2) < 0x80 || b(2) > 0xBF)) return true;
  return false;
}

NativeResult decodeRuneInString(NativeCall& call) {
  utf8::Decoded d = utf8::decodeRune(argString(call, 0));
  call.results[0] = runeWord(d.rune);
  call.results[1] = static_cast<Word>(d.size);
  return NativeResult::Done;
}
NativeResult decodeRune(NativeCall& call) {
  utf8::Decoded d = utf8::decodeRune(byteArg(call, 0));
  call.results[0] = runeWord(d.rune);
  call.results[1] = static_cast<Word>(d.size);
  return NativeResult::Done;
}
NativeResult decodeLastRuneInString(NativeCall& call) {
  utf8::Decoded d = utf8::decodeLastRune(argString(call, 0));
  call.results[0] = runeWord(d.rune);
  call.results[1] = static_cast<Word>(d.size);
  return NativeResult::Done;
}
NativeResult decodeLastRune(NativeCall& call) {
  utf8::Decoded d = utf8::decodeLastRune(byteArg(call, 0));
  call.results[0] = runeWord(d.rune);
  call.results[1] = static_cast<Word>(d.size);
  return NativeResult::Done;
}

// func EncodeRune(p []byte, r rune) int: panics (index out of range) if p is too short, as Go.
NativeResult encodeRune(NativeCall& call) {
  const vm::SliceHeader* p = argSlice(call, 0);
  char buf[4];
  int n = utf8::encodeRune(buf, static_cast<int32_t>(argInt(call, 1)));
  int64_t len = p ? p->len : 0;
  if (len < n) {
    call.panicString(
        "index out of range [" + std::to_string(len) + "] with length " + std::to_string(len),
        true);
    return NativeResult::Done;
  }
  for (int i = 0; i < n; i++) p->data[i] = static_cast<uint8_t>(buf[i]);
  call.results[0] = static_cast<Word>(n);
  return NativeResult::Done;
}

NativeResult fullRuneBytes(NativeCall& call) {
  call.results[0] = fullRune(byteArg(call, 0));
  return NativeResult::Done;
}
NativeResult fullRuneInString(NativeCall& call) {
  call.results[0] = fullRune(argString(call, 0));
  return NativeResult::Done;
}
NativeResult runeCount(NativeCall& call) {
  call.results[0] = static_cast<Word>(utf8::runeCount(byteArg(call, 0)));
  return NativeResult::Done;
}
NativeResult runeCountInString(NativeCall& call) {
  call.results[0] = static_cast<Word>(utf8::runeCount(argString(call, 0)));
  return NativeResult::Done;
}
NativeResult runeLen(NativeCall& call) {
  int64_t r = argInt(call, 0);
  int n = r < INT32_MIN || r > INT32_MAX ? -1 : utf8::runeLen(static_cast<int32_t>(r));
  call.results[0] = static_cast<Word>(static_cast<int64_t>(n));
  return NativeResult::Done;
}
NativeResult valid(NativeCall& call) {
  call.results[0] = utf8::valid(byteArg(call, 0));
  return NativeResult::Done;
}
NativeResult validString(NativeCall& call) {
  call.results[0] = utf8::valid(argString(call, 0));
  return NativeResult::Done;
}

}  // namespace

void registerUtf8(vm::NativeRegistry& r) {
  r.add("unicode/utf8.DecodeLastRune", decodeLastRune);
  r.add("unicode/utf8.DecodeLastRuneInString", decodeLastRuneInString);
  r.add("unicode/utf8.DecodeRune", decodeRune);
  r.add("unicode/utf8.DecodeRuneInString", decodeRuneInString);
  r.add("unicode/utf8.EncodeRune", encodeRune);
  r.add("unicode/utf8.FullRune", fullRuneBytes);
  r.add("unicode/utf8.FullRuneInString", fullRuneInString);
  r.add("unicode/utf8.RuneCount", runeCount);
  r.add("unicode/utf8.RuneCountInString", runeCountInString);
  r.add("unicode/utf8.RuneLen", runeLen);
  r.add("unicode/utf8.Valid", valid);
  r.add("unicode/utf8.ValidString", validString);
}

}  // namespace weft::stdlib
