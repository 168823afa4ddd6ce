// What the grammar carries while it runs: the arena, the tokens, the context flags that make
// Go's grammar context-sensitive (composite literals in control clauses, `range` in for
// headers), the nesting guard, and the syntax-error exception. No Boost.Spirit here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/token.hpp"

namespace weft::lang::parser {

// Thrown at the first syntax error; caught in parse(). The grammar never recovers from errors
// (Go reports several; one is enough for Weft).
struct SyntaxError {
  ast::Pos pos;
  std::string message;  // complete, e.g. "syntax error: unexpected newline, expected comma or }"
  bool atEnd = false;   // the offending token is the end of input
};

// "syntax error: unexpected <tok><suffix>" at `tok` (Go's syntaxErrorAt with a message that
// starts with "expected ", "in ", "at " or "after ").
[[noreturn]] void throwUnexpected(const Token& tok, std::string_view suffix);
// "syntax error: <message>" at `pos`, reported while looking at `current`.
[[noreturn]] void throwSyntax(ast::Pos pos, const Token& current, std::string message);
// A plain error without the "syntax error: " prefix (Go's p.error), e.g.
// "middle index required in 3-index slice".
[[noreturn]] void throwPlain(ast::Pos pos, const Token& current, std::string message);

// Nesting deeper than this (expressions, types, statements, composite literal elements, each
// level counted once) is reported as a syntax error instead of exhausting the native stack.
constexpr int kMaxNesting = 1024;
// Operators in one binary expression chain (`a + b + ...` makes a left-deep tree).
constexpr int kMaxBinaryOps = 10000;

struct State {
  State(ast::Arena& a, const LexResult& l) : arena(a), lexed(l) {}

  ast::Arena& arena;
  const LexResult& lexed;

  // Go's xnest: < 0 inside a control clause header (if/for/switch), where `T{` after a bare
  // type name opens the block rather than a composite literal; parentheses, brackets and
  // braces raise it again.
  int xnest = 0;
  // True while parsing the first simple statement of a for header: `range` is allowed there.
  bool rangeOk = false;

  // Nesting guard (see kMaxNesting) plus a check of the real stack: `stackBase` is an address
  // near the top of the parsing thread's stack, `stackBudget` how far below it we may go.
  int depth = 0;
  const char* stackBase = nullptr;
  std::size_t stackBudget = 0;

  // Set by the grammar just before a decision that may report an error at that token.
  const Token* lastEnd = nullptr;

  // Token index of `t` (for doc comment lookup).
  const Token* firstToken = nullptr;
  std::string docFor(const Token* t) const;
};

}  // namespace weft::lang::parser
