// `weft check --json prog.go`: the diagnostics the language server would publish, as JSON, for
// tools that do not speak LSP.
//
//   [{"file": "/abs/prog.go", "line": 3, "column": 5, "endLine": 3, "endColumn": 8,
//     "severity": "error", "message": "undefined: x"}, ...]
//
// Lines and columns count from 1, columns in bytes (as in `file:line:col:` messages); the end
// is exclusive and covers the token the diagnostic points at. A file that cannot be read gives
// one diagnostic with line and column 0.
#pragma once

#include <ostream>
#include <string>

#include "cli/lsp/analysis.hpp"

namespace weft::lsp {

// Prints the array to `out`; returns 1 when there are errors, else 0. `maxErrors` of the
// options is honoured as given (the command line's limit, like `weft check`).
int checkJson(const std::string& path, const AnalysisOptions& options, std::ostream& out);

}  // namespace weft::lsp
