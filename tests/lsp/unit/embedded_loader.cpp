#include "tests/lsp/unit/embedded_loader.hpp"

#include "stdlib/embedded.hpp"

namespace weft::lsp_test {

lang::check::PackageLoader embeddedLoader() {
  return [](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    std::vector<lang::check::SourceFile> out;
    for (const stdlib::embedded::File& f : stdlib::embedded::files()) {
      std::string_view name = f.path;
      auto slash = name.rfind('/');
      if (slash != std::string_view::npos && name.substr(0, slash) == path)
        out.push_back({std::string(name), std::string(f.text, f.size)});
    }
    if (out.empty()) return std::nullopt;
    return out;
  };
}

}  // namespace weft::lsp_test
