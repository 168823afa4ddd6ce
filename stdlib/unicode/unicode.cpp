// Classification and case mapping over the generated tables (algorithms of Go's unicode
// package: binary search over ranges, the Upper/Lower alternation trick, the fold orbit).
#include "stdlib/unicode/unicode.hpp"

#include <algorithm>

#include "stdlib/unicode/tables.hpp"

namespace weft::stdlib::unicode {
namespace {

bool in(const RangeTable& t, int32_t r) {
  if (r < 0) return false;
  uint32_t u = static_cast<uint32_t>(r);
  const Range* end = t.ranges + t.size;
  // The first range whose hi is >= u.
  const Range* it =
      std::lower_bound(t.ranges, end, u, [](const Range& rg, uint32_t v) { return rg.hi < v; });
  if (it == end || u < it->lo) return false;
  return it->stride == 1 || (u - it->lo) % it->stride == 0;
}

}  // namespace

bool isLetter(int32_t r) {
  if ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) return true;
  return r >= 0x80 && in(letterTable, r);
}
bool isUpper(int32_t r) {
  return in(upperTable, r);
}
bool isLower(int32_t r) {
  return in(lowerTable, r);
}
bool isTitle(int32_t r) {
  return in(titleTable, r);
}
bool isDigit(int32_t r) {
  if (r >= '0' && r <= '9') return true;
  return r >= 0x80 && in(digitTable, r);
}
bool isNumber(int32_t r) {
  return in(numberTable, r);
}
bool isMark(int32_t r) {
  return in(markTable, r);
}
bool isPunct(int32_t r) {
  return in(punctTable, r);
}
bool isSymbol(int32_t r) {
  return in(symbolTable, r);
}
bool isSpace(int32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
      return true;
  }
  return r > 0xFF && in(spaceTable, r);
}
bool isPrint(int32_t r) {
  if (r >= 0x20 && r < 0x7F) return true;
  return r >= 0x80 && in(printTable, r);
}
bool isGraphic(int32_t r) {
  if (r >= 0x20 && r < 0x7F) return true;
  return r >= 0x80 && in(graphicTable, r);
}
bool isControl(int32_t r) {
  return in(controlTable, r);
}

bool inNamedTable(int64_t id, int32_t r) {
  if (id < 0 || static_cast<std::size_t>(id) >= namedTables.size()) return false;
  return in(namedTables[static_cast<std::size_t>(id)], r);
}

int32_t to(Case c, int32_t r) {
  int k = static_cast<int>(c);
  auto it = std::lower_bound(
      caseRanges.begin(), caseRanges.end(), r,
      [](const CaseRange& cr, int32_t v) { return static_cast<int32_t>(cr.hi) < v; });
  if (it == caseRanges.end() || r < static_cast<int32_t>(it->lo)) return r;
  int32_t delta = it->delta[k];
  if (delta > kMaxRune) {
    // Alternating Upper/Lower sequence starting with an upper-case letter: even offsets are
    // upper case, odd ones lower; Upper and Title are even, Lower is odd.
    int32_t lo = static_cast<int32_t>(it->lo);
    return lo + (((r - lo) & ~1) | (k & 1));
  }
  return r + delta;
}

int32_t toUpper(int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - ('a' - 'A') : r;
  return to(Case::Upper, r);
}
int32_t toLower(int32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + ('a' - 'A') : r;
  return to(Case::Lower, r);
}
int32_t toTitle(int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') ? r - ('a' - 'A') : r;
  return to(Case::Title, r);
}

int32_t simpleFold(int32_t r) {
  if (r < 0 || r > kMaxRune) return r;
  auto it = std::lower_bound(
      caseOrbit.begin(), caseOrbit.end(), r,
      [](const FoldPair& p, int32_t v) { return static_cast<int32_t>(p.from) < v; });
  if (it != caseOrbit.end() && static_cast<int32_t>(it->from) == r)
    return static_cast<int32_t>(it->to);
  if (int32_t l = toLower(r); l != r) return l;
  return toUpper(r);
}

}  // namespace weft::stdlib::unicode
