#include "cli/lsp/text.hpp"

#include <algorithm>

namespace weft::lsp {

int utf8SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) return 2;
  if ((b & 0xF0) == 0xE0) return 3;
  if ((b & 0xF8) == 0xF0) return 4;
  return 1;
}

namespace {

// The character starting at `i` (before `end`): its length in bytes and in UTF-16 units.
// Malformed UTF-8 counts one byte as one character (the editor shows U+FFFD for it).
struct Char {
  std::size_t bytes;
  uint32_t units16;
};

Char charAt(std::string_view s, std::size_t i, std::size_t end) {
  auto lead = static_cast<unsigned char>(s[i]);
  int n = utf8SequenceLength(lead);
  if (n == 1 || i + n > end) return {1, 1};
  for (int k = 1; k < n; k++)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return {1, 1};
  return {std::size_t(n), n == 4 ? 2u : 1u};
}

uint32_t width(Char c, Encoding enc) {
  return enc == Encoding::Utf8 ? uint32_t(c.bytes) : c.units16;
}

}  // namespace

Text::Text(std::string text) : text_(std::move(text)) {
  index();
}

void Text::index() {
  lspLines_.assign(1, 0);
  goLines_.assign(1, 0);
  for (std::size_t i = 0; i < text_.size(); i++) {
    char c = text_[i];
    if (c == '\n') {
      lspLines_.push_back(i + 1);
      goLines_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') continue;  // "\r\n": counted at '\n'
      lspLines_.push_back(i + 1);
    }
  }
}

std::size_t Text::lspLineEnd(std::size_t line) const {
  std::size_t end = line + 1 < lspLines_.size() ? lspLines_[line + 1] : text_.size();
  std::size_t start = lspLines_[line];
  if (end > start && line + 1 < lspLines_.size()) {
    end--;  // the terminator's last byte
    if (text_[end] == '\n' && end > start && text_[end - 1] == '\r') end--;
  }
  return end;
}

std::size_t Text::offsetOf(Position p, Encoding enc) const {
  if (p.line >= lspLines_.size()) return text_.size();
  std::size_t i = lspLines_[p.line], end = lspLineEnd(p.line);
  uint32_t col = 0;
  while (i < end) {
    Char c = charAt(text_, i, end);
    uint32_t w = width(c, enc);
    if (col + w > p.character) break;
    col += w;
    i += c.bytes;
  }
  return i;
}

Position Text::positionOf(std::size_t offset, Encoding enc) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(lspLines_.begin(), lspLines_.end(), offset);
  auto line = static_cast<std::size_t>(it - lspLines_.begin()) - 1;
  std::size_t i = lspLines_[line], end = std::min(offset, lspLineEnd(line));
  uint32_t col = 0;
  while (i < end) {
    Char c = charAt(text_, i, text_.size());
    if (i + c.bytes > end) break;  // `offset` is inside this character
    col += width(c, enc);
    i += c.bytes;
  }
  return {uint32_t(line), col};
}

std::size_t Text::offsetOf(ast::Pos p) const {
  if (p.line == 0) return 0;
  if (p.line > goLines_.size()) return text_.size();
  std::size_t start = goLines_[p.line - 1];
  std::size_t lineEnd = p.line < goLines_.size() ? goLines_[p.line] - 1 : text_.size();  // at '\n'
  std::size_t col = p.col == 0 ? 0 : p.col - 1;
  return std::min(start + col, lineEnd);
}

ast::Pos Text::posOf(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(goLines_.begin(), goLines_.end(), offset);
  auto line = static_cast<std::size_t>(it - goLines_.begin());
  ast::Pos p;
  p.line = uint32_t(line);
  p.col = uint32_t(offset - goLines_[line - 1] + 1);
  p.offset = uint32_t(offset);
  return p;
}

void Text::replace(std::size_t begin, std::size_t end, std::string_view with) {
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  text_.replace(begin, end - begin, with);
  index();
}

}  // namespace weft::lsp
