// The string algorithms behind package strings' natives, on std::string_view with Go's exact
// semantics (invalid UTF-8, empty separators, ...). Also used by package bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace weft::stdlib::text {

int64_t index(std::string_view s, std::string_view substr);
int64_t lastIndex(std::string_view s, std::string_view substr);
int64_t indexRune(std::string_view s, int32_t r);
int64_t indexAny(std::string_view s, std::string_view chars);
int64_t lastIndexAny(std::string_view s, std::string_view chars);
int64_t count(std::string_view s, std::string_view substr);
bool equalFold(std::string_view s, std::string_view t);

// strings.genericSplit: n < 0 means all; sepSave is 0 (Split) or len(sep) (SplitAfter).
// `isNil` is set when Go returns a nil slice (n == 0).
std::vector<std::string_view> split(std::string_view s, std::string_view sep, bool after, int64_t n,
                                    bool& isNil);
std::vector<std::string_view> fields(std::string_view s);

std::string replace(std::string_view s, std::string_view old, std::string_view nw, int64_t n);
// strings.Replacer semantics over old/new pairs.
std::string replacePairs(const std::vector<std::string_view>& oldnew, std::string_view s);

enum class CaseMap { Upper, Lower, Title };
// ToUpper / ToLower / ToTitle with strings.Map's treatment of invalid UTF-8.
std::string mapCase(std::string_view s, CaseMap c, bool& changed);
std::string title(std::string_view s, bool& changed);
std::string toValidUTF8(std::string_view s, std::string_view replacement);

std::string_view trim(std::string_view s, std::string_view cutset, bool left, bool right);
std::string_view trimSpace(std::string_view s);

}  // namespace weft::stdlib::text
