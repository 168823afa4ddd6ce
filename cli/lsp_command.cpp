#include "cli/lsp_command.hpp"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>

#include <weft/weft.hpp>

#include "cli/lsp/check_json.hpp"
#include "cli/lsp/server.hpp"
#include "lang/check/copylocks.hpp"
#include "lang/compile/compile.hpp"
#include "stdlib/registry.hpp"

namespace weft::cli {

namespace {

lsp::AnalysisOptions frontEnd() {
  lsp::AnalysisOptions options;
  options.loader =
      [](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    auto sources = stdlib::packageSources(path);
    if (!sources) return std::nullopt;
    std::vector<lang::check::SourceFile> out;
    for (auto& f : *sources) out.push_back({std::move(f.name), std::move(f.text)});
    return out;
  };
  // The compiler reports what the checker accepts but Weft cannot run yet.
  // and go vet's copylocks adds its warnings.
  options.laterStages = [](std::shared_ptr<const lang::check::Program> checked) {
    lang::Diagnostics vet = lang::check::copyLocks(*checked);
    try {
      lang::Diagnostics out = compile::compileProgram(std::move(checked)).diagnostics;
      out.insert(out.end(), vet.begin(), vet.end());
      return out;
    } catch (const std::exception&) {
      return vet;
    }
  };
  return options;
}

}  // namespace

int lspCommand(const std::vector<std::string>& args, std::size_t i) {
  for (; i < args.size(); i++)
    if (args[i] != "--stdio") {  // what editors pass by habit
      std::cerr << "weft lsp: unknown argument " << args[i] << "\n";
      return 2;
    }
  std::signal(SIGPIPE, SIG_IGN);  // a vanished editor is a write error, not a signal
  // The protocol gets its own descriptor; whatever else writes to stdout lands on stderr
  // instead of corrupting the message stream.
  std::fflush(stdout);
  int protocol = ::dup(1);
  if (protocol < 0 || ::dup2(2, 1) < 0) {
    std::cerr << "weft lsp: cannot set up stdout\n";
    return 1;
  }
  lsp::ServerOptions options;
  options.analysis = frontEnd();
  options.version = weft::version();
  return lsp::serve(0, protocol, options);
}

int checkJsonCommand(const std::vector<std::string>& args, std::size_t i) {
  if (i >= args.size()) {
    std::cerr << "weft: check --json needs a file\n";
    return 2;
  }
  return lsp::checkJson(args[i], frontEnd(), std::cout);
}

}  // namespace weft::cli
