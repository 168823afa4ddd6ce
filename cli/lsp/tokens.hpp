// The token layout of a text, from Weft's own lexer: which bytes a diagnostic underlines and
// whether the cursor is inside a string literal or a comment (no completion there).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace weft::lsp {

struct TokenSpan {
  std::size_t begin, end;  // [begin, end): an automatically inserted semicolon is empty
  bool literal;            // a string, rune or number literal
};

class Tokens {
 public:
  explicit Tokens(std::string_view source);
  // The bytes to underline for a diagnostic at `offset`: the token starting there, else the
  // token containing it, else the character at `offset` (nothing at the end of a line).
  std::pair<std::size_t, std::size_t> spanAt(std::size_t offset) const;
  // Whether `offset` lies inside a string/rune literal or a comment.
  bool inLiteralOrComment(std::size_t offset) const;

 private:
  std::string_view source_;
  std::vector<TokenSpan> spans_;  // in source order
};

}  // namespace weft::lsp
