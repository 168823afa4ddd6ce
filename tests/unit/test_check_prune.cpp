// Pruning of unreachable imported function bodies (lang/check/prune.hpp).
#include <doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "lang/check/check.hpp"
#include "stdlib/registry.hpp"

namespace {

using namespace weft;
using lang::check::SourceFile;

const char* const kLib = R"(package lib

type T struct{ n int }

func (t T) String() string { return "T" }
func (t T) Unused() int    { return helperOfUnused() }
func (t *T) Bump()         { t.n += viaBump() }

func A() int          { return C() }
func B() int          { return 2 }
func C() int          { return 3 }
func helperOfUnused() int { return 4 }
func viaBump() int    { return 5 }
func init()           { initHelper() }
func initHelper()     {}

var V = fromVar()

func fromVar() int { return 6 }
)";

lang::check::PackageLoader libLoader() {
  return [](std::string_view path) -> std::optional<std::vector<SourceFile>> {
    if (path != "lib") return std::nullopt;
    return std::vector<SourceFile>{{"lib/lib.go", kLib}};
  };
}

std::set<std::string> prunedNames(const lang::check::Program& p) {
  std::set<std::string> out;
  for (const ast::FuncDecl* fd : p.prunedBodies) out.insert(fd->name->name);
  return out;
}

}  // namespace

TEST_CASE("prune: bodies no reachable code names are skipped") {
  auto prog = lang::check::checkProgram({{"main.go", R"(package main

import "lib"

func main() {
	var t lib.T
	t.Bump()
	println(lib.A())
}
)"}},
                                        libLoader());
  REQUIRE(prog->ok());
  CHECK(prunedNames(*prog) == std::set<std::string>{"B", "Unused", "helperOfUnused"});
}

TEST_CASE("prune: off checks every body") {
  lang::check::Options options;
  options.pruneUnreachable = false;
  auto prog = lang::check::checkProgram(
      {{"main.go", "package main\n\nimport \"lib\"\n\nfunc main() { println(lib.A()) }\n"}},
      libLoader(), options);
  REQUIRE(prog->ok());
  CHECK(prog->prunedBodies.empty());
}

TEST_CASE("prune: every standard package type-checks with every body checked") {
  std::string src = "package main\n\nimport (\n";
  for (const std::string& path : stdlib::packagePaths()) src += "\t_ \"" + path + "\"\n";
  src += ")\n\nfunc main() {}\n";
  auto loader = [](std::string_view path) -> std::optional<std::vector<SourceFile>> {
    auto files = stdlib::packageSources(path);
    if (!files) return std::nullopt;
    std::vector<SourceFile> out;
    for (auto& f : *files) out.push_back(SourceFile{f.name, f.text});
    return out;
  };
  lang::check::Options options;
  options.pruneUnreachable = false;
  auto prog = lang::check::checkProgram({{"main.go", src}}, loader, options);
  std::string diags;
  for (const auto& d : prog->diagnostics) diags += d.str() + "\n";
  INFO(diags);
  CHECK(prog->ok());
}
