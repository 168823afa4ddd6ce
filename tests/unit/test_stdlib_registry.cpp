// The package table: embedded sources and natives agree (every Go function declared without
// a body has a registered native under Go's qualified name).
#include <doctest.h>

#include <regex>
#include <sstream>

#include "stdlib/registry.hpp"

using namespace weft;

TEST_CASE("stdlib: package paths and sources") {
  std::vector<std::string> paths = stdlib::packagePaths();
  for (const char* p : {"bufio", "bytes", "errors", "fmt", "io", "math", "math/rand", "os", "sort",
                        "strconv", "strings", "time", "unicode", "unicode/utf8"}) {
    INFO(p);
    CHECK(std::find(paths.begin(), paths.end(), p) != paths.end());
  }
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  auto fmt = stdlib::packageSources("fmt");
  REQUIRE(fmt.has_value());
  REQUIRE(fmt->size() == 1);
  CHECK((*fmt)[0].name == "fmt/fmt.go");
  CHECK((*fmt)[0].text.find("package fmt") != std::string::npos);
  // Sub-packages are separate packages.
  auto math = stdlib::packageSources("math");
  REQUIRE(math.has_value());
  for (const auto& f : *math) CHECK(f.name.rfind("math/rand/", 0) != 0);
  CHECK_FALSE(stdlib::packageSources("nosuch").has_value());
  CHECK_FALSE(stdlib::packageSources("").has_value());
}

TEST_CASE("stdlib: every bodyless function has a native") {
  vm::NativeRegistry registry;
  stdlib::registerNatives(registry);
  // func Name(...) ...            -> "pkg.Name"
  // func (r T) Name(...) ...      -> "pkg.T.Name"
  // func (r *T) Name(...) ...     -> "pkg.(*T).Name"
  // Only the declaration's head goes through std::regex (a trailing `.*` made libstdc++'s
  // backtracking executor throw bad_alloc on long lines); a body shows as a '{' on the line.
  std::regex decl(R"(^func (\((\w+ )?(\*?)(\w+)\) )?(\w+)\()");
  int natives = 0;
  for (const std::string& path : stdlib::packagePaths()) {
    auto sources = stdlib::packageSources(path);  // a named optional: a temporary would die
    for (const auto& file : *sources) {           // before the loop runs
      std::istringstream in(file.text);
      std::string line;
      while (std::getline(in, line)) {
        if (line.rfind("func ", 0) != 0) continue;
        if (line.find('{') != std::string::npos) continue;  // has a body
        std::smatch m;
        if (!std::regex_search(line, m, decl)) continue;
        std::string name = path + ".";
        if (m[1].matched) name += m[3].length() ? "(*" + m[4].str() + ")." : m[4].str() + ".";
        name += m[5].str();
        INFO(file.name << ": " << line);
        bool found = registry.find(name) != nullptr;
        CHECK_MESSAGE(found, name);
        natives++;
      }
    }
  }
  CHECK(natives > 150);
}
