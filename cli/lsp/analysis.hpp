// One run of the front end over one document's text: the checked program (syntax trees with the
// checker's annotations, types, objects) and the diagnostics, kept together with the exact text
// they were computed from, so that positions in the tree always match the text.
//
// A Weft program is one file of package main, so each open document is analysed on its own, with
// the standard library loaded through the caller's PackageLoader.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "cli/lsp/text.hpp"
#include "lang/check/check.hpp"
#include "lang/diagnostic.hpp"

namespace weft::lsp {

struct AnalysisOptions {
  lang::check::PackageLoader loader;  // the standard library (stdlib::packageSources)
  int maxErrors = 10;
  // Diagnostics of the stages after the checker (the bytecode compiler's "not supported by Weft
  // yet", vet-style warnings) for a program the checker accepted. May be empty.
  std::function<lang::Diagnostics(std::shared_ptr<const lang::check::Program>)> laterStages;
};

class Analysis {
 public:
  // Parses and checks `text` as the file `filename`. Never throws for bad source.
  static std::shared_ptr<const Analysis> run(std::string filename, std::string text,
                                             const AnalysisOptions& options);

  std::string filename;
  Text text;
  std::shared_ptr<lang::check::Program> program;
  const ast::File* file = nullptr;  // the document's tree; null when it has syntax errors
  lang::Diagnostics diagnostics;    // every stage's, sorted by position

  // The package (checked) that owns `obj`, or null for universe objects.
  const lang::check::CheckedPackage* packageOf(const types::Object* obj) const;
  // The text of a file of the program (the document itself or a standard library file).
  const Text* source(const std::string& filename) const;

 private:
  lang::check::PackageLoader loader_;
  mutable std::map<std::string, std::unique_ptr<Text>, std::less<>> sources_;
};

// Where an object is declared: the file, the tree of that file, and the name's offset in it.
struct Declaration {
  std::string filename;
  const ast::File* file = nullptr;
  const ast::Ident* ident = nullptr;  // the defining identifier (null when not found in a tree)
  std::size_t offset = 0;
};
std::optional<Declaration> declarationOf(const Analysis& a, const types::Object* obj);

}  // namespace weft::lsp
