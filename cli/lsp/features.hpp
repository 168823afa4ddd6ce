// The language features, each a function from an analysis (and a place in it) to the `result`
// of the corresponding LSP request. They never throw for any tree the checker produced.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "cli/lsp/analysis.hpp"
#include "cli/lsp/json.hpp"

namespace weft::lsp {

// The URI under which the editor can open a file of the program: the document's own URI, or
// a file: URI of a copy of a standard library file. Nullopt when the file cannot be shown.
using UriFor =
    std::function<std::optional<std::string>(const Analysis&, const std::string& filename)>;

// Diagnostic[] for the document, with ranges covering the token each diagnostic points at.
// Diagnostics located in other files (a broken standard library file) are shown at the top.
json diagnosticsFor(const Analysis& a, Encoding enc);

// Hover: the declaration (or type) of what is under the cursor, and its doc comment. Null
// when there is nothing to say.
json hoverAt(const Analysis& a, std::size_t offset, Encoding enc, bool markdown);

// Definition: the Location of the declaration of the identifier under the cursor (for an
// import, the imported package's first file); null when unknown.
json definitionAt(const Analysis& a, std::size_t offset, Encoding enc, const UriFor& uriFor);

// DocumentSymbol[] of the top-level declarations (types with their fields and methods), or
// SymbolInformation[] when the client does not support the hierarchical form.
json documentSymbols(const Analysis& a, Encoding enc, bool hierarchical, const std::string& uri);

// Completion at `offset` of `text` (the document's current text, which may not parse). `current`
// is the analysis of `text`, `lastGood` the last analysis of the document that produced a tree;
// `analyse` re-runs the front end on an edited copy of the text.
struct CompletionInput {
  const Text& text;
  std::size_t offset;
  std::shared_ptr<const Analysis> current;
  std::shared_ptr<const Analysis> lastGood;
  std::function<std::shared_ptr<const Analysis>(std::string text)> analyse;
  Position position;  // the request's position (to find the place again in `lastGood`)
  Encoding enc;
};
json completionAt(const CompletionInput& in);

}  // namespace weft::lsp
