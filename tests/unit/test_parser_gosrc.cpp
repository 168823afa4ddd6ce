// Parser: every file of a set of Go standard library packages parses (when Go's sources are
// installed: Debian's golang-1.19-src). Generic code is outside Weft's language and skipped.
#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lang/parse.hpp"

namespace fs = std::filesystem;

namespace {

const char* kGoSrc = "/usr/share/go-1.19/src";

// Files that use type parameters (Go 1.18 generics), which Weft does not support.
bool usesGenerics(const std::string& src) {
  for (const char* marker : {" any]", " comparable]", "[T ", "[K ", "[E ", "[P ", "[S ", "[V ",
                             "Pointer[", "[T]", "[K,", "[T,"})
    if (src.find(marker) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("parser: Go standard library sources parse") {
  if (!fs::exists(kGoSrc)) {
    MESSAGE("Go sources not installed; skipped");
    return;
  }
  const char* dirs[] = {"fmt",
                        "strings",
                        "sort",
                        "strconv",
                        "bytes",
                        "container",
                        "unicode",
                        "errors",
                        "math",
                        "bufio",
                        "io",
                        "os",
                        "sync",
                        "time",
                        "regexp",
                        "text",
                        "go/ast",
                        "go/parser",
                        "encoding/json",
                        "net/http",
                        "runtime",
                        "reflect",
                        "cmd/compile/internal/syntax"};
  int parsed = 0, skipped = 0;
  for (const char* d : dirs) {
    fs::path dir = fs::path(kGoSrc) / d;
    if (!fs::exists(dir)) continue;
    for (auto& e : fs::recursive_directory_iterator(dir)) {
      if (e.path().extension() != ".go") continue;
      if (e.path().string().find("/testdata/") != std::string::npos) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string src = ss.str();
      auto r = weft::lang::parse(e.path().string(), src);
      if (!r.file && usesGenerics(src)) {
        skipped++;
        continue;
      }
      INFO(e.path().string(), ": ", r.diagnostics.empty() ? "" : r.diagnostics[0].str());
      CHECK(r.file != nullptr);
      parsed++;
    }
  }
  MESSAGE("parsed ", parsed, " files, skipped ", skipped, " generic ones");
  CHECK(parsed > 1000);
}
