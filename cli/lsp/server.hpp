// `weft lsp`: a Language Server Protocol server over a pair of file descriptors (stdio).
//
//   weft::lsp::ServerOptions options;
//   options.analysis.loader = ...;        // the standard library's sources
//   return weft::lsp::serve(0, 1, options);
//
// The server is single-threaded and synchronous. Documents are analysed lazily: a change only
// marks its document; analysis and publishDiagnostics happen once no further input is waiting
// (so a burst of keystrokes costs one analysis), or earlier when a request needs the result.
// No input, however malformed, ends the session except `exit` and the end of the input.
#pragma once

#include <string>

#include "cli/lsp/analysis.hpp"

namespace weft::lsp {

struct ServerOptions {
  AnalysisOptions analysis;
  std::string version;  // reported in serverInfo
  // Where copies of standard library files are written so that go-to-definition can open them;
  // empty: $XDG_CACHE_HOME/weft/<version>/src (or ~/.cache/..., else /tmp/weft-<uid>/...).
  std::string stdlibDir;
};

// Serves until `exit` (status 0 after `shutdown`, else 1) or the end of input (1).
int serve(int inFd, int outFd, const ServerOptions& options);

}  // namespace weft::lsp
