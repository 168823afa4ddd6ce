// Operations on Go strings (vm::String*, null is ""): concatenation, comparison, hashing,
// substrings, conversions to and from []byte and []rune, and UTF-8 exactly as Go decodes it.
//
// Every function that makes a string or slice allocates through the Heap and returns null for
// the empty string. Slices of byte and rune hold one Word per element (docs/architecture.md):
// a byte zero-extended, a rune (int32) sign-extended.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/heap.hpp"
#include "vm/object.hpp"

namespace weft::vm {

constexpr int32_t kRuneError = 0xFFFD;  // utf8.RuneError
constexpr int32_t kMaxRune = 0x10FFFF;

// a + b. Returns one operand unchanged when the other is empty (strings are immutable).
String* concatStrings(Heap& heap, const String* a, const String* b);
// parts[0] + ... + parts[n-1] in one allocation.
String* concatStrings(Heap& heap, const String* const* parts, std::size_t n);

// Byte-wise comparison, as Go's < and ==: negative, zero or positive.
int compareStrings(const String* a, const String* b);
bool stringsEqual(const String* a, const String* b);

// A seed-independent hash of the bytes, cached in the String (never 0 once computed).
uint64_t stringHash(const String* s);
uint64_t hashBytes(const char* p, std::size_t n);

// s[lo:hi] as a new string (0 <= lo <= hi <= len(s): the caller checks Go's bounds).
String* substring(Heap& heap, const String* s, int64_t lo, int64_t hi);

// string(b) for b []byte, and []byte(s) (a new backing array; cap == len).
String* stringFromBytes(Heap& heap, const SliceHeader* b);
SliceHeader* bytesFromString(Heap& heap, const String* s);
// string(r) for r []rune, and []rune(s).
String* stringFromRunes(Heap& heap, const SliceHeader* r);
SliceHeader* runesFromString(Heap& heap, const String* s);
// string(rune(r)): the UTF-8 encoding of r; U+FFFD for surrogates, negatives, > U+10FFFF.
String* stringFromRune(Heap& heap, int64_t r);

// utf8.DecodeRune: the first rune of p[0:n] and its width. Invalid or truncated encodings
// decode as (U+FFFD, 1); n == 0 gives (U+FFFD, 0).
struct DecodedRune {
  int32_t rune;
  int32_t width;
};
DecodedRune decodeRune(const char* p, std::size_t n);
// The rune starting at byte i of s (for `range` over a string; 0 <= i < len(s)).
inline DecodedRune decodeRuneAt(const String* s, int64_t i) {
  return decodeRune(s->bytes + i, static_cast<std::size_t>(s->len - i));
}
// utf8.EncodeRune into out (4 bytes of room); returns the number of bytes written.
int encodeRune(int64_t r, char* out);
// utf8.RuneCountInString.
int64_t runeCount(const String* s);

}  // namespace weft::vm
