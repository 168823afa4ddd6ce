// Collecting package-level objects: imports into file scopes, consts/vars/types/funcs into the
// package scope, methods by receiver base type (go/types' resolver.go).
#include <algorithm>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

void Checker::setFile(const ast::File* f, Scope* fileScope) {
  file_ = f;
  fileName_ = f ? f->filename : "";
  if (fileScope) scope_ = fileScope;
}

void Checker::declare(Scope* scope, ast::Ident* id, Object* obj) {
  if (id) recordDef(id, obj);
  if (obj->name == "_") return;
  if (Object* alt = scope->lookupLocal(obj->name)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos.valid())
      msg += "\n\t" + posString(alt->pos) + ": other declaration of " + alt->name;
    error(obj->pos, msg);
    return;
  }
  scope->names[obj->name] = obj;
  obj->parent = scope;
  if (obj->kind == ObjKind::Var && func_ && scope != pkg_->scope) {
    auto v = static_cast<Var*>(obj);
    if (!v->isParam) func_->locals.push_back(v);
  }
}

void Checker::declarePkgObj(ast::Ident* ident, Object* obj, DeclInfo* d) {
  if (ident->name == "init" && obj->kind != ObjKind::Func) {
    error(ident->pos, "cannot declare init - must be func");
    return;
  }
  if (ident->name == "main" && pkg_->name == "main" && obj->kind != ObjKind::Func) {
    error(ident->pos, "cannot declare main - must be func");
    return;
  }
  obj->pkg = pkg_;
  declare(pkg_->scope, ident, obj);
  objMap_[obj] = d;
  objList_.push_back(obj);
}

namespace {

// The name of the base type of a method receiver (`T`, `*T`, `(T)`), or null.
const ast::Ident* receiverBaseName(const ast::Expr* e) {
  while (e) {
    if (auto p = e->as<ast::ParenExpr>()) {
      e = p->x;
    } else if (auto s = e->as<ast::StarExpr>()) {
      e = s->x;
      while (e && e->is<ast::ParenExpr>()) e = e->as<ast::ParenExpr>()->x;
      if (auto ix = e ? e->as<ast::IndexExpr>() : nullptr) e = ix->x;  // *T[P]
      return e ? e->as<ast::Ident>() : nullptr;
    } else if (auto ix = e->as<ast::IndexExpr>()) {
      e = ix->x;  // T[P]: a method of a generic type
    } else {
      return e->as<ast::Ident>();
    }
  }
  return nullptr;
}

bool isPointerReceiver(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = e->as<ast::ParenExpr>()->x;
  return e && e->is<ast::StarExpr>();
}

}  // namespace

void Checker::collectObjects() {
  std::vector<std::pair<Func*, const ast::FuncDecl*>> methods;
  for (ast::File* file : files_) {
    Scope* fileScope = tt_.newScope(pkg_->scope);
    fileScopes_[file] = fileScope;
    setFile(file, fileScope);

    for (ast::Node* node : file->decls) {
      auto gd = node->as<ast::GenDecl>();
      if (gd && gd->tok == ast::DeclTok::Import) {
        for (ast::Node* sn : gd->specs) {
          auto spec = sn->as<ast::ImportSpec>();
          if (!spec || !spec->path) continue;
          auto it = imported_.find(spec->path->value);
          if (it == imported_.end()) continue;  // reported while loading
          Package* imp = it->second;
          if (imp->fake) spec->used = true;  // reported when loading
          std::string name = imp->name;
          if (spec->name) name = spec->name->name;
          if (name == "init") {
            error(spec->name->pos, "cannot import package as init - init must be a func");
            continue;
          }
          auto pn = tt_.newObject<PkgName>(name, spec->name ? spec->name->pos : spec->path->pos);
          pn->imported = imp;
          pn->spec = spec;
          pn->pkg = pkg_;
          if (name == "_") {
            spec->used = true;
            if (spec->name) recordDef(spec->name, pn);
            continue;
          }
          if (name == ".") {
            // Dot import: every exported object of the package goes into the file scope.
            for (auto& [n, obj] : imp->scope->names)
              if (obj->exported()) {
                if (Object* alt = fileScope->lookupLocal(n)) {
                  error(spec->pos, n + " redeclared in this block\n\t" + posString(alt->pos) +
                                       ": other declaration of " + n);
                  continue;
                }
                fileScope->names[n] = obj;
                dotImportOf_[obj] = spec;
              }
            dotImports_.push_back(spec);
            continue;
          }
          declare(fileScope, spec->name, pn);
        }
        continue;
      }
      if (gd && gd->tok == ast::DeclTok::Const) {
        const ast::ValueSpec* last = nullptr;  // the last spec with values (implicit repetition)
        for (ast::Node* sn : gd->specs) {
          auto vs = sn->as<ast::ValueSpec>();
          if (!vs) continue;
          if (vs->type || !vs->values.empty()) last = vs;
          const ast::ValueSpec* src = last ? last : vs;
          for (size_t i = 0; i < vs->names.size(); i++) {
            ast::Ident* id = vs->names[i];
            auto c = tt_.newObject<Const>(id->name, id->pos, nullptr);
            auto d = newDecl(file, fileScope);
            d->vspec = vs;
            d->typeExpr = src->type;
            d->init = i < src->values.size() ? src->values[i] : nullptr;
            d->iota = vs->iota;
            declarePkgObj(id, c, d);
          }
          constArity(vs, src);
        }
        continue;
      }
      if (gd && gd->tok == ast::DeclTok::Var) {
        for (ast::Node* sn : gd->specs) {
          auto vs = sn->as<ast::ValueSpec>();
          if (!vs) continue;
          DeclInfo* shared = nullptr;
          if (vs->values.size() == 1 && vs->names.size() > 1) {
            shared = newDecl(file, fileScope);
            shared->vspec = vs;
            shared->typeExpr = vs->type;
          }
          for (size_t i = 0; i < vs->names.size(); i++) {
            ast::Ident* id = vs->names[i];
            Var* v = newVar(id->name, id->pos, nullptr);
            v->isGlobal = true;
            v->pkg = pkg_;
            DeclInfo* d = shared;
            if (!d) {
              d = newDecl(file, fileScope);
              d->vspec = vs;
              d->typeExpr = vs->type;
              d->init = i < vs->values.size() ? vs->values[i] : nullptr;
            }
            d->lhs.push_back(v);
            out_.globals.push_back(v);
            if (id->name == "_") {
              recordDef(id, v);
              v->pkg = pkg_;
              objMap_[v] = d;
              objList_.push_back(v);
              continue;
            }
            declarePkgObj(id, v, d);
          }
          varArity(vs);
        }
        continue;
      }
      if (gd && gd->tok == ast::DeclTok::Type) {
        for (ast::Node* sn : gd->specs) {
          auto ts = sn->as<ast::TypeSpec>();
          if (!ts || !ts->name) continue;
          auto tn = tt_.newObject<TypeName>(ts->name->name, ts->name->pos, nullptr);
          tn->alias = ts->alias;
          auto d = newDecl(file, fileScope);
          d->tspec = ts;
          declarePkgObj(ts->name, tn, d);
        }
        continue;
      }
      if (auto fd = node->as<ast::FuncDecl>()) {
        if (!fd->name) continue;
        out_.funcs.push_back(fd);
        auto f = tt_.newObject<Func>(fd->name->name, fd->name->pos, nullptr);
        f->decl = fd;
        f->pkg = pkg_;
        auto d = newDecl(file, fileScope);
        d->fdecl = fd;
        objMap_[f] = d;
        recordDef(fd->name, f);
        if (!fd->body && pkg_->path == "main") error(fd->name->pos, "missing function body");
        if (fd->recv) {
          f->ptrRecv = isPointerReceiver(fd->recv->type);
          methods.push_back({f, fd});
          objList_.push_back(f);
          continue;
        }
        const std::string& name = fd->name->name;
        if (name == "init" || (name == "main" && pkg_->name == "main")) {
          if (!fd->sig->params.empty() || !fd->sig->results.empty())
            error(fd->name->pos, "func " + name + " must have no arguments and no return values");
          if (name == "init") {
            objList_.push_back(f);
            out_.inits.push_back(f);
            if (!fd->body) error(fd->name->pos, "missing function body");
            continue;
          }
          out_.mainFunc = f;
        }
        if (name == "_") {
          objList_.push_back(f);
          continue;
        }
        declarePkgObj(fd->name, f, d);
        if (!fd->body && pkg_->path != "main") f->nativeName = pkg_->path + "." + name;
      }
    }
  }
  // Package-level names must not clash with file-scope imports.
  for (ast::File* file : files_) {
    Scope* fs = fileScopes_[file];
    setFile(file, nullptr);
    for (auto& [name, obj] : fs->names) {
      Object* alt = pkg_->scope->lookupLocal(name);
      if (!alt) continue;
      if (obj->kind == ObjKind::PkgName)
        error(alt->pos, name + " already declared through import of package " +
                            static_cast<PkgName*>(obj)->imported->name + " (" +
                            quoteGo(static_cast<PkgName*>(obj)->imported->path) + ")\n\t" +
                            posString(obj->pos) + ": other declaration of " + name);
      else
        error(alt->pos, name + " already declared through dot-import of package");
    }
  }
  // Associate methods with their receiver base type.
  std::vector<TypeName*> earlierTypes;
  for (auto& [f, fd] : methods) {
    const ast::Ident* base = receiverBaseName(fd->recv->type);
    if (base) {
      Object* obj = pkg_->scope->lookupLocal(base->name);
      // In an interactive session a method may come in a later input than its type: the type
      // is then in the session scope (the cell's outer scope), and the method joins it below.
      if (!obj && replCell_ && pkg_->scope->outer) {
        obj = pkg_->scope->outer->lookupLocal(base->name);
        if (obj && obj->kind == ObjKind::TypeName && obj->pkg == pkg_ &&
            std::find(earlierTypes.begin(), earlierTypes.end(), obj) == earlierTypes.end())
          earlierTypes.push_back(static_cast<TypeName*>(obj));
      }
      if (obj && obj->kind == ObjKind::TypeName) {
        auto tn = static_cast<TypeName*>(obj);
        methods_[tn].push_back(f);
        if (!fd->body && pkg_->path != "main")
          f->nativeName = pkg_->path + "." + (f->ptrRecv ? "(*" + base->name + ")" : base->name) +
                          "." + f->name;
      }
    }
  }
  // An earlier input's type is complete: its new methods join it now, before any declaration
  // or body of this cell is checked (check::Session undoes this if the cell is discarded).
  for (TypeName* tn : earlierTypes) collectMethods(tn);
  if (pkg_->path == "main" && !files_.empty()) {
    setFile(files_[0], nullptr);
    if (pkg_->name != "main") {
      const ast::Ident* name = files_[0]->package;
      error(name ? name->pos : ast::Pos{1, 1, 0},
            "package " + pkg_->name + " is not a main package");
    } else if (!out_.mainFunc && !replCell_) {
      error(ast::Pos{1, 1, 0}, "function main is undeclared in the main package");
    }
  }
}

void Checker::constArity(const ast::ValueSpec* vs, const ast::ValueSpec* src) {
  size_t l = vs->names.size(), r = src->values.size();
  bool inherited = src != vs;
  if (l < r) {
    if (inherited)
      error(vs->pos, "extra init expr at " + posString(startPos(src->values[l])));
    else
      errorAt(src->values[l], "extra init expr");
  } else if (l > r) {
    ast::Ident* n = vs->names[r];
    if (r == 0 && !src->type && !inherited)
      error(n->pos, "missing init expr for const declaration");
    else
      error(n->pos, "missing init expr for " + n->name);
  }
}

void Checker::varArity(const ast::ValueSpec* vs) {
  size_t l = vs->names.size(), r = vs->values.size();
  if (r == 0) {
    if (!vs->type && !vs->names.empty()) error(vs->names[0]->pos, "missing type or init expr");
    return;
  }
  if (l < r) {
    errorAt(vs->values[l], "extra init expr");
  } else if (l > r && r != 1) {
    ast::Ident* n = vs->names[r];
    error(n->pos, "missing init expr for " + n->name);
  }
}

DeclInfo* Checker::newDecl(const ast::File* file, Scope* fileScope) {
  declInfos_.push_back(std::make_unique<DeclInfo>());
  DeclInfo* d = declInfos_.back().get();
  d->file = file;
  d->fileScope = fileScope;
  return d;
}

Var* Checker::newVar(std::string name, ast::Pos pos, const Type* t) {
  Var* v = tt_.newObject<Var>(std::move(name), pos, t);
  v->pkg = pkg_;
  return v;
}

void Checker::unusedImports() {
  for (ast::File* file : files_) {
    setFile(file, nullptr);
    for (ast::ImportSpec* spec : file->imports) {
      if (spec->used || !spec->path) continue;
      auto it = imported_.find(spec->path->value);
      if (it == imported_.end()) continue;
      std::string path = quoteGo(spec->path->value);
      if (spec->name && spec->name->name != it->second->name && spec->name->name != ".")
        error(spec->pos, path + " imported as " + spec->name->name + " and not used");
      else
        error(spec->pos, path + " imported and not used");
    }
  }
}

}  // namespace weft::lang::check
