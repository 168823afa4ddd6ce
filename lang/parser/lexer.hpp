// The lexer: Go source text to a token vector, with Go's automatic semicolon insertion and
// literal decoding. Written by hand (it is small and must be exact); the grammar runs over its
// output. Errors use the wording of Go's scanner (cmd/compile/internal/syntax/scanner.go).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/diagnostic.hpp"
#include "lang/parser/token.hpp"

namespace weft::lang::parser {

struct LexResult {
  // Always ends with exactly one EndOfFile token. Tokens keep string_views into the source, so
  // the source must outlive them.
  std::vector<Token> tokens;
  Diagnostics diagnostics;  // lexical errors in source order, without file name
  // True when the first error is an unterminated raw string or block comment: more input could
  // complete the source.
  bool incomplete = false;
  // Doc comments: for each token index that starts a line right below a comment group, the text
  // of that group (used for FuncDecl::doc). Sorted by token index.
  std::vector<std::pair<std::size_t, std::string>> docs;
};

// Tokenizes `source`. Never throws; a leading `#!` line is skipped (positions stay right).
// At most `maxErrors` errors are collected; lexing stops after that.
LexResult lex(std::string_view source, std::size_t maxErrors = 10);

}  // namespace weft::lang::parser
