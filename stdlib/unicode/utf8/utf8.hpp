// UTF-8 decoding and encoding with the exact semantics of Go's unicode/utf8: an invalid or
// truncated sequence (overlong forms and surrogates included) decodes as (RuneError, 1);
// encoding an invalid rune writes RuneError.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::stdlib::utf8 {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kRuneSelf = 0x80;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int kUTFMax = 4;

struct Decoded {
  int32_t rune;
  int size;  // bytes consumed; 0 only for empty input
};

inline Decoded decodeRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  auto b = [&](std::size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) return {c0, 1};
  auto cont = [&](std::size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c0 < 0xC2) return {kRuneError, 1};  // continuation byte or overlong 2-byte lead
  if (c0 < 0xE0) {
    if (!cont(1)) return {kRuneError, 1};
    return {(int32_t(c0 & 0x1F) << 6) | (b(1) & 0x3F), 2};
  }
  if (c0 < 0xF0) {
    // Second byte range excludes overlong forms (E0 80..9F) and surrogates (ED A0..BF).
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (s.size() < 2 || b(1) < lo || b(1) > hi || !cont(2)) return {kRuneError, 1};
    return {(int32_t(c0 & 0x0F) << 12) | (int32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
  }
  if (c0 < 0xF5) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (s.size() < 2 || b(1) < lo || b(1) > hi || !cont(2) || !cont(3)) return {kRuneError, 1};
    return {(int32_t(c0 & 0x07) << 18) | (int32_t(b(1) & 0x3F) << 12) |
                (int32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F),
            4};
  }
  return {kRuneError, 1};
}

// The last rune of s (utf8.DecodeLastRuneInString).
inline Decoded decodeLastRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  std::size_t end = s.size();
  if (static_cast<uint8_t>(s[end - 1]) < 0x80) return {static_cast<uint8_t>(s[end - 1]), 1};
  // Back up over at most UTFMax-1 continuation bytes to a possible start byte.
  std::size_t lim = end >= kUTFMax ? end - kUTFMax : 0;
  std::size_t start = end - 1;
  while (start > lim && (static_cast<uint8_t>(s[start]) & 0xC0) == 0x80) start--;
  Decoded d = decodeRune(s.substr(start, end - start));
  if (start + d.size != end) return {kRuneError, 1};
  return d;
}

inline bool validRune(int32_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune);
}

inline int runeLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

// Writes the encoding of r (RuneError if r is invalid) to out; returns the byte count.
inline int encodeRune(char* out, int32_t r) {
  if (!validRune(r)) r = kRuneError;
  if (r < 0x80) {
    out[0] = static_cast<char>(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = static_cast<char>(0xC0 | (r >> 6));
    out[1] = static_cast<char>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (r >> 12));
    out[1] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (r >> 18));
  out[1] = static_cast<char>(0x80 | ((r >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (r & 0x3F));
  return 4;
}

inline void appendRune(std::string& out, int32_t r) {
  char buf[4];
  out.append(buf, static_cast<std::size_t>(encodeRune(buf, r)));
}

inline int64_t runeCount(std::string_view s) {
  int64_t n = 0;
  for (std::size_t i = 0; i < s.size(); n++) {
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      i++;
    } else {
      i += static_cast<std::size_t>(decodeRune(s.substr(i)).size);
    }
  }
  return n;
}

inline bool valid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<uint8_t>(s[i]) < 0x80) {
      i++;
      continue;
    }
    Decoded d = decodeRune(s.substr(i));
    if (d.rune == kRuneError && d.size == 1) return false;
    i += static_cast<std::size_t>(d.size);
  }
  return true;
}

}  // namespace weft::stdlib::utf8
