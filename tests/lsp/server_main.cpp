// weft_lsp_server: the language server core with only the front end linked (no compiler, no
// VM, no natives), for tests/lsp/lsp_protocol_test.py while `weft` itself cannot link yet, and
// to tell a server bug from a bug of the later stages.
#include <csignal>

#include "cli/lsp/server.hpp"
#include "tests/lsp/unit/embedded_loader.hpp"

int main() {
  std::signal(SIGPIPE, SIG_IGN);
  weft::lsp::ServerOptions options;
  options.analysis.loader = weft::lsp_test::embeddedLoader();
  options.version = "core";
  return weft::lsp::serve(0, 1, options);
}
