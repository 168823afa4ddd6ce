// Unicode classification and case mapping with exactly the answers of Go's unicode package
// (the tables are generated from it). Used by the natives of unicode, strings, strconv and fmt.
#pragma once

#include <cstdint>

namespace weft::stdlib::unicode {

constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kReplacementChar = 0xFFFD;

bool isLetter(int32_t r);
bool isUpper(int32_t r);
bool isLower(int32_t r);
bool isTitle(int32_t r);
bool isDigit(int32_t r);
bool isNumber(int32_t r);
bool isMark(int32_t r);
bool isPunct(int32_t r);
bool isSymbol(int32_t r);
bool isSpace(int32_t r);
bool isPrint(int32_t r);  // unicode.IsPrint, which is also strconv.IsPrint
bool isGraphic(int32_t r);
bool isControl(int32_t r);
// unicode.Is(table, r) for the named table `id` (see tables.hpp); false for a bad id.
bool inNamedTable(int64_t id, int32_t r);

enum class Case { Upper = 0, Lower = 1, Title = 2 };
int32_t to(Case c, int32_t r);
int32_t toUpper(int32_t r);
int32_t toLower(int32_t r);
int32_t toTitle(int32_t r);
// The next rune in r's case-folding orbit (unicode.SimpleFold).
int32_t simpleFold(int32_t r);

}  // namespace weft::stdlib::unicode
