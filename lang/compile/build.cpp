// compile::build: the whole front end for one main-package source file.
#include "lang/check/check.hpp"
#include "lang/compile/compile.hpp"
#include "stdlib/registry.hpp"

namespace weft::compile {

Result build(std::string_view filename, std::string_view source, const Options& options) {
  std::vector<lang::check::SourceFile> files;
  files.push_back(lang::check::SourceFile{std::string(filename), std::string(source)});
  auto loader = [](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    auto sources = stdlib::packageSources(path);
    if (!sources) return std::nullopt;
    std::vector<lang::check::SourceFile> out;
    for (auto& f : *sources) out.push_back(lang::check::SourceFile{f.name, f.text});
    return out;
  };
  std::unique_ptr<lang::check::Program> checked =
      lang::check::checkProgram(std::move(files), loader);
  if (!checked->ok()) {
    Result r;
    r.diagnostics = checked->diagnostics;
    return r;
  }
  return compileProgram(std::shared_ptr<const lang::check::Program>(std::move(checked)), options);
}

}  // namespace weft::compile
