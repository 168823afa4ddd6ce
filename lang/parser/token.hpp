// Tokens of Go source text, as the lexer produces them and the grammar consumes them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lang/ast.hpp"

namespace weft::lang::parser {

enum class Tok : uint8_t {
  EndOfFile,
  // names and literals
  Ident,
  Int,
  Float,
  Imag,
  Rune,
  String,
  // operators
  Add,
  Sub,
  Mul,
  Quo,
  Rem,
  And,
  Or,
  Xor,
  Shl,
  Shr,
  AndNot,  // + - * / % & | ^ << >> &^
  AddAssign,
  SubAssign,
  MulAssign,
  QuoAssign,
  RemAssign,
  AndAssign,
  OrAssign,  // += -= *= /= %= &= |=
  XorAssign,
  ShlAssign,
  ShrAssign,
  AndNotAssign,  // ^= <<= >>= &^=
  LAnd,
  LOr,
  Arrow,
  Inc,
  Dec,  // && || <- ++ --
  Eql,
  Lss,
  Gtr,
  Assign,
  Not,
  Neq,
  Leq,
  Geq,
  Define,
  Ellipsis,  // == < > = ! != <= >= := ...
  LParen,
  LBrack,
  LBrace,
  Comma,
  Period,
  RParen,
  RBrack,
  RBrace,
  Semicolon,
  Colon,
  Tilde,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
};

inline bool isKeyword(Tok t) {
  return t >= Tok::Break && t <= Tok::Var;
}
inline bool isLiteral(Tok t) {
  return t >= Tok::Int && t <= Tok::String;
}

struct Token {
  Tok kind = Tok::EndOfFile;
  ast::Pos pos;
  // The source text of the token. For semicolons: "semicolon" when written, "newline" or "EOF"
  // when inserted automatically (Go's wording in error messages).
  std::string_view text;
  // Literals: String/Rune hold the decoded bytes (a rune as the UTF-8 encoding of its code point);
  // Int/Float/Imag hold the text without '_' separators. Empty for other tokens.
  std::string value;
  bool bad = false;  // a literal the lexer reported an error for
};

// The spelling of a token kind ("+", "chan", ...); "name", "literal", "EOF" for the classes.
const char* spell(Tok t);

// How Go's parser names a token it did not expect: "name x", "literal 42", "newline",
// "keyword if", "comma", "+=", "EOF".
std::string describe(const Token& t);

// How Go's parser names a token it expected: "comma", "semicolon or newline", ")", ...
std::string expectedName(Tok t);

}  // namespace weft::lang::parser
