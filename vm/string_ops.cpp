// Go string operations (see vm/string_ops.hpp).
#include "vm/string_ops.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace weft::vm {

namespace {

uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

uint64_t loadTail(const char* p, std::size_t n) {  // 1 <= n < 8
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ull;

// Go's UTF-8 acceptance ranges for the second byte (unicode/utf8).
struct AcceptRange {
  uint8_t lo, hi;
};

}  // namespace

uint64_t hashBytes(const char* p, std::size_t n) {
  uint64_t h = kP0 ^ n;
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) h = mix(load64(p + i) ^ kP1, load64(p + i + 8) ^ h);
  if (i + 8 <= n) {
    h = mix(load64(p + i) ^ kP2, h ^ kP1);
    i += 8;
  }
  if (i < n) h = mix(loadTail(p + i, n - i) ^ kP1, h ^ kP2);
  return mix(h ^ kP0, n ^ kP1);
}

uint64_t stringHash(const String* s) {
  if (!s) return kP2;
  std::atomic_ref<uint64_t> cached(const_cast<String*>(s)->hash);
  uint64_t h = cached.load(std::memory_order_relaxed);
  if (h) return h;
  h = hashBytes(s->bytes, static_cast<std::size_t>(s->len));
  if (h == 0) h = 1;
  cached.store(h, std::memory_order_relaxed);
  return h;
}

String* concatStrings(Heap& heap, const String* a, const String* b) {
  if (!a) return const_cast<String*>(b);
  if (!b) return const_cast<String*>(a);
  String* r = heap.allocString(static_cast<std::size_t>(a->len + b->len));
  std::memcpy(r->bytes, a->bytes, static_cast<std::size_t>(a->len));
  std::memcpy(r->bytes + a->len, b->bytes, static_cast<std::size_t>(b->len));
  return r;
}

String* concatStrings(Heap& heap, const String* const* parts, std::size_t n) {
  std::size_t total = 0, nonEmpty = 0;
  const String* only = nullptr;
  for (std::size_t i = 0; i < n; ++i) {
    if (!parts[i]) continue;
    total += static_cast<std::size_t>(parts[i]->len);
    ++nonEmpty;
    only = parts[i];
  }
  if (nonEmpty <= 1) return const_cast<String*>(only);
  String* r = heap.allocString(total);
  char* out = r->bytes;
  for (std::size_t i = 0; i < n; ++i) {
    if (!parts[i]) continue;
    std::memcpy(out, parts[i]->bytes, static_cast<std::size_t>(parts[i]->len));
    out += parts[i]->len;
  }
  return r;
}

int compareStrings(const String* a, const String* b) {
  std::string_view x = view(a), y = view(b);
  std::size_t n = std::min(x.size(), y.size());
  if (int c = n ? std::memcmp(x.data(), y.data(), n) : 0) return c;
  return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
}

bool stringsEqual(const String* a, const String* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  return std::memcmp(a->bytes, b->bytes, static_cast<std::size_t>(a->len)) == 0;
}

String* substring(Heap& heap, const String* s, int64_t lo, int64_t hi) {
  if (!s || hi <= lo) return nullptr;
  if (lo == 0 && hi == s->len) return const_cast<String*>(s);
  return heap.newString(std::string_view(s->bytes + lo, static_cast<std::size_t>(hi - lo)));
}

String* stringFromBytes(Heap& heap, const SliceHeader* b) {
  if (!b || b->len == 0) return nullptr;
  String* r = heap.allocString(static_cast<std::size_t>(b->len));
  for (int64_t i = 0; i < b->len; ++i) r->bytes[i] = static_cast<char>(b->data[i]);
  return r;
}

SliceHeader* bytesFromString(Heap& heap, const String* s) {
  int64_t n = s ? s->len : 0;
  Word* data = heap.allocScalarWords(static_cast<std::size_t>(n));
  for (int64_t i = 0; i < n; ++i) data[i] = static_cast<uint8_t>(s->bytes[i]);
  return heap.newSlice(data, n, n);
}

String* stringFromRunes(Heap& heap, const SliceHeader* r) {
  if (!r || r->len == 0) return nullptr;
  char buf[4];
  std::size_t total = 0;
  for (int64_t i = 0; i < r->len; ++i)
    total += static_cast<std::size_t>(encodeRune(static_cast<int32_t>(r->data[i]), buf));
  String* s = heap.allocString(total);
  char* out = s->bytes;
  for (int64_t i = 0; i < r->len; ++i) out += encodeRune(static_cast<int32_t>(r->data[i]), out);
  return s;
}

SliceHeader* runesFromString(Heap& heap, const String* s) {
  int64_t n = runeCount(s);
  Word* data = heap.allocScalarWords(static_cast<std::size_t>(n));
  int64_t k = 0;
  for (int64_t i = 0; s && i < s->len;) {
    DecodedRune d = decodeRuneAt(s, i);
    data[k++] = static_cast<Word>(static_cast<int64_t>(d.rune));
    i += d.width;
  }
  return heap.newSlice(data, n, n);
}

String* stringFromRune(Heap& heap, int64_t r) {
  char buf[4];
  int n = encodeRune(r, buf);
  return heap.newString(std::string_view(buf, static_cast<std::size_t>(n)));
}

DecodedRune decodeRune(const char* p, std::size_t n) {
  if (n == 0) return {kRuneError, 0};
  auto* s = reinterpret_cast<const unsigned char*>(p);
  unsigned char b0 = s[0];
  if (b0 < 0x80) return {b0, 1};
  // Width from the first byte; the second byte's valid range depends on it (this excludes
  // overlong forms, surrogates and values past U+10FFFF, as Go's table does).
  int width;
  AcceptRange acc{0x80, 0xBF};
  int32_t r;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    width = 2;
    r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    width = 3;
    r = b0 & 0x0F;
    if (b0 == 0xE0) acc = {0xA0, 0xBF};
    if (b0 == 0xED) acc = {0x80, 0x9F};
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    width = 4;
    r = b0 & 0x07;
    if (b0 == 0xF0) acc = {0x90, 0xBF};
    if (b0 == 0xF4) acc = {0x80, 0x8F};
  } else {
    return {kRuneError, 1};
  }
  if (n < static_cast<std::size_t>(width)) {
    // Truncated: still an error of width 1 (Go checks the bytes that are there first, but the
    // answer is the same).
    return {kRuneError, 1};
  }
  if (s[1] < acc.lo || s[1] > acc.hi) return {kRuneError, 1};
  r = (r << 6) | (s[1] & 0x3F);
  for (int i = 2; i < width; ++i) {
    if (s[i] < 0x80 || s[i] > 0xBF) return {kRuneError, 1};
    r = (r << 6) | (s[i] & 0x3F);
  }
  return {r, width};
}

int encodeRune(int64_t r, char* out) {
  auto* o = reinterpret_cast<unsigned char*>(out);
  if (r >= 0 && r < 0x80) {
    o[0] = static_cast<unsigned char>(r);
    return 1;
  }
  if (r >= 0 && r < 0x800) {
    o[0] = static_cast<unsigned char>(0xC0 | (r >> 6));
    o[1] = static_cast<unsigned char>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x10000) {
    o[0] = static_cast<unsigned char>(0xE0 | (r >> 12));
    o[1] = static_cast<unsigned char>(0x80 | ((r >> 6) & 0x3F));
    o[2] = static_cast<unsigned char>(0x80 | (r & 0x3F));
    return 3;
  }
  o[0] = static_cast<unsigned char>(0xF0 | (r >> 18));
  o[1] = static_cast<unsigned char>(0x80 | ((r >> 12) & 0x3F));
  o[2] = static_cast<unsigned char>(0x80 | ((r >> 6) & 0x3F));
  o[3] = static_cast<unsigned char>(0x80 | (r & 0x3F));
  return 4;
}

int64_t runeCount(const String* s) {
  if (!s) return 0;
  int64_t n = 0;
  for (int64_t i = 0; i < s->len; ++n) {
    auto c = static_cast<unsigned char>(s->bytes[i]);
    i += c < 0x80 ? 1 : decodeRuneAt(s, i).width;
  }
  return n;
}

}  // namespace weft::vm
