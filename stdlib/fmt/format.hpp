// The raw formatter of package fmt: one operand (integer, float, string, bytes, rune) with the
// flags, width and precision of one verb, appended to a buffer. A port of Go's fmt/format.go;
// the printer (printer.hpp) decides which of these a value and verb call for.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::stdlib::fmt {

struct FmtFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v set plusV / sharpV and clear plus / sharp: they are flagless formats of their
  // own at the top level.
  bool plusV = false;
  bool sharpV = false;
};

inline constexpr const char* kLowerDigits = "0123456789abcdefx";
inline constexpr const char* kUpperDigits = "0123456789ABCDEFX";

class Formatter {
 public:
  explicit Formatter(std::string& buf) : buf_(buf) {}

  FmtFlags flags;
  int wid = 0;
  int prec = 0;

  void clearFlags() { flags = FmtFlags{}; }
  std::string& buffer() { return buf_; }

  void writePadding(int n);
  void pad(std::string_view s);  // width counts runes
  void padString(std::string_view s) { pad(s); }

  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);  // U+0078, or U+0078 'x' with '#'
  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits);
  void fmtS(std::string_view s);
  void fmtBs(std::string_view b) { fmtS(b); }
  // Hexadecimal encoding of the bytes of a string or byte slice.
  void fmtSbx(std::string_view s, const char* digits);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  // `verb` is one of b e E f g G x X (and 'v' is passed as 'g' by the printer); prec -1 is the
  // shortest representation.
  void fmtFloat(double v, int size, int32_t verb, int prec);

 private:
  std::string_view truncate(std::string_view s) const;
  std::string& buf_;
};

}  // namespace weft::stdlib::fmt
