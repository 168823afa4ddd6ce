// strconv.ParseInt, ParseUint, Atoi, ParseFloat, ParseBool: Go's syntax rules (ports of atoi.go
// and atof.go's readFloat); std::from_chars does the correctly rounded decimal/hex -> binary
// conversion.
#include <charconv>
#include <cmath>
#include <limits>

#include "stdlib/strconv/strconv.hpp"

namespace weft::stdlib::strconv {
namespace {

char lower(char c) {
  return static_cast<char>(c | ('x' - 'X'));
}

// Underscores must appear only between digits or between a base prefix and a digit.
bool underscoreOK(std::string_view s) {
  char saw = '^';
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';  // a base prefix counts as a digit for "underscore as digit separator"
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
      saw = '0';
      continue;
    }
    if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// The prefix of s that Go's readFloat accepts (0 if none), and whether it was hexadecimal.
struct FloatSyntax {
  std::size_t length = 0;
  bool ok = false;
  bool hex = false;
  bool underscores = false;
  int64_t dp = 0;  // rough decimal (or binary, for hex) exponent of the leading digit
};

FloatSyntax readFloat(std::string_view s) {
  FloatSyntax out;
  std::size_t i = 0;
  if (i >= s.size()) return out;
  if (s[i] == '+' || s[i] == '-') i++;
  int base = 10;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    base = 16;
    i += 2;
    expChar = 'p';
    out.hex = true;
  }
  bool sawdot = false, sawdigits = false;
  int64_t nd = 0, dp = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      out.underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      continue;
    }
    if ((c >= '0' && c <= '9') || (base == 16 && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
      if (c == '0' && nd == 0) {  // leading zeros
        dp--;
        continue;
      }
      nd++;
      continue;
    }
    break;
  }
  if (!sawdigits) return out;
  if (!sawdot) dp = nd;
  if (base == 16) dp *= 4;
  if (i < s.size() && lower(s[i]) == expChar) {
    i++;
    if (i >= s.size()) return out;
    int esign = 1;
    if (s[i] == '+') {
      i++;
    } else if (s[i] == '-') {
      i++;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return out;
    int64_t e = 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') {
        out.underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s[i] - '0');
    }
    dp += e * esign;
  } else if (base == 16) {
    return out;  // a hexadecimal mantissa must have a 'p' exponent
  }
  if (out.underscores && !underscoreOK(s.substr(0, i))) return out;
  out.length = i;
  out.ok = true;
  out.dp = dp;
  return out;
}

std::size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  std::size_t n = std::min(s.size(), prefix.size());
  for (std::size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != prefix[i]) return i;
  }
  return n;
}

// Infinity and NaN spellings ("inf", "+Infinity", "nan"); length 0 if s is not one.
std::size_t special(std::string_view s, double& f) {
  if (s.empty()) return 0;
  double sign = 1;
  std::size_t nsign = 0;
  std::string_view rest = s;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    nsign = 1;
    rest = s.substr(1);
  } else if (s[0] == 'n' || s[0] == 'N') {
    if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
      f = std::numeric_limits<double>::quiet_NaN();
      return 3;
    }
    return 0;
  } else if (s[0] != 'i' && s[0] != 'I') {
    return 0;
  }
  std::size_t n = commonPrefixLenIgnoreCase(rest, "infinity");
  if (3 < n && n < 8) n = 3;  // only "inf" unless the whole "infinity" is there
  if (n == 3 || n == 8) {
    f = sign * std::numeric_limits<double>::infinity();
    return nsign + n;
  }
  return 0;
}

template <class F>
Parsed<double> convert(std::string_view s, const FloatSyntax& syn) {
  // Strip the sign, the 0x prefix and underscores; from_chars does the rounding.
  bool neg = s[0] == '-';
  std::string_view body = (s[0] == '-' || s[0] == '+') ? s.substr(1) : s;
  if (syn.hex) body.remove_prefix(2);
  std::string clean;
  clean.reserve(body.size());
  for (char c : body)
    if (c != '_') clean.push_back(c);
  F value{};
  auto r = std::from_chars(clean.data(), clean.data() + clean.size(), value,
                           syn.hex ? std::chars_format::hex : std::chars_format::general);
  double sign = neg ? -1.0 : 1.0;
  if (r.ec == std::errc::result_out_of_range) {
    // Too large: ±Inf and a range error. Too small: a (signed) zero, as Go.
    if (syn.dp > 0) return {sign * std::numeric_limits<double>::infinity(), ParseError::Range};
    return {sign * 0.0, ParseError::None};
  }
  if (r.ec != std::errc{} || r.ptr != clean.data() + clean.size()) return {0, ParseError::Syntax};
  double v = static_cast<double>(value);
  return {neg ? -v : v, ParseError::None};
}

}  // namespace

Parsed<uint64_t> parseUint(std::string_view s, int base, int bitSize) {
  if (s.empty()) return {0, ParseError::Syntax};
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return {0, ParseError::Base};
  }
  if (bitSize == 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return {0, ParseError::BitSize};
  }
  const uint64_t maxUint64 = std::numeric_limits<uint64_t>::max();
  uint64_t cutoff = maxUint64 / static_cast<uint64_t>(base) + 1;
  uint64_t maxVal = bitSize == 64 ? maxUint64 : (uint64_t(1) << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return {0, ParseError::Syntax};
    }
    if (d >= base) return {0, ParseError::Syntax};
    if (n >= cutoff) return {maxVal, ParseError::Range};
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > maxVal) return {maxVal, ParseError::Range};
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return {0, ParseError::Syntax};
  return {n, ParseError::None};
}

Parsed<int64_t> parseInt(std::string_view s, int base, int bitSize) {
  if (s.empty()) return {0, ParseError::Syntax};
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  Parsed<uint64_t> un = parseUint(s, base, bitSize);
  if (un.error != ParseError::None && un.error != ParseError::Range) return {0, un.error};
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (!neg && un.value >= cutoff) return {static_cast<int64_t>(cutoff - 1), ParseError::Range};
  if (neg && un.value > cutoff) return {-static_cast<int64_t>(cutoff - 1) - 1, ParseError::Range};
  uint64_t v = neg ? 0 - un.value : un.value;
  return {static_cast<int64_t>(v), ParseError::None};
}

Parsed<double> parseFloat(std::string_view s, int bitSize) {
  double f;
  if (std::size_t n = special(s, f)) {
    if (n != s.size()) return {0, ParseError::Syntax};
    return {f, ParseError::None};
  }
  FloatSyntax syn = readFloat(s);
  if (!syn.ok || syn.length != s.size()) return {0, ParseError::Syntax};
  return bitSize == 32 ? convert<float>(s, syn) : convert<double>(s, syn);
}

Parsed<bool> parseBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True")
    return {true, ParseError::None};
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False")
    return {false, ParseError::None};
  return {false, ParseError::Syntax};
}

}  // namespace weft::stdlib::strconv
