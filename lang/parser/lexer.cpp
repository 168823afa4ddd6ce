// The Go lexer. Follows cmd/compile/internal/syntax/scanner.go and source.go closely, including
// the error wording and positions, so that Weft reports lexical errors exactly like `go build`.
#include "lang/parser/lexer.hpp"

#include <cstdio>

#include "lang/parser/unicode.hpp"

namespace weft::lang::parser {
namespace {

constexpr int32_t kEOF = -1;
constexpr int32_t kBOM = 0xFEFF;

bool isLetterASCII(int32_t c) {
  return ('a' <= (c | 0x20) && (c | 0x20) <= 'z') || c == '_';
}
bool isDecimal(int32_t c) {
  return '0' <= c && c <= '9';
}
bool isHex(int32_t c) {
  return isDecimal(c) || ('a' <= (c | 0x20) && (c | 0x20) <= 'f');
}
int32_t lower(int32_t c) {
  return c | 0x20;
}

const char* baseName(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

// Index of the first invalid '_' separator in a number literal, or -1 (Go's invalidSep).
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';
  int32_t d = '.';
  std::size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

class Lexer {
 public:
  Lexer(std::string_view src, std::size_t maxErrors, LexResult& out)
      : src_(src), maxErrors_(maxErrors), out_(out) {}

  void run() {
    // A leading "#!" line is ignored; the newline ending it stays, so positions are unchanged.
    if (src_.size() >= 2 && src_[0] == '#' && src_[1] == '!') {
      while (r_ < src_.size() && src_[r_] != '\n') r_++;
      col_ = static_cast<uint32_t>(r_) + 1;
      chw_ = 0;
    }
    nextch();
    for (;;) {
      if (out_.diagnostics.size() >= maxErrors_) {
        // Too many errors: end the token stream here.
        push(Tok::EndOfFile, pos(), {});
        return;
      }
      next();
      if (out_.tokens.back().kind == Tok::EndOfFile) return;
    }
  }

 private:
  // --- source reading (source.go) ---

  // Reads the next character into ch_, skipping (and reporting) NUL, invalid UTF-8 and BOMs.
  void nextch() {
  redo:
    col_ += chw_;
    if (ch_ == '\n') {
      line_++;
      col_ = 1;
    }
    chOff_ = r_;
    if (r_ >= src_.size()) {
      ch_ = kEOF;
      chw_ = 0;
      return;
    }
    unsigned char b = static_cast<unsigned char>(src_[r_]);
    if (b < 0x80) {
      ch_ = b;
      chw_ = 1;
      r_++;
      if (ch_ == 0) {
        error(pos(), "invalid NUL character");
        goto redo;
      }
      return;
    }
    auto [cp, w] = decodeRune(src_, r_);
    ch_ = cp;
    chw_ = static_cast<uint32_t>(w);
    r_ += w;
    if (cp == kRuneError && w == 1) {
      error(pos(), "invalid UTF-8 encoding");
      goto redo;
    }
    if (cp == kBOM) {
      if (line_ > 1 || col_ > 1) error(pos(), "invalid BOM in the middle of the file");
      goto redo;
    }
  }

  ast::Pos pos() const { return ast::Pos{line_, col_, static_cast<uint32_t>(chOff_)}; }

  void error(ast::Pos p, std::string msg) {
    if (out_.diagnostics.size() >= maxErrors_) return;
    out_.diagnostics.push_back(Diagnostic{"", p, std::move(msg)});
  }
  // An error at byte `offset` from the start of the current token (Go's errorAtf).
  void errorAt(std::size_t offset, std::string msg) {
    ast::Pos p = start_;
    p.col += static_cast<uint32_t>(offset);
    p.offset += static_cast<uint32_t>(offset);
    error(p, std::move(msg));
  }

  void push(Tok kind, ast::Pos p, std::string_view text, std::string value = {}, bool bad = false) {
    if (kind != Tok::Semicolon && kind != Tok::EndOfFile) attachDoc(p.line);
    out_.tokens.push_back(Token{kind, p, text, std::move(value), bad});
  }
  std::string_view segment() const { return src_.substr(start_.offset, chOff_ - start_.offset); }

  // --- tokens (scanner.go) ---

  void next() {
    bool nlsemi = nlsemi_;
    nlsemi_ = false;
  redo:
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

    start_ = pos();
    if (isLetterASCII(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
      nextch();
      ident();
      return;
    }

    Tok tok;
    switch (ch_) {
      case kEOF:
        if (nlsemi) {
          push(Tok::Semicolon, start_, "EOF");
          nlsemi_ = false;
        }
        push(Tok::EndOfFile, start_, {});
        return;
      case '\n':
        nextch();
        push(Tok::Semicolon, start_, "newline");
        return;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        number(false);
        return;
      case '"':
        stdString();
        return;
      case '`':
        rawString();
        return;
      case '\'':
        rune();
        return;
      case '(':
        nextch();
        tok = Tok::LParen;
        break;
      case '[':
        nextch();
        tok = Tok::LBrack;
        break;
      case '{':
        nextch();
        tok = Tok::LBrace;
        break;
      case ',':
        nextch();
        tok = Tok::Comma;
        break;
      case ';':
        nextch();
        push(Tok::Semicolon, start_, "semicolon");
        return;
      case ')':
        nextch();
        nlsemi_ = true;
        tok = Tok::RParen;
        break;
      case ']':
        nextch();
        nlsemi_ = true;
        tok = Tok::RBrack;
        break;
      case '}':
        nextch();
        nlsemi_ = true;
        tok = Tok::RBrace;
        break;
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Tok::Define;
        } else {
          tok = Tok::Colon;
        }
        break;
      case '.':
        nextch();
        if (isDecimal(ch_)) {
          number(true);
          return;
        }
        if (ch_ == '.' && r_ < src_.size() && src_[r_] == '.') {
          nextch();
          nextch();
          tok = Tok::Ellipsis;
        } else {
          tok = Tok::Period;
        }
        break;
      case '+':
        nextch();
        if (ch_ == '+') {
          nextch();
          nlsemi_ = true;
          tok = Tok::Inc;
        } else {
          tok = assignOp(Tok::Add, Tok::AddAssign);
        }
        break;
      case '-':
        nextch();
        if (ch_ == '-') {
          nextch();
          nlsemi_ = true;
          tok = Tok::Dec;
        } else {
          tok = assignOp(Tok::Sub, Tok::SubAssign);
        }
        break;
      case '*':
        nextch();
        tok = assignOp(Tok::Mul, Tok::MulAssign);
        break;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          lineComment();
          goto redo;
        }
        if (ch_ == '*') {
          nextch();
          bool multiLine = fullComment();
          if (multiLine && nlsemi) {
            // A multi-line comment acts like a newline.
            push(Tok::Semicolon, start_, "newline");
            return;
          }
          goto redo;
        }
        tok = assignOp(Tok::Quo, Tok::QuoAssign);
        break;
      case '%':
        nextch();
        tok = assignOp(Tok::Rem, Tok::RemAssign);
        break;
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          tok = Tok::LAnd;
        } else if (ch_ == '^') {
          nextch();
          tok = assignOp(Tok::AndNot, Tok::AndNotAssign);
        } else {
          tok = assignOp(Tok::And, Tok::AndAssign);
        }
        break;
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          tok = Tok::LOr;
        } else {
          tok = assignOp(Tok::Or, Tok::OrAssign);
        }
        break;
      case '^':
        nextch();
        tok = assignOp(Tok::Xor, Tok::XorAssign);
        break;
      case '<':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Tok::Leq;
        } else if (ch_ == '<') {
          nextch();
          tok = assignOp(Tok::Shl, Tok::ShlAssign);
        } else if (ch_ == '-') {
          nextch();
          tok = Tok::Arrow;
        } else {
          tok = Tok::Lss;
        }
        break;
      case '>':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Tok::Geq;
        } else if (ch_ == '>') {
          nextch();
          tok = assignOp(Tok::Shr, Tok::ShrAssign);
        } else {
          tok = Tok::Gtr;
        }
        break;
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Tok::Eql;
        } else {
          tok = Tok::Assign;
        }
        break;
      case '!':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Tok::Neq;
        } else {
          tok = Tok::Not;
        }
        break;
      case '~':
        nextch();
        tok = Tok::Tilde;
        break;
      default:
        error(pos(), "invalid character " + formatU(ch_));
        nextch();
        if (out_.diagnostics.size() >= maxErrors_) {
          push(Tok::EndOfFile, pos(), {});
          return;
        }
        goto redo;
    }
    push(tok, start_, segment());
  }

  Tok assignOp(Tok op, Tok opAssign) {
    if (ch_ == '=') {
      nextch();
      return opAssign;
    }
    return op;
  }

  bool atIdentChar(bool first) {
    if (isUnicodeLetter(ch_) || ch_ == '_') return true;
    if (isUnicodeDigit(ch_)) {
      if (first) error(pos(), "identifier cannot begin with digit " + formatU(ch_));
      return true;
    }
    if (ch_ >= 0x80) {
      error(pos(), "invalid character " + formatU(ch_) + " in identifier");
      return true;
    }
    return false;
  }

  void ident() {
    while (isLetterASCII(ch_) || isDecimal(ch_)) nextch();
    if (ch_ >= 0x80) {
      while (atIdentChar(false)) nextch();
    }
    std::string_view lit = segment();
    Tok kw = keyword(lit);
    if (kw != Tok::Ident) {
      nlsemi_ =
          kw == Tok::Break || kw == Tok::Continue || kw == Tok::Fallthrough || kw == Tok::Return;
      push(kw, start_, lit);
      return;
    }
    nlsemi_ = true;
    push(Tok::Ident, start_, lit);
  }

  static Tok keyword(std::string_view s) {
    static constexpr std::pair<std::string_view, Tok> kKeywords[] = {
        {"break", Tok::Break},
        {"case", Tok::Case},
        {"chan", Tok::Chan},
        {"const", Tok::Const},
        {"continue", Tok::Continue},
        {"default", Tok::Default},
        {"defer", Tok::Defer},
        {"else", Tok::Else},
        {"fallthrough", Tok::Fallthrough},
        {"for", Tok::For},
        {"func", Tok::Func},
        {"go", Tok::Go},
        {"goto", Tok::Goto},
        {"if", Tok::If},
        {"import", Tok::Import},
        {"interface", Tok::Interface},
        {"map", Tok::Map},
        {"package", Tok::Package},
        {"range", Tok::Range},
        {"return", Tok::Return},
        {"select", Tok::Select},
        {"struct", Tok::Struct},
        {"switch", Tok::Switch},
        {"type", Tok::Type},
        {"var", Tok::Var},
    };
    if (s.size() < 2 || s.size() > 11) return Tok::Ident;
    for (auto& [word, tok] : kKeywords)
      if (word[0] == s[0] && word == s) return tok;
    return Tok::Ident;
  }

  // Go's digits(): accepts { digit | '_' }; for base <= 10 records the index of the first digit
  // >= base in *invalid. Returns bit 0: digits present, bit 1: '_' present.
  int digits(int base, int* invalid) {
    int digsep = 0;
    if (base <= 10) {
      int32_t max = '0' + base;
      while (isDecimal(ch_) || ch_ == '_') {
        int ds = 1;
        if (ch_ == '_') {
          ds = 2;
        } else if (ch_ >= max && invalid && *invalid < 0) {
          *invalid = static_cast<int>(chOff_ - start_.offset);
        }
        digsep |= ds;
        nextch();
      }
    } else {
      while (isHex(ch_) || ch_ == '_') {
        digsep |= ch_ == '_' ? 2 : 1;
        nextch();
      }
    }
    return digsep;
  }

  void number(bool seenPoint) {
    bool ok = true;
    Tok kind = Tok::Int;
    int base = 10;
    int32_t prefix = 0;
    int digsep = 0;
    int invalid = -1;

    if (!seenPoint) {
      if (ch_ == '0') {
        nextch();
        switch (lower(ch_)) {
          case 'x':
            nextch();
            base = 16;
            prefix = 'x';
            break;
          case 'o':
            nextch();
            base = 8;
            prefix = 'o';
            break;
          case 'b':
            nextch();
            base = 2;
            prefix = 'b';
            break;
          default:
            base = 8;
            prefix = '0';
            digsep = 1;
            break;
        }
      }
      digsep |= digits(base, &invalid);
      if (ch_ == '.') {
        if (prefix == 'o' || prefix == 'b') {
          error(pos(), std::string("invalid radix point in ") + baseName(base) + " literal");
          ok = false;
        }
        nextch();
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = Tok::Float;
      digsep |= digits(base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
      error(pos(), std::string(baseName(base)) + " literal has no digits");
      ok = false;
    }
    int32_t e = lower(ch_);
    if (e == 'e' || e == 'p') {
      if (ok) {
        if (e == 'e' && prefix != 0 && prefix != '0') {
          error(pos(), quoteRune(ch_) + " exponent requires decimal mantissa");
          ok = false;
        } else if (e == 'p' && prefix != 'x') {
          error(pos(), quoteRune(ch_) + " exponent requires hexadecimal mantissa");
          ok = false;
        }
      }
      nextch();
      kind = Tok::Float;
      if (ch_ == '+' || ch_ == '-') nextch();
      digsep = digits(10, nullptr) | (digsep & 2);
      if ((digsep & 1) == 0 && ok) {
        error(pos(), "exponent has no digits");
        ok = false;
      }
    } else if (prefix == 'x' && kind == Tok::Float && ok) {
      error(pos(), "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }
    if (ch_ == 'i') {
      kind = Tok::Imag;
      nextch();
    }
    std::string_view lit = segment();
    if (kind == Tok::Int && invalid >= 0 && ok) {
      errorAt(static_cast<std::size_t>(invalid),
              "invalid digit " + quoteRune(static_cast<unsigned char>(lit[invalid])) + " in " +
                  baseName(base) + " literal");
      ok = false;
    }
    if ((digsep & 2) != 0 && ok) {
      int i = invalidSep(lit);
      if (i >= 0) {
        errorAt(static_cast<std::size_t>(i), "'_' must separate successive digits");
        ok = false;
      }
    }
    std::string value;
    value.reserve(lit.size());
    for (char c : lit)
      if (c != '_') value.push_back(c);
    nlsemi_ = true;
    push(kind, start_, lit, std::move(value), !ok);
  }

  // Decodes one escape after the backslash (Go's escape()); appends the decoded bytes to `out`.
  // Returns false after reporting an error.
  bool escape(int32_t quote, std::string& out) {
    int n;
    uint32_t base, max;
    bool isByte = false;
    switch (ch_) {
      case 'a':
        nextch();
        out.push_back('\a');
        return true;
      case 'b':
        nextch();
        out.push_back('\b');
        return true;
      case 'f':
        nextch();
        out.push_back('\f');
        return true;
      case 'n':
        nextch();
        out.push_back('\n');
        return true;
      case 'r':
        nextch();
        out.push_back('\r');
        return true;
      case 't':
        nextch();
        out.push_back('\t');
        return true;
      case 'v':
        nextch();
        out.push_back('\v');
        return true;
      case '\\':
        nextch();
        out.push_back('\\');
        return true;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        n = 3, base = 8, max = 255, isByte = true;
        break;
      case 'x':
        nextch();
        n = 2, base = 16, max = 255, isByte = true;
        break;
      case 'u':
        nextch();
        n = 4, base = 16, max = 0x10FFFF;
        break;
      case 'U':
        nextch();
        n = 8, base = 16, max = 0x10FFFF;
        break;
      default:
        if (ch_ == quote) {
          out.push_back(static_cast<char>(quote));
          nextch();
          return true;
        }
        if (ch_ < 0) return true;  // the caller complains about EOF
        error(pos(), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
      if (ch_ < 0) return true;  // the caller complains about EOF
      uint32_t d = base;
      if (isDecimal(ch_)) {
        d = static_cast<uint32_t>(ch_ - '0');
      } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
        d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
      }
      if (d >= base) {
        error(pos(), "invalid character " + quoteRune(ch_) + " in " +
                         baseName(static_cast<int>(base)) + " escape");
        return false;
      }
      x = x * base + d;
      nextch();
    }
    if (x > max && base == 8) {
      error(pos(), "octal escape value " + std::to_string(x) + " > 255");
      return false;
    }
    if (x > max || (0xD800 <= x && x < 0xE000)) {
      error(pos(), "escape is invalid Unicode code point " + formatU(static_cast<int32_t>(x)));
      return false;
    }
    if (isByte) {
      lastEscapeIsByte_ = true;
      out.push_back(static_cast<char>(x));
    } else {
      appendUTF8(out, static_cast<int32_t>(x));
    }
    return true;
  }

  void rune() {
    bool ok = true;
    nextch();
    std::string value;
    int n = 0;
    for (;; n++) {
      if (ch_ == '\'') {
        if (ok) {
          if (n == 0) {
            error(pos(), "empty rune literal or unescaped '");
            ok = false;
          } else if (n != 1) {
            errorAt(0, "more than one character in rune literal");
            ok = false;
          }
        }
        nextch();
        break;
      }
      if (ch_ == '\\') {
        nextch();
        lastEscapeIsByte_ = false;
        std::size_t before = value.size();
        if (!escape('\'', value)) ok = false;
        // A byte escape in a rune literal denotes the code point of that value.
        if (lastEscapeIsByte_ && value.size() == before + 1) {
          unsigned char b = static_cast<unsigned char>(value.back());
          value.pop_back();
          appendUTF8(value, b);
        }
        continue;
      }
      if (ch_ == '\n') {
        if (ok) {
          error(pos(), "newline in rune literal");
          ok = false;
        }
        break;
      }
      if (ch_ < 0) {
        if (ok) {
          errorAt(0, "rune literal not terminated");
          ok = false;
        }
        break;
      }
      appendUTF8(value, ch_);
      nextch();
    }
    nlsemi_ = true;
    push(Tok::Rune, start_, segment(), std::move(value), !ok);
  }

  void stdString() {
    bool ok = true;
    nextch();
    std::string value;
    for (;;) {
      if (ch_ == '"') {
        nextch();
        break;
      }
      if (ch_ == '\\') {
        nextch();
        if (!escape('"', value)) ok = false;
        continue;
      }
      if (ch_ == '\n') {
        error(pos(), "newline in string");
        ok = false;
        break;
      }
      if (ch_ < 0) {
        errorAt(0, "string not terminated");
        ok = false;
        break;
      }
      // Copy a run of plain bytes at once (keeps 1 MB literals fast).
      std::size_t from = chOff_;
      while (ch_ >= 0 && ch_ != '"' && ch_ != '\\' && ch_ != '\n') nextch();
      appendValid(value, from, chOff_);
    }
    nlsemi_ = true;
    push(Tok::String, start_, segment(), std::move(value), !ok);
  }

  void rawString() {
    bool ok = true;
    nextch();
    std::string value;
    for (;;) {
      if (ch_ == '`') {
        nextch();
        break;
      }
      if (ch_ < 0) {
        errorAt(0, "string not terminated");
        if (out_.diagnostics.size() == 1) out_.incomplete = true;
        ok = false;
        break;
      }
      if (ch_ != '\r') appendUTF8(value, ch_);
      nextch();
    }
    nlsemi_ = true;
    push(Tok::String, start_, segment(), std::move(value), !ok);
  }

  // Appends src_[from, to) to `out`, leaving out bytes that nextch() skipped (NUL, invalid UTF-8,
  // BOM): those were reported already.
  void appendValid(std::string& out, std::size_t from, std::size_t to) {
    std::size_t i = from;
    while (i < to) {
      unsigned char b = static_cast<unsigned char>(src_[i]);
      if (b != 0 && b < 0x80) {
        out.push_back(static_cast<char>(b));
        i++;
        continue;
      }
      if (b == 0) {
        i++;
        continue;
      }
      auto [cp, w] = decodeRune(src_, i);
      if (!(cp == kRuneError && w == 1) && cp != kBOM) out.append(src_.substr(i, w));
      i += w;
    }
  }

  // Moves over plain ASCII bytes that follow ch_ on its line (not NUL, not non-ASCII) at once:
  // afterwards ch_ is the last of them, exactly as if nextch() had been called for each.
  // Precondition: ch_ is neither a newline nor kEOF.
  void skipPlainASCII() {
    std::size_t i = r_;
    while (i < src_.size()) {
      unsigned char b = static_cast<unsigned char>(src_[i]);
      if (b >= 0x80 || b == 0 || b == '\n') break;
      i++;
    }
    if (i == r_) return;
    col_ += chw_ + static_cast<uint32_t>(i - 1 - r_);
    chOff_ = i - 1;
    ch_ = static_cast<unsigned char>(src_[i - 1]);
    chw_ = 1;
    r_ = i;
  }

  void lineComment() {
    // The comment runs to the end of the line; the newline itself is not consumed.
    std::size_t from = start_.offset;
    while (ch_ >= 0 && ch_ != '\n') {
      skipPlainASCII();
      nextch();
    }
    noteComment(from, chOff_, start_.line, start_.line);
  }

  // Returns true when the comment spans more than one line.
  bool fullComment() {
    std::size_t from = start_.offset;
    uint32_t firstLine = start_.line;
    while (ch_ >= 0) {
      while (ch_ == '*') {
        nextch();
        if (ch_ == '/') {
          nextch();
          noteComment(from, chOff_, firstLine, line_);
          return line_ > firstLine;
        }
      }
      nextch();
    }
    errorAt(0, "comment not terminated");
    if (out_.diagnostics.size() == 1) out_.incomplete = true;
    return line_ > firstLine;
  }

  // --- doc comments: a group of comments directly above a token, not trailing another token ---

  void noteComment(std::size_t from, std::size_t to, uint32_t firstLine, uint32_t lastLine) {
    uint32_t prevTokLine = out_.tokens.empty() ? 0 : out_.tokens.back().pos.line;
    bool continuesGroup =
        groupValid_ && firstLine <= groupLastLine_ + 1 && groupTokens_ == out_.tokens.size();
    if (!continuesGroup) {
      groupText_.clear();
      groupValid_ = firstLine > prevTokLine || out_.tokens.empty();
    }
    groupTokens_ = out_.tokens.size();
    groupLastLine_ = lastLine;
    if (!groupValid_) return;
    std::string_view text = src_.substr(from, to - from);
    if (text.size() >= 2 && text[1] == '/') {
      text.remove_prefix(2);
      if (!text.empty() && text[0] == ' ') text.remove_prefix(1);
      groupText_.append(text);
      groupText_.push_back('\n');
    } else {
      text.remove_prefix(2);
      if (text.size() >= 2) text.remove_suffix(2);
      groupText_.append(text);
      groupText_.push_back('\n');
    }
  }

  // Called for each real token: attaches the pending comment group when it ends on the line
  // right above.
  void attachDoc(uint32_t line) {
    if (groupValid_ && !groupText_.empty() && groupTokens_ == out_.tokens.size() &&
        groupLastLine_ + 1 == line)
      out_.docs.emplace_back(out_.tokens.size(), groupText_);
    groupValid_ = false;
    groupText_.clear();
  }

  std::string_view src_;
  std::size_t maxErrors_;
  LexResult& out_;

  std::size_t r_ = 0;      // offset of the next byte to read
  int32_t ch_ = ' ';       // current character; kEOF at the end
  uint32_t chw_ = 0;       // width in bytes of ch_
  std::size_t chOff_ = 0;  // offset of ch_
  uint32_t line_ = 1, col_ = 1;
  ast::Pos start_;  // start of the current token
  bool nlsemi_ = false;
  bool lastEscapeIsByte_ = false;

  bool groupValid_ = false;
  std::size_t groupTokens_ = 0;  // token count when the group's last comment was seen
  uint32_t groupLastLine_ = 0;
  std::string groupText_;
};

}  // namespace

LexResult lex(std::string_view source, std::size_t maxErrors) {
  LexResult out;
  out.tokens.reserve(source.size() / 4 + 2);
  Lexer(source, maxErrors, out).run();
  return out;
}

}  // namespace weft::lang::parser
