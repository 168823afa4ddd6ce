// The editor-facing subcommands of `weft`: `weft lsp` and `weft check --json`. They use the
// front end directly (lang/check, the standard library's sources, the bytecode compiler for its
// diagnostics) rather than the public API, because an editor needs the annotated syntax tree.
#pragma once

#include <string>
#include <vector>

namespace weft::cli {

// `weft lsp`: serves the Language Server Protocol on stdin/stdout until `exit`.
int lspCommand(const std::vector<std::string>& args, std::size_t i);
// `weft check --json prog.go`: prints the diagnostics as a JSON array.
int checkJsonCommand(const std::vector<std::string>& args, std::size_t i);

}  // namespace weft::cli
