// A document's text and the two ways of naming a place in it.
//
// LSP positions are 0-based lines and 0-based columns counted in UTF-16 code units (or UTF-8
// bytes when the client negotiated "utf-8"); lines end at "\n", "\r\n" or a lone "\r". Weft's
// positions (ast::Pos) are 1-based lines ending at "\n" only and 1-based byte columns, as Go's.
// Everything inside the server works on byte offsets; conversion happens only at the protocol's
// edge, through this class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.hpp"

namespace weft::lsp {

enum class Encoding { Utf16, Utf8 };

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start, end;
  friend bool operator==(const Range&, const Range&) = default;
};

class Text {
 public:
  Text() : Text(std::string()) {}
  explicit Text(std::string text);

  const std::string& str() const { return text_; }
  std::size_t size() const { return text_.size(); }

  // LSP position -> byte offset. A line past the end gives the end of the text; a column past
  // the end of its line gives the end of the line; a column inside a character (the middle of a
  // surrogate pair) gives the start of that character.
  std::size_t offsetOf(Position p, Encoding enc) const;
  // Byte offset -> LSP position (an offset inside a UTF-8 sequence counts from its start).
  Position positionOf(std::size_t offset, Encoding enc) const;
  Range rangeOf(std::size_t begin, std::size_t end, Encoding enc) const {
    return {positionOf(begin, enc), positionOf(end, enc)};
  }

  // Weft position (1-based line by "\n", 1-based byte column) -> byte offset, clamped to the text.
  std::size_t offsetOf(ast::Pos p) const;
  // Byte offset -> Weft position.
  ast::Pos posOf(std::size_t offset) const;

  // Replaces bytes [begin, end) with `with` and re-indexes the lines.
  void replace(std::size_t begin, std::size_t end, std::string_view with);

 private:
  void index();
  std::size_t lspLineEnd(std::size_t line) const;  // offset of the line's terminator

  std::string text_;
  std::vector<std::size_t> lspLines_;  // start offset of each LSP line
  std::vector<std::size_t> goLines_;   // start offset of each "\n"-terminated line
};

// Length of the UTF-8 sequence starting with byte `b` (1 for invalid lead bytes).
int utf8SequenceLength(unsigned char b);

}  // namespace weft::lsp
