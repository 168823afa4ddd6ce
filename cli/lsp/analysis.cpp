#include "cli/lsp/analysis.hpp"

#include <algorithm>

#include "cli/lsp/ast_walk.hpp"

namespace weft::lsp {

std::shared_ptr<const Analysis> Analysis::run(std::string filename, std::string text,
                                              const AnalysisOptions& options) {
  auto a = std::make_shared<Analysis>();
  a->filename = filename;
  a->text = Text(text);
  a->loader_ = options.loader;

  lang::check::Options checkOptions;
  checkOptions.maxErrors = options.maxErrors;
  std::vector<lang::check::SourceFile> files;
  files.push_back({std::move(filename), std::move(text)});
  a->program = lang::check::checkProgram(std::move(files), options.loader, checkOptions);
  lang::check::Program& prog = *a->program;
  a->diagnostics = prog.diagnostics;

  if (!prog.packages.empty()) {
    const auto& main = prog.packages.back();
    for (const ast::File* f : main.files)
      if (f->filename == a->filename) a->file = f;
  }

  if (prog.ok() && options.laterStages) {
    for (lang::Diagnostic& d : options.laterStages(a->program)) {
      bool seen = std::any_of(a->diagnostics.begin(), a->diagnostics.end(), [&](auto& e) {
        return e.file == d.file && e.pos.line == d.pos.line && e.pos.col == d.pos.col &&
               e.message == d.message;
      });
      if (!seen) a->diagnostics.push_back(std::move(d));
    }
    std::stable_sort(a->diagnostics.begin(), a->diagnostics.end(), [&](auto& x, auto& y) {
      bool xm = x.file == a->filename, ym = y.file == a->filename;
      if (xm != ym) return xm;
      if (x.file != y.file) return x.file < y.file;
      if (x.pos.line != y.pos.line) return x.pos.line < y.pos.line;
      return x.pos.col < y.pos.col;
    });
  }
  return a;
}

const lang::check::CheckedPackage* Analysis::packageOf(const types::Object* obj) const {
  if (!obj || !obj->pkg) return nullptr;
  for (const auto& p : program->packages)
    if (p.pkg == obj->pkg) return &p;
  return nullptr;
}

const Text* Analysis::source(const std::string& name) const {
  if (name == filename) return &text;
  if (auto it = sources_.find(name); it != sources_.end()) return it->second.get();
  if (!loader_) return nullptr;
  // Standard library files are named "<import path>/<file>.go".
  auto slash = name.rfind('/');
  if (slash == std::string::npos) return nullptr;
  auto files = loader_(std::string_view(name).substr(0, slash));
  if (!files) return nullptr;
  for (auto& f : *files)
    if (f.filename == name)
      return sources_.emplace(name, std::make_unique<Text>(std::move(f.source)))
          .first->second.get();
  return nullptr;
}

std::optional<Declaration> declarationOf(const Analysis& a, const types::Object* obj) {
  if (!obj || !obj->pos.valid()) return std::nullopt;  // universe objects have no source
  const lang::check::CheckedPackage* pkg = a.packageOf(obj);
  // Objects without a package (the exported methods of an interface type: their identity does
  // not depend on it) may be in any file of the program, the document's first.
  std::vector<const ast::File*> files;
  if (pkg) {
    files.assign(pkg->files.begin(), pkg->files.end());
  } else {
    if (a.file) files.push_back(a.file);
    for (const auto& p : a.program->packages)
      for (const ast::File* f : p.files)
        if (f != a.file) files.push_back(f);
  }
  for (const ast::File* f : files) {
    const ast::Ident* found = nullptr;
    walk(f, [&](const ast::Node* n) {
      if (found) return false;
      if (auto* id = n->as<ast::Ident>(); id && id->obj == obj && id->pos.offset == obj->pos.offset)
        found = id;
      return true;
    });
    if (found) return Declaration{f->filename, f, found, found->pos.offset};
  }
  // Objects without a defining identifier of their own (the variable a type switch declares in
  // each clause): their position is enough when their package has one file.
  if (pkg && pkg->files.size() == 1) {
    const ast::File* f = pkg->files[0];
    const Text* t = a.source(f->filename);
    return Declaration{f->filename, f, nullptr, t ? t->offsetOf(obj->pos) : obj->pos.offset};
  }
  return std::nullopt;
}

}  // namespace weft::lsp
