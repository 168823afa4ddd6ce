// The parser's whole interface: source text in, syntax tree or diagnostics out.
// Only lang/parser/ includes Boost.Spirit X3; everything else sees this header.
#pragma once

#include <memory>
#include <string_view>

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"

namespace weft::lang {

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;  // owns every node, also on failure
  ast::File* file = nullptr;          // null when the source had syntax errors
  Diagnostics diagnostics;            // syntax errors, in source order (at most 10)
  // True when the first error is at the end of input, i.e. more text could complete the source.
  // The REPL uses it to decide between "syntax error" and "continue on the next line".
  bool incomplete = false;
};

// Parses one Go source file. Never throws, never crashes, whatever the input; a leading `#!` line
// is ignored. Nesting deeper than a fixed limit is a syntax error, not a stack overflow.
ParseResult parse(std::string_view filename, std::string_view source);

}  // namespace weft::lang
