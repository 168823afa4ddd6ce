// check::Session: a Program that grows cell by cell (see session.hpp).
#include "lang/check/session.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "lang/check/checker.hpp"
#include "lang/parse.hpp"

namespace weft::lang::check {

using namespace types;

ast::Pos startOf(const ast::Node* n) {
  // Statements whose own position is an operator's start where their first operand does.
  if (auto es = n ? n->as<ast::ExprStmt>() : nullptr; es && es->x) return startOf(es->x);
  if (auto id = n ? n->as<ast::IncDecStmt>() : nullptr; id && id->x) return startOf(id->x);
  ast::Pos p = Checker::startPos(n);
  if (auto as = n ? n->as<ast::AssignStmt>() : nullptr; as && !as->lhs.empty())
    p = startOf(as->lhs[0]);
  return p;
}

Session::Session(PackageLoader loader)
    : loader_(std::move(loader)), prog_(std::make_shared<Program>()) {
  main_ = prog_->types->newPackage("main", "main");
  scope_ = main_->scope;
}

Session::~Session() = default;

Package* Session::package(const std::string& path) const {
  for (auto& [p, pkg] : byPath_)
    if (p == path) return pkg;
  return nullptr;
}

namespace {

// Loads and checks the packages a cell imports that the session does not have yet, in
// dependency order (check.cpp's Loader, for a Program that already holds packages).
class CellLoader {
 public:
  CellLoader(Program& prog, const PackageLoader& loader,
             std::vector<std::pair<std::string, Package*>>& byPath)
      : prog_(prog), loader_(loader), byPath_(byPath) {}

  Package* known(const std::string& path) const {
    for (auto& [p, pkg] : byPath_)
      if (p == path) return pkg;
    auto it = failed_.find(path);
    return it == failed_.end() ? nullptr : it->second;
  }

  void load(const std::string& path, const std::string& fromFile, ast::Pos pos) {
    if (known(path)) return;
    if (inProgress_.count(path)) {
      fail(path, fromFile, pos, "import cycle not allowed");
      return;
    }
    std::optional<std::vector<SourceFile>> sources;
    if (path == "unsafe" || path == "C") {
      fail(path, fromFile, pos, "not supported by Weft yet: package " + path);
      return;
    }
    if (loader_) sources = loader_(path);
    if (!sources) {
      fail(path, fromFile, pos, "package " + path + " is not in std");
      return;
    }
    inProgress_.insert(path);
    std::vector<ast::File*> files;
    bool ok = true;
    for (SourceFile& sf : *sources) {
      ParseResult r = parse(sf.filename, sf.source);
      for (const Diagnostic& d : r.diagnostics) prog_.diagnostics.push_back(d);
      if (r.file)
        files.push_back(r.file);
      else
        ok = false;
      prog_.arenas.push_back(std::move(r.arena));
    }
    for (ast::File* f : files)
      for (ast::ImportSpec* spec : f->imports)
        if (spec->path) load(spec->path->value, f->filename, spec->path->pos);
    inProgress_.erase(path);
    if (!ok || files.empty()) {
      fail(path, fromFile, pos, "");
      return;
    }
    std::string name = files[0]->package ? files[0]->package->name : path;
    Package* pkg = prog_.types->newPackage(path, name);
    prog_.packages.emplace_back();
    CheckedPackage& cp = prog_.packages.back();
    cp.pkg = pkg;
    cp.files = files;
    std::map<std::string, Package*> imported = importsOf(files);
    std::size_t errorsBefore = errorCount();
    auto owned = std::make_unique<Checker>(prog_, cp, files, imported, Options{});
    Checker& checker = *owned;
    checker.generics().checkers.push_back(std::move(owned));  // instantiates its generics later
    checker.checkPackage();
    if (errorCount() != errorsBefore) {
      // A standard package that does not check: keep nothing of it.
      prog_.packages.pop_back();
      fail(path, fromFile, pos, "");
      return;
    }
    byPath_.emplace_back(path, pkg);
  }

  std::map<std::string, Package*> importsOf(const std::vector<ast::File*>& files) const {
    std::map<std::string, Package*> imported;
    for (ast::File* f : files)
      for (ast::ImportSpec* spec : f->imports)
        if (spec->path)
          if (Package* p = known(spec->path->value)) imported[spec->path->value] = p;
    return imported;
  }

 private:
  std::size_t errorCount() const {
    return static_cast<std::size_t>(
        std::count_if(prog_.diagnostics.begin(), prog_.diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; }));
  }
  // An import that failed gets a fake package (no follow-on errors), for this cell only.
  void fail(const std::string& path, const std::string& fromFile, ast::Pos pos,
            const std::string& message) {
    if (!message.empty())
      prog_.diagnostics.push_back(Diagnostic{fromFile, pos, message, Severity::Error});
    if (failed_.count(path)) return;
    std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    Package* fake = prog_.types->newPackage(path, name);
    fake->fake = true;
    failed_[path] = fake;
  }

  Program& prog_;
  const PackageLoader& loader_;
  std::vector<std::pair<std::string, Package*>>& byPath_;
  std::map<std::string, Package*> failed_;
  std::set<std::string> inProgress_;
};

}  // namespace

Session::Cell Session::check(ParsedFile file) {
  Cell cell;
  runOnLargeStack([&] {
    Program& prog = *prog_;
    std::size_t diagStart = prog.diagnostics.size();
    ast::File* f = file.file;
    prog.arenas.push_back(std::move(file.arena));
    CellLoader loader(prog, loader_, byPath_);
    for (ast::ImportSpec* spec : f->imports)
      if (spec->path) loader.load(spec->path->value, f->filename, spec->path->pos);
    snapshotMethods(f);
    cell.index = prog.packages.size();
    cell.scope = prog.types->newScope(scope_);
    main_->scope = cell.scope;  // the cell's names, then (outer) the session's
    prog.packages.emplace_back();
    CheckedPackage& cp = prog.packages.back();
    cp.pkg = main_;
    cp.files = {f};
    std::map<std::string, Package*> imported = loader.importsOf(cp.files);
    auto owned = std::make_unique<Checker>(prog, cp, cp.files, imported, Options{});
    Checker& checker = *owned;
    checker.generics().checkers.push_back(std::move(owned));  // instantiates its generics later
    checker.replCell_ = true;
    checker.checkPackage();

    checkReplacedMethods(f->filename, prog.diagnostics);
    std::vector<Diagnostic> ds(prog.diagnostics.begin() + static_cast<long>(diagStart),
                               prog.diagnostics.end());
    prog.diagnostics.resize(diagStart);
    std::stable_sort(ds.begin(), ds.end(), [&](const Diagnostic& a, const Diagnostic& b) {
      if (a.file != b.file) return a.file == f->filename;  // the cell's own errors first
      return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
    });
    ds.erase(std::unique(ds.begin(), ds.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                           return a.file == b.file && a.pos.line == b.pos.line &&
                                  a.pos.col == b.pos.col && a.message == b.message;
                         }),
             ds.end());
    std::size_t errors = 0;
    for (Diagnostic& d : ds) {
      if (d.severity == Severity::Error && ++errors > 10) continue;
      cell.diagnostics.push_back(std::move(d));
    }
    cell.ok = errors == 0;
  });
  return cell;
}

// The types of earlier cells that the file declares methods on (the resolver attaches them).
void Session::snapshotMethods(const ast::File* f) {
  savedMethods_.clear();
  std::set<std::string> own;  // types the file declares itself
  for (const ast::Node* n : f->decls)
    if (auto gd = n->as<ast::GenDecl>(); gd && gd->tok == ast::DeclTok::Type)
      for (const ast::Node* sn : gd->specs)
        if (auto ts = sn->as<ast::TypeSpec>(); ts && ts->name) own.insert(ts->name->name);
  for (const ast::Node* n : f->decls) {
    auto fd = n->as<ast::FuncDecl>();
    if (!fd || !fd->recv) continue;
    const ast::Expr* e = fd->recv->type;
    while (e && (e->is<ast::ParenExpr>() || e->is<ast::StarExpr>()))
      e = e->is<ast::ParenExpr>() ? e->as<ast::ParenExpr>()->x : e->as<ast::StarExpr>()->x;
    auto base = e ? e->as<ast::Ident>() : nullptr;
    if (!base || own.count(base->name)) continue;
    Object* t = scope_->lookupLocal(base->name);
    if (!t || t->kind != ObjKind::TypeName || !t->type || t->type->kind != Kind::Named) continue;
    auto named = const_cast<Named*>(static_cast<const Named*>(t->type));
    if (std::none_of(savedMethods_.begin(), savedMethods_.end(),
                     [&](const auto& s) { return s.first == named; }))
      savedMethods_.emplace_back(named, named->methods);
  }
}

// A method replacing one of an earlier input must keep its signature, and a value receiver
// stays a value receiver: values of the type made earlier may sit in interfaces whose method
// calls were checked against the old method.
void Session::checkReplacedMethods(const std::string& file, Diagnostics& out) const {
  for (const auto& [named, before] : savedMethods_) {
    for (const Func* old : before) {
      auto now = std::find_if(named->methods.begin(), named->methods.end(),
                              [&](const Func* m) { return m->name == old->name; });
      if (now == named->methods.end() || *now == old) continue;
      const Func* m = *now;
      if (!m->type || m->type->kind != Kind::Signature || !old->type ||
          old->type->kind != Kind::Signature)
        continue;
      const Signature *a = old->sig(), *b = m->sig();
      bool same = a->variadic == b->variadic && identical(a->params, b->params) &&
                  identical(a->results, b->results) && (old->ptrRecv || !m->ptrRecv);
      if (same) continue;
      std::string was =
          std::string("func ") + (old->ptrRecv ? "(*" : "(") + named->obj->name + ") " + old->name;
      std::string sig = a->str();
      was += sig.rfind("func", 0) == 0 ? sig.substr(4) : sig;
      out.push_back(Diagnostic{file, m->pos,
                               "cannot change method " + named->obj->name + "." + m->name +
                                   " of an earlier input: keep " + was + " (or declare type " +
                                   named->obj->name + " again)",
                               Severity::Error});
    }
  }
}

void Session::commit(const Cell& cell) {
  for (auto& [name, obj] : cell.scope->names) scope_->names[name] = obj;
  main_->scope = scope_;
  savedMethods_.clear();  // the methods the cell added to earlier types stay
}

void Session::discard(const Cell& cell) {
  main_->scope = scope_;
  for (auto& [named, methods] : savedMethods_) named->methods = std::move(methods);
  savedMethods_.clear();
  auto& pkgs = prog_->packages;
  if (!pkgs.empty() && pkgs.back().pkg == main_ && cell.scope && !pkgs.back().files.empty())
    pkgs.pop_back();
}

}  // namespace weft::lang::check
