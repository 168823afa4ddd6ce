// The `weft` command: a host of the public API (include/weft/weft.hpp), nothing more.
//
//   weft                            the REPL (cli/repl.cpp)
//   weft [flags] prog.go [args]     run a program (also: weft run [flags] prog.go [args])
//   weft check prog.go              diagnostics only (errors, go vet copylocks warnings)
//   weft check --json prog.go       diagnostics as JSON (cli/lsp/check_json.hpp)
//   weft lsp                        language server on stdio (cli/lsp/server.hpp)
//   weft disasm prog.go             print the bytecode
//   weft version | help
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <weft/weft.hpp>

#include "cli/lsp_command.hpp"
#include "cli/repl.hpp"

namespace {

const char* const kUsage =
    "Weft runs Go programs.\n"
    "\n"
    "Usage:\n"
    "  weft                          start the REPL (interactive Go; :help inside)\n"
    "  weft [flags] prog.go [args]   run prog.go (same as `weft run`)\n"
    "  weft run [flags] prog.go [args]\n"
    "  weft check prog.go            type-check and vet (copylocks); print diagnostics,\n"
    "                                exit 1 if there are any\n"
    "  weft check --json prog.go     the same diagnostics as a JSON array\n"
    "  weft lsp                      run the language server on stdin/stdout\n"
    "  weft disasm [--all] prog.go   print the compiled bytecode with source lines (of package\n"
    "                                main; --all: of the standard library's functions too)\n"
    "  weft version                  print the version\n"
    "  weft help                     print this text\n"
    "\n"
    "Flags:\n"
    "  --race        enable the data-race detector (options from $GORACE, as in Go)\n"
    "  -p N          run goroutines on N worker threads (default: $GOMAXPROCS, else all CPUs)\n";

struct Flags {
  bool race = false;
  int workers = 0;
};

int usageError(const std::string& msg) {
  std::cerr << "weft: " << msg << "\n\n" << kUsage;
  return 2;
}

int workersFromEnvironment() {
  const char* env = std::getenv("GOMAXPROCS");
  if (!env || !*env) return 0;
  char* end = nullptr;
  long n = std::strtol(env, &end, 10);
  return (*end == '\0' && n > 0 && n < 100000) ? static_cast<int>(n) : 0;
}

// Parses leading flags from args[i...]; leaves i at the first non-flag argument.
bool parseFlags(const std::vector<std::string>& args, std::size_t& i, Flags& flags,
                std::string& error) {
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--race" || a == "-race") {
      flags.race = true;
    } else if (a == "-p" || a == "--p") {
      if (i + 1 >= args.size()) return error = "-p needs a number", false;
      flags.workers = std::atoi(args[++i].c_str());
      if (flags.workers <= 0) return error = "-p needs a positive number", false;
    } else if (a == "--") {
      ++i;
      return true;
    } else if (a.size() > 1 && a[0] == '-') {
      return error = "unknown flag " + a, false;
    } else {
      return true;
    }
  }
  return true;
}

weft::Options optionsFor(const Flags& flags, std::vector<std::string> scriptArgs) {
  weft::Options opt;
  opt.race = flags.race;
  opt.workers = flags.workers ? flags.workers : workersFromEnvironment();
  opt.args = std::move(scriptArgs);
  opt.packages = weft::standard_packages();  // the command sandboxes nothing
  return opt;
}

void printDiagnostics(const std::vector<weft::Diagnostic>& ds) {
  for (auto& d : ds) std::cerr << d.str() << "\n";
}

int runCommand(const std::vector<std::string>& args, std::size_t i) {
  Flags flags;
  std::string error;
  if (!parseFlags(args, i, flags, error)) return usageError(error);
  if (i >= args.size()) return usageError("no program to run");
  const std::string path = args[i];
  std::vector<std::string> scriptArgs(args.begin() + static_cast<long>(i) + 1, args.end());
  weft::Options opt = optionsFor(flags, std::move(scriptArgs));
  if (const char* gorace = std::getenv("GORACE"); flags.race && gorace) opt.race_options = gorace;
  try {
    weft::Runtime rt(std::move(opt));
    weft::Program program = rt.compile_file(path);
    printDiagnostics(program.warnings());
    int status = rt.run(program);
    // The process ends here: skip tearing down the Runtime (the program's trees, types, code
    // and heap are freed by the kernel at once; destroying them costs a millisecond).
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(status);
  } catch (const weft::Error& e) {
    std::cerr << e.what();
    if (e.what()[0] && e.what()[std::strlen(e.what()) - 1] != '\n') std::cerr << "\n";
    return e.kind() == weft::Error::Kind::Compile ? 1 : 2;
  }
}

int checkCommand(const std::vector<std::string>& args, std::size_t i) {
  if (i < args.size() && args[i] == "--json") return weft::cli::checkJsonCommand(args, i + 1);
  if (i >= args.size()) return usageError("check needs a file");
  weft::Runtime rt(optionsFor(Flags{}, {}));
  try {
    weft::Program program = rt.compile_file(args[i]);
    printDiagnostics(program.warnings());
    // Like `go vet`, findings (the copylocks warnings) make the status non-zero; it is 1, the
    // status of every diagnostic here (go vet 1.19 says 2, which weft keeps for usage errors).
    // `weft prog.go` prints the same warnings and runs the program anyway.
    return program.warnings().empty() ? 0 : 1;
  } catch (const weft::Error& e) {
    std::cerr << e.what();
    if (e.what()[0] && e.what()[std::strlen(e.what()) - 1] != '\n') std::cerr << "\n";
    return 1;
  }
}

int disasmCommand(const std::vector<std::string>& args, std::size_t i) {
  bool all = false;
  if (i < args.size() && args[i] == "--all") all = true, i++;
  if (i >= args.size()) return usageError("disasm needs a file");
  weft::Runtime rt(optionsFor(Flags{}, {}));
  try {
    weft::Program program = rt.compile_file(args[i]);
    std::cout << program.disassemble(all);
    return 0;
  } catch (const weft::Error& e) {
    std::cerr << e.what();
    if (e.what()[0] && e.what()[std::strlen(e.what()) - 1] != '\n') std::cerr << "\n";
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return weft::cli::replCommand();
  const std::string& cmd = args[0];
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::cout << "weft version " << weft::version() << "\n";
    return 0;
  }
  if (cmd == "run") return runCommand(args, 1);
  if (cmd == "check") return checkCommand(args, 1);
  if (cmd == "disasm") return disasmCommand(args, 1);
  if (cmd == "lsp") return weft::cli::lspCommand(args, 1);
  return runCommand(args, 0);
}
