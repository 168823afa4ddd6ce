#include "cli/lsp/tokens.hpp"

#include <algorithm>

#include "lang/parser/lexer.hpp"

namespace weft::lsp {

using lang::parser::Tok;

Tokens::Tokens(std::string_view source) : source_(source) {
  lang::parser::LexResult lexed = lang::parser::lex(source, 1000);
  for (const lang::parser::Token& t : lexed.tokens) {
    if (t.kind == Tok::EndOfFile) break;
    std::size_t begin = t.pos.offset, len = t.text.size();
    if (t.kind == Tok::Semicolon) len = begin < source.size() && source[begin] == ';' ? 1 : 0;
    spans_.push_back({begin, std::min(begin + len, source.size()),
                      t.kind == Tok::String || t.kind == Tok::Rune});
  }
}

std::pair<std::size_t, std::size_t> Tokens::spanAt(std::size_t offset) const {
  auto it = std::lower_bound(spans_.begin(), spans_.end(), offset,
                             [](const TokenSpan& s, std::size_t o) { return s.begin < o; });
  if (it != spans_.end() && it->begin == offset && it->end > it->begin) return {it->begin, it->end};
  if (it != spans_.begin()) {
    auto prev = std::prev(it);
    if (prev->begin < offset && offset < prev->end) return {prev->begin, prev->end};
  }
  if (offset >= source_.size() || source_[offset] == '\n' || source_[offset] == '\r')
    return {offset, offset};
  std::size_t end = offset + 1;  // one whole UTF-8 character
  while (end < source_.size() && (static_cast<unsigned char>(source_[end]) & 0xC0) == 0x80) end++;
  return {offset, end};
}

bool Tokens::inLiteralOrComment(std::size_t offset) const {
  auto it = std::lower_bound(spans_.begin(), spans_.end(), offset,
                             [](const TokenSpan& s, std::size_t o) { return s.begin < o; });
  std::size_t gapStart = 0;
  if (it != spans_.begin()) {
    auto prev = std::prev(it);
    if (offset < prev->end) return prev->literal;
    gapStart = prev->end;
  }
  std::string_view gap = source_.substr(gapStart, std::min(offset, source_.size()) - gapStart);
  auto line = gap.rfind("//");
  if (line != std::string_view::npos && gap.find('\n', line) == std::string_view::npos)
    return true;  // a line comment that reaches the cursor
  auto open = gap.rfind("/*");
  return open != std::string_view::npos && gap.find("*/", open + 2) == std::string_view::npos;
}

}  // namespace weft::lsp
