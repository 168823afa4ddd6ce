// Development driver for the type checker, not built by CMake (the library globs lang/**, so it
// lives here): parse + check Go files and print diagnostics as
// `file:line:col: message`. Imported packages are read from the directories given with -I
// (default: ./stdlib), as <dir>/<import path>/*.go.
//
//   weft_check [-e] [-I dir]... file.go...   (-e: all errors, not just the first 10)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lang/check/check.hpp"

namespace fs = std::filesystem;
using namespace weft::lang;

static std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  std::vector<std::string> dirs;
  std::vector<check::SourceFile> files;
  check::Options options;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-e") {  // report every error, like go build -gcflags=-e
      options.maxErrors = 1 << 30;
      continue;
    }
    if (a == "-I" && i + 1 < argc) {
      dirs.push_back(argv[++i]);
      continue;
    }
    files.push_back({a, readFile(a)});
  }
  if (dirs.empty()) dirs.push_back("stdlib");
  auto loader = [&](std::string_view path) -> std::optional<std::vector<check::SourceFile>> {
    for (const std::string& d : dirs) {
      fs::path dir = fs::path(d) / std::string(path);
      if (!fs::is_directory(dir)) continue;
      std::vector<check::SourceFile> out;
      std::vector<fs::path> paths;
      for (auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".go" &&
            e.path().string().find("_test.go") == std::string::npos)
          paths.push_back(e.path());
      std::sort(paths.begin(), paths.end());
      for (auto& p : paths) out.push_back({p.string(), readFile(p)});
      return out;
    }
    return std::nullopt;
  };
  auto prog = check::checkProgram(std::move(files), loader, options);
  for (const Diagnostic& d : prog->diagnostics) std::cout << d.str() << "\n";
  return prog->ok() ? 0 : 1;
}
