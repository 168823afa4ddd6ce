// file: URIs <-> paths (RFC 8089 as editors use it: "file:///home/a%20b/x.go").
#pragma once

#include <string>
#include <string_view>

namespace weft::lsp {

// The path of a file: URI (percent-decoded); other URIs (untitled:, ...) are returned unchanged
// so that they still name the document in diagnostics.
std::string pathFromUri(std::string_view uri);
// The file: URI of an absolute path.
std::string uriFromPath(std::string_view path);

}  // namespace weft::lsp
