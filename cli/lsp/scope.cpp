#include "cli/lsp/scope.hpp"

#include <set>

#include "cli/lsp/ast_walk.hpp"
#include "lang/check/type_table.hpp"

namespace weft::lsp {

using namespace types;

namespace {

class Collector {
 public:
  void add(const Object* obj) {
    if (!obj || obj->name.empty() || obj->name == "_") return;
    if (seen_.insert(obj->name).second) out_.push_back({obj->name, obj, {}});
  }
  void add(const ast::Ident* id) {
    if (id && !id->blank()) add(id->obj);
  }
  void addImport(std::string name, const Object* obj, std::string path) {
    if (name.empty() || name == "_" || name == ".") return;
    if (seen_.insert(name).second) out_.push_back({std::move(name), obj, std::move(path)});
  }
  std::vector<Candidate> take() { return std::move(out_); }

 private:
  std::set<std::string, std::less<>> seen_;
  std::vector<Candidate> out_;
};

// The names a statement declares for the statements after it.
void declaredBy(const ast::Stmt* s, Collector& c) {
  if (auto* d = s->as<ast::DeclStmt>(); d && d->decl) {
    for (const ast::Node* spec : d->decl->specs) {
      if (auto* vs = spec->as<ast::ValueSpec>())
        for (const ast::Ident* id : vs->names) c.add(id);
      if (auto* ts = spec->as<ast::TypeSpec>()) c.add(ts->name);
    }
  } else if (auto* as = s->as<ast::AssignStmt>(); as && as->op == ast::Op::Define) {
    for (const ast::Expr* e : as->lhs)
      if (auto* id = e->as<ast::Ident>()) c.add(id);
  } else if (auto* l = s->as<ast::LabeledStmt>(); l && l->stmt) {
    declaredBy(l->stmt, c);
  }
}

void statementsBefore(const std::vector<ast::Stmt*>& list, const ast::Node* child,
                      std::size_t offset, std::string_view src, Collector& c) {
  // Inner (later) declarations first, so that they shadow.
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    const ast::Stmt* s = *it;
    if (s == child || startOf(s) >= offset || endOf(s, src) > offset) continue;
    declaredBy(s, c);
  }
}

void params(const Analysis& a, const ast::FuncType* sig, Collector& c) {
  const lang::check::ParamVars* pv = a.program->params(sig);
  if (!pv) return;
  c.add(pv->recv);
  for (const Var* v : pv->params) c.add(v);
  for (const Var* v : pv->results) c.add(v);
}

void initOf(const ast::Stmt* init, const ast::Node* child, Collector& c) {
  if (init && init != child) declaredBy(init, c);
}

}  // namespace

std::vector<Candidate> namesInScope(const Analysis& a, std::size_t offset) {
  Collector c;
  if (!a.file) return {};
  std::string_view src = a.text.str();
  std::vector<const ast::Node*> path = enclosingPath(a.file, offset, src);
  for (std::size_t i = path.size(); i-- > 0;) {
    const ast::Node* n = path[i];
    const ast::Node* child = i + 1 < path.size() ? path[i + 1] : nullptr;
    switch (n->kind) {
      case ast::NodeKind::BlockStmt:
        statementsBefore(static_cast<const ast::BlockStmt*>(n)->list, child, offset, src, c);
        break;
      case ast::NodeKind::CaseClause: {
        auto* cc = static_cast<const ast::CaseClause*>(n);
        statementsBefore(cc->body, child, offset, src, c);
        c.add(cc->implicitVar);
        break;
      }
      case ast::NodeKind::CommClause: {
        auto* cc = static_cast<const ast::CommClause*>(n);
        statementsBefore(cc->body, child, offset, src, c);
        if (cc->comm && cc->comm != child) declaredBy(cc->comm, c);
        break;
      }
      case ast::NodeKind::IfStmt:
        initOf(static_cast<const ast::IfStmt*>(n)->init, child, c);
        break;
      case ast::NodeKind::SwitchStmt:
        initOf(static_cast<const ast::SwitchStmt*>(n)->init, child, c);
        break;
      case ast::NodeKind::TypeSwitchStmt:
        initOf(static_cast<const ast::TypeSwitchStmt*>(n)->init, child, c);
        break;
      case ast::NodeKind::ForStmt:
        initOf(static_cast<const ast::ForStmt*>(n)->init, child, c);
        break;
      case ast::NodeKind::RangeStmt: {
        auto* r = static_cast<const ast::RangeStmt*>(n);
        if (r->op == ast::Op::Define && child == r->body) {
          if (auto* id = r->key ? r->key->as<ast::Ident>() : nullptr) c.add(id);
          if (auto* id = r->value ? r->value->as<ast::Ident>() : nullptr) c.add(id);
        }
        break;
      }
      case ast::NodeKind::FuncDecl: {
        auto* fd = static_cast<const ast::FuncDecl*>(n);
        if (child && child == fd->body) params(a, fd->sig, c);
        break;
      }
      case ast::NodeKind::FuncLit: {
        auto* fl = static_cast<const ast::FuncLit*>(n);
        if (child && child == fl->body) params(a, fl->sig, c);
        break;
      }
      default:
        break;
    }
  }
  // Package level, then the file's imports, then the universe.
  if (!a.program->packages.empty())
    if (const Package* main = a.program->mainPackage().pkg; main && main->scope)
      for (auto& [name, obj] : main->scope->names) c.add(obj);
  for (const ast::ImportSpec* spec : a.file->imports) {
    if (!spec->path) continue;
    const std::string& path = spec->path->value;
    const Package* pkg = nullptr;
    for (const auto& cp : a.program->packages)
      if (cp.pkg && cp.pkg->path == path) pkg = cp.pkg;
    std::string name = spec->name ? spec->name->name
                       : pkg      ? pkg->name
                                  : path.substr(path.rfind('/') + 1);
    c.addImport(name, spec->name ? spec->name->obj : nullptr, path);
  }
  for (auto& [name, obj] : a.program->types->universe()->names) c.add(obj);
  return c.take();
}

std::vector<Candidate> membersOf(const Type* t, bool isType, const Package* from) {
  Collector c;
  auto visible = [&](const Object* o) { return o->exported() || !o->pkg || o->pkg == from; };
  std::set<const Named*> visited;
  std::vector<const Type*> level{t};
  // Breadth first through embedded fields: a shallower member hides a deeper one.
  while (!level.empty()) {
    std::vector<const Type*> next;
    for (const Type* T : level) {
      if (!T) continue;
      if (T->kind == Kind::Pointer) T = static_cast<const Pointer*>(T)->elem;
      if (T->kind == Kind::Named) {
        auto* named = static_cast<const Named*>(T);
        if (!visited.insert(named).second) continue;
        for (const Func* m : named->methods)
          if (visible(m)) c.add(m);
      }
      const Type* u = T->underlying();
      if (u->kind == Kind::Struct && !isType) {
        for (const Var* f : static_cast<const Struct*>(u)->fields) {
          if (visible(f)) c.add(f);
          if (f->embedded) next.push_back(f->type);
        }
      } else if (u->kind == Kind::Struct) {
        for (const Var* f : static_cast<const Struct*>(u)->fields)
          if (f->embedded) next.push_back(f->type);
      } else if (u->kind == Kind::Interface) {
        auto* it = static_cast<const Interface*>(u);
        for (const Func* m : it->complete ? it->allMethods : it->methods)
          if (visible(m)) c.add(m);
      }
    }
    level = std::move(next);
  }
  return c.take();
}

std::vector<Candidate> packageMembers(const Package* pkg) {
  Collector c;
  if (pkg && pkg->scope)
    for (auto& [name, obj] : pkg->scope->names)
      if (obj->exported()) c.add(obj);
  return c.take();
}

}  // namespace weft::lsp
