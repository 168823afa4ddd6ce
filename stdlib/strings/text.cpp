// Ports of Go's strings algorithms (see text.hpp).
#include "stdlib/strings/text.hpp"

#include <algorithm>

#include "stdlib/unicode/unicode.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"

namespace weft::stdlib::text {
namespace {

// The rune at s[i] and its width; bytes >= 0x80 that do not start valid UTF-8 are (RuneError, 1).
utf8::Decoded runeAt(std::string_view s, std::size_t i) {
  auto c = static_cast<uint8_t>(s[i]);
  if (c < utf8::kRuneSelf) return {c, 1};
  return utf8::decodeRune(s.substr(i));
}

bool containsRune(std::string_view s, int32_t r) {
  return indexRune(s, r) >= 0;
}

}  // namespace

int64_t index(std::string_view s, std::string_view substr) {
  std::size_t i = s.find(substr);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

int64_t lastIndex(std::string_view s, std::string_view substr) {
  std::size_t i = s.rfind(substr);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

int64_t indexRune(std::string_view s, int32_t r) {
  if (r >= 0 && r < utf8::kRuneSelf) {
    std::size_t i = s.find(static_cast<char>(r));
    return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
  }
  if (r == utf8::kRuneError) {
    for (std::size_t i = 0; i < s.size();) {
      utf8::Decoded d = runeAt(s, i);
      if (d.rune == utf8::kRuneError) return static_cast<int64_t>(i);
      i += static_cast<std::size_t>(d.size);
    }
    return -1;
  }
  if (!utf8::validRune(r)) return -1;
  char buf[4];
  return index(s, std::string_view(buf, static_cast<std::size_t>(utf8::encodeRune(buf, r))));
}

int64_t indexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (std::size_t i = 0; i < s.size();) {
    utf8::Decoded d = runeAt(s, i);
    if (containsRune(chars, d.rune)) return static_cast<int64_t>(i);
    i += static_cast<std::size_t>(d.size);
  }
  return -1;
}

int64_t lastIndexAny(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (std::size_t i = s.size(); i > 0;) {
    utf8::Decoded d = utf8::decodeLastRune(s.substr(0, i));
    i -= static_cast<std::size_t>(d.size);
    if (containsRune(chars, d.rune)) return static_cast<int64_t>(i);
  }
  return -1;
}

int64_t count(std::string_view s, std::string_view substr) {
  if (substr.empty()) return utf8::runeCount(s) + 1;
  int64_t n = 0;
  for (std::size_t i = s.find(substr); i != std::string_view::npos;
       i = s.find(substr, i + substr.size()))
    n++;
  return n;
}

bool equalFold(std::string_view s, std::string_view t) {
  std::size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    utf8::Decoded a = runeAt(s, i), b = runeAt(t, j);
    i += static_cast<std::size_t>(a.size);
    j += static_cast<std::size_t>(b.size);
    int32_t sr = a.rune, tr = b.rune;
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < utf8::kRuneSelf) {  // ASCII only: sr/tr must be upper/lower case
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    // SimpleFold(x) returns the next equivalent rune > x or wraps around to smaller values.
    int32_t r = unicode::simpleFold(sr);
    while (r != sr && r < tr) r = unicode::simpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return i == s.size() && j == t.size();
}

std::vector<std::string_view> split(std::string_view s, std::string_view sep, bool after, int64_t n,
                                    bool& isNil) {
  std::vector<std::string_view> a;
  isNil = n == 0;
  if (n == 0) return a;
  if (sep.empty()) {  // explode into UTF-8 sequences
    int64_t l = utf8::runeCount(s);
    if (n < 0 || n > l) n = l;
    for (int64_t k = 0; k + 1 < n; k++) {
      auto size = static_cast<std::size_t>(runeAt(s, 0).size);
      a.push_back(s.substr(0, size));
      s.remove_prefix(size);
    }
    if (n > 0) a.push_back(s);
    return a;
  }
  if (n < 0) n = count(s, sep) + 1;
  if (n > static_cast<int64_t>(s.size()) + 1) n = static_cast<int64_t>(s.size()) + 1;
  std::size_t sepSave = after ? sep.size() : 0;
  for (int64_t k = 0; k + 1 < n; k++) {
    std::size_t m = s.find(sep);
    if (m == std::string_view::npos) break;
    a.push_back(s.substr(0, m + sepSave));
    s.remove_prefix(m + sep.size());
  }
  a.push_back(s);
  return a;
}

std::vector<std::string_view> fields(std::string_view s) {
  std::vector<std::string_view> a;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < s.size();) {
    utf8::Decoded d = runeAt(s, i);
    if (unicode::isSpace(d.rune)) {
      if (start != std::string_view::npos) {
        a.push_back(s.substr(start, i - start));
        start = std::string_view::npos;
      }
    } else if (start == std::string_view::npos) {
      start = i;
    }
    i += static_cast<std::size_t>(d.size);
  }
  if (start != std::string_view::npos) a.push_back(s.substr(start));
  return a;
}

std::string replace(std::string_view s, std::string_view old, std::string_view nw, int64_t n) {
  if (old == nw || n == 0) return std::string(s);
  int64_t m = count(s, old);
  if (m == 0) return std::string(s);
  if (n < 0 || m < n) n = m;
  std::string b;
  b.reserve(s.size() +
            static_cast<std::size_t>(std::max<int64_t>(0, n * static_cast<int64_t>(nw.size()))));
  std::size_t start = 0;
  for (int64_t k = 0; k < n; k++) {
    std::size_t j = start;
    if (old.empty()) {
      if (k > 0) j += static_cast<std::size_t>(runeAt(s, start).size);
    } else {
      j = s.find(old, start);
    }
    b.append(s.substr(start, j - start));
    b.append(nw);
    start = j + old.size();
  }
  b.append(s.substr(start));
  return b;
}

std::string replacePairs(const std::vector<std::string_view>& oldnew, std::string_view s) {
  // At each byte position the first pair (in argument order) whose old string is a prefix of
  // the rest wins; an empty old string matches everywhere except right after an empty match
  // (Go's genericReplacer).
  std::string out;
  out.reserve(s.size());
  std::size_t last = 0;
  bool prevMatchEmpty = false;
  for (std::size_t i = 0; i <= s.size();) {
    const std::string_view* match = nullptr;
    for (std::size_t k = 0; k + 1 < oldnew.size(); k += 2) {
      std::string_view old = oldnew[k];
      if (old.empty() && prevMatchEmpty) continue;
      if (s.substr(i).starts_with(old)) {
        match = &oldnew[k];
        break;
      }
    }
    prevMatchEmpty = match && match->empty();
    if (match) {
      out.append(s.substr(last, i - last));
      out.append(match[1]);
      i += match->size();
      last = i;
      continue;
    }
    i++;
  }
  if (last < s.size()) out.append(s.substr(last));
  return out;
}

namespace {

// strings.Map with a rune mapping: unchanged input comes back as is (invalid bytes included
// only if nothing needs replacing); otherwise invalid bytes become U+FFFD.
template <class F>
std::string mapRunes(std::string_view s, F mapping, bool& changed) {
  changed = false;
  std::string b;
  for (std::size_t i = 0; i < s.size();) {
    utf8::Decoded d = runeAt(s, i);
    int32_t r = mapping(d.rune);
    if (!changed) {
      if (r == d.rune && (d.rune != utf8::kRuneError || d.size != 1)) {
        i += static_cast<std::size_t>(d.size);
        continue;
      }
      changed = true;
      b.reserve(s.size() + utf8::kUTFMax);
      b.append(s.substr(0, i));
    }
    if (r >= 0) utf8::appendRune(b, r);
    i += static_cast<std::size_t>(d.size);
  }
  return changed ? b : std::string(s);
}

bool isSeparator(int32_t r) {
  if (r <= 0x7F) {
    if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
      return false;
    return true;
  }
  if (unicode::isLetter(r) || unicode::isDigit(r)) return false;
  return unicode::isSpace(r);
}

}  // namespace

std::string mapCase(std::string_view s, CaseMap c, bool& changed) {
  switch (c) {
    case CaseMap::Upper:
      return mapRunes(s, unicode::toUpper, changed);
    case CaseMap::Lower:
      return mapRunes(s, unicode::toLower, changed);
    case CaseMap::Title:
      return mapRunes(s, unicode::toTitle, changed);
  }
  return std::string(s);
}

std::string title(std::string_view s, bool& changed) {
  int32_t prev = ' ';
  return mapRunes(
      s,
      [&](int32_t r) {
        int32_t out = isSeparator(prev) ? unicode::toTitle(r) : r;
        prev = r;
        return out;
      },
      changed);
}

std::string toValidUTF8(std::string_view s, std::string_view replacement) {
  std::string b;
  bool invalid = false;  // the previous byte was from an invalid UTF-8 sequence
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<uint8_t>(s[i]);
    if (c < utf8::kRuneSelf) {
      i++;
      invalid = false;
      b.push_back(static_cast<char>(c));
      continue;
    }
    utf8::Decoded d = utf8::decodeRune(s.substr(i));
    if (d.size == 1) {
      i++;
      if (!invalid) {
        invalid = true;
        b.append(replacement);
      }
      continue;
    }
    invalid = false;
    b.append(s.substr(i, static_cast<std::size_t>(d.size)));
    i += static_cast<std::size_t>(d.size);
  }
  return b;
}

std::string_view trim(std::string_view s, std::string_view cutset, bool left, bool right) {
  if (s.empty() || cutset.empty()) return s;
  if (left) {
    while (!s.empty()) {
      utf8::Decoded d = runeAt(s, 0);
      if (!containsRune(cutset, d.rune)) break;
      s.remove_prefix(static_cast<std::size_t>(d.size));
    }
  }
  if (right) {
    while (!s.empty()) {
      auto c = static_cast<uint8_t>(s.back());
      utf8::Decoded d = c < utf8::kRuneSelf ? utf8::Decoded{c, 1} : utf8::decodeLastRune(s);
      if (!containsRune(cutset, d.rune)) break;
      s.remove_suffix(static_cast<std::size_t>(d.size));
    }
  }
  return s;
}

std::string_view trimSpace(std::string_view s) {
  while (!s.empty()) {
    utf8::Decoded d = runeAt(s, 0);
    if (!unicode::isSpace(d.rune)) break;
    s.remove_prefix(static_cast<std::size_t>(d.size));
  }
  while (!s.empty()) {
    utf8::Decoded d = utf8::decodeLastRune(s);
    if (!unicode::isSpace(d.rune)) break;
    s.remove_suffix(static_cast<std::size_t>(d.size));
  }
  return s;
}

}  // namespace weft::stdlib::text
