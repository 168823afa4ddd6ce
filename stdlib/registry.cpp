// The package table: Go sources from the embedded files, natives from each package's
// register function (declared in stdlib/natives.hpp).
#include "stdlib/registry.hpp"

#include <set>

#include "stdlib/embedded.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

// "unicode/utf8/utf8.go" -> {"unicode/utf8", "utf8.go"}
std::pair<std::string_view, std::string_view> splitPath(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {{}, path};
  return {path.substr(0, slash), path.substr(slash + 1)};
}

}  // namespace

std::optional<std::vector<SourceFile>> packageSources(std::string_view importPath) {
  std::vector<SourceFile> out;
  for (const embedded::File& f : embedded::files()) {
    auto [dir, name] = splitPath(f.path);
    if (dir == importPath) out.push_back({std::string(f.path), std::string(f.text, f.size)});
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::vector<std::string> packagePaths() {
  std::set<std::string, std::less<>> paths;
  for (const embedded::File& f : embedded::files()) {
    auto [dir, name] = splitPath(f.path);
    if (!dir.empty()) paths.emplace(dir);
  }
  return {paths.begin(), paths.end()};
}

void registerNatives(vm::NativeRegistry& registry) {
  registerAtomic(registry);
  registerErrors(registry);
  registerFmt(registry);
  registerFmtScan(registry);
  registerMath(registry);
  registerMathRand(registry);
  registerOs(registry);
  registerRuntime(registry);
  registerSort(registry);
  registerStrconv(registry);
  registerStrings(registry);
  registerSync(registry);
  registerTime(registry);
  registerTimeTimers(registry);
  registerUnicode(registry);
  registerUtf8(registry);
}

}  // namespace weft::stdlib
