// String operations of the interpreter: concatenation, comparison, UTF-8, conversions.
#include <cstring>

#include "lang/types.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm::rt {

String* concat(Heap& heap, const String* a, const String* b) {
  if (!a) return const_cast<String*>(b);
  if (!b) return const_cast<String*>(a);
  String* s = heap.allocString(a->len + b->len);
  std::memcpy(s->bytes, a->bytes, a->len);
  std::memcpy(s->bytes + a->len, b->bytes, b->len);
  return s;
}

String* concatN(Heap& heap, const Word* parts, std::size_t n) {
  int64_t total = 0;
  const String* only = nullptr;
  int nonEmpty = 0;
  for (std::size_t i = 0; i < n; i++) {
    auto* p = asPtr<const String>(parts[i]);
    if (p) total += p->len, only = p, nonEmpty++;
  }
  if (nonEmpty <= 1) return const_cast<String*>(only);
  String* s = heap.allocString(total);
  char* out = s->bytes;
  for (std::size_t i = 0; i < n; i++) {
    auto* p = asPtr<const String>(parts[i]);
    if (p) std::memcpy(out, p->bytes, p->len), out += p->len;
  }
  return s;
}

bool strEqual(const String* a, const String* b) {
  if (a == b) return true;
  int64_t la = a ? a->len : 0, lb = b ? b->len : 0;
  if (la != lb) return false;
  return la == 0 || std::memcmp(a->bytes, b->bytes, la) == 0;
}

int strCompare(const String* a, const String* b) {
  if (a == b) return 0;
  int64_t la = a ? a->len : 0, lb = b ? b->len : 0;
  int64_t n = la < lb ? la : lb;
  if (n > 0) {
    int c = std::memcmp(a->bytes, b->bytes, n);
    if (c != 0) return c;
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

void appendRuneUtf8(std::string& out, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

int32_t decodeRune(const unsigned char* s, int64_t n, int64_t i, int64_t* width) {
  *width = 1;
  unsigned c0 = s[i];
  if (c0 < 0x80) return static_cast<int32_t>(c0);
  auto cont = [&](int64_t j) { return j < n && (s[j] & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(i + 1)) return 0xFFFD;
    *width = 2;
    return static_cast<int32_t>(((c0 & 0x1F) << 6) | (s[i + 1] & 0x3F));
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    if (i + 1 >= n) return 0xFFFD;
    unsigned c1 = s[i + 1];
    unsigned lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (c1 < lo || c1 > hi || !cont(i + 2)) return 0xFFFD;
    *width = 3;
    return static_cast<int32_t>(((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (s[i + 2] & 0x3F));
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    if (i + 1 >= n) return 0xFFFD;
    unsigned c1 = s[i + 1];
    unsigned lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (c1 < lo || c1 > hi || !cont(i + 2) || !cont(i + 3)) return 0xFFFD;
    *width = 4;
    return static_cast<int32_t>(((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) |
                                ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F));
  }
  return 0xFFFD;
}

String* runeToString(Heap& heap, int64_t rune) {
  std::string buf;
  appendRuneUtf8(buf, rune);
  return heap.newString(buf);
}

String* bytesToString(Heap& heap, const SliceHeader* bytes) {
  if (!bytes || bytes->len == 0) return nullptr;
  String* s = heap.allocString(bytes->len);
  for (int64_t i = 0; i < bytes->len; i++) s->bytes[i] = static_cast<char>(bytes->data[i]);
  return s;
}

String* runesToString(Heap& heap, const SliceHeader* runes) {
  if (!runes || runes->len == 0) return nullptr;
  std::string buf;
  for (int64_t i = 0; i < runes->len; i++)
    appendRuneUtf8(buf, static_cast<int32_t>(runes->data[i]));
  return heap.newString(buf);
}

SliceHeader* stringToBytes(Heap& heap, const types::Type* byteType, const String* s) {
  int64_t n = s ? s->len : 0;
  Word* data = heap.allocStorage(byteType, n);
  for (int64_t i = 0; i < n; i++) data[i] = static_cast<unsigned char>(s->bytes[i]);
  return heap.newSlice(data, n, n);
}

SliceHeader* stringToRunes(Heap& heap, const types::Type* runeType, const String* s) {
  int64_t n = s ? s->len : 0;
  auto* p = s ? reinterpret_cast<const unsigned char*>(s->bytes) : nullptr;
  int64_t count = 0;
  for (int64_t i = 0, w = 0; i < n; i += w) decodeRune(p, n, i, &w), count++;
  Word* data = heap.allocStorage(runeType, count);
  int64_t k = 0;
  for (int64_t i = 0, w = 0; i < n; i += w) data[k++] = static_cast<Word>(static_cast<int64_t>(decodeRune(p, n, i, &w)));
  return heap.newSlice(data, count, count);
}

String* substring(Heap& heap, const String* s, int64_t lo, int64_t hi) {
  if (hi <= lo) return nullptr;
  if (lo == 0 && s && hi == s->len) return const_cast<String*>(s);
  return heap.newString(std::string_view(s->bytes + lo, hi - lo));
}

}  // namespace weft::vm::rt
