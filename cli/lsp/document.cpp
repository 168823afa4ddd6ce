#include "cli/lsp/document.hpp"

namespace weft::lsp {

void applyChange(Text& text, const json& change, Encoding enc) {
  if (!change.is_object()) throw RpcError{errc::kInvalidParams, "content change must be an object"};
  auto newText = change.find("text");
  if (newText == change.end() || !newText->is_string())
    throw RpcError{errc::kInvalidParams, "content change needs a text"};
  auto range = change.find("range");
  if (range == change.end() || range->is_null()) {
    text = Text(newText->get<std::string>());
    return;
  }
  Range r = rangeFrom(*range);
  std::size_t begin = text.offsetOf(r.start, enc), end = text.offsetOf(r.end, enc);
  if (end < begin) end = begin;
  text.replace(begin, end, newText->get_ref<const std::string&>());
}

}  // namespace weft::lsp
