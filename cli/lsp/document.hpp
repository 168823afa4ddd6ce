// Text synchronisation: applying `textDocument/didChange` content changes to a document's text.
#pragma once

#include "cli/lsp/json.hpp"
#include "cli/lsp/text.hpp"

namespace weft::lsp {

// Applies one TextDocumentContentChangeEvent: with a "range", an incremental edit (positions
// beyond the text are clamped to it, a reversed range is treated as empty at its start);
// without, a replacement of the whole text. RpcError(kInvalidParams) when malformed.
void applyChange(Text& text, const json& change, Encoding enc);

}  // namespace weft::lsp
