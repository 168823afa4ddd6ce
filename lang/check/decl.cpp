// Package-level and local declarations: lazy objDecl with cycle detection (go/types' decl.go).
#include <algorithm>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

void Checker::packageObjects() {
  // Types first (so methods are attached before anything looks them up), then everything else
  // in source order.
  std::vector<Object*> objs = objList_;
  for (Object* obj : objs)
    if (obj->kind == ObjKind::TypeName) objDecl(obj);
  for (Object* obj : objs)
    if (obj->kind != ObjKind::TypeName) objDecl(obj);
}

void Checker::objDecl(Object* obj) {
  Color& c = color_[obj];
  if (c == Color::Black) return;
  if (c == Color::Grey) {
    // A cycle. Only cycles through defined types are fine here (validType checks them later);
    // cycles of constants and variables are reported by the initialization order.
    auto it = std::find(objPath_.begin(), objPath_.end(), obj);
    std::vector<Object*> cycle(it, objPath_.end());
    int nval = 0, ndef = 0;
    for (Object* o : cycle) {
      if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) nval++;
      if (o->kind == ObjKind::TypeName && !static_cast<TypeName*>(o)->alias) ndef++;
    }
    bool valid = nval == int(cycle.size()) || (nval == 0 && ndef > 0);
    if (!valid) cycleError(cycle);
    if (!valid || !obj->type) {
      if (obj->kind == ObjKind::Const || obj->kind == ObjKind::Var ||
          (obj->kind == ObjKind::TypeName && !valid))
        obj->type = invalidType();
    }
    return;
  }
  auto dit = objMap_.find(obj);
  if (dit == objMap_.end()) {
    c = Color::Black;
    return;
  }
  DeclInfo* d = dit->second;
  c = Color::Grey;
  objPath_.push_back(obj);

  // Save the environment: objDecl may be entered from inside a function body.
  Scope* savedScope = scope_;
  const ast::File* savedFile = file_;
  DeclInfo* savedDecl = decl_;
  ConstPtr savedIota = iota_;
  FuncContext* savedFunc = func_;
  setFile(d->file, d->fileScope);
  decl_ = nullptr;
  iota_ = nullptr;
  func_ = nullptr;

  switch (obj->kind) {
    case ObjKind::Const:
      decl_ = d;
      constDecl(static_cast<Const*>(obj), *d);
      break;
    case ObjKind::Var:
      decl_ = d;
      varDecl(static_cast<Var*>(obj), *d);
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), *d);
      collectMethods(static_cast<TypeName*>(obj));
      break;
    case ObjKind::Func:
      funcDecl(static_cast<Func*>(obj), *d);
      break;
    default:
      break;
  }

  scope_ = savedScope;
  setFile(savedFile, nullptr);
  decl_ = savedDecl;
  iota_ = savedIota;
  func_ = savedFunc;
  objPath_.pop_back();
  color_[obj] = Color::Black;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
  if (cycle.empty()) return;
  // Start at the object that appears first in the source.
  size_t first = 0;
  for (size_t i = 1; i < cycle.size(); i++)
    if (cycle[i]->pos.offset < cycle[first]->pos.offset) first = i;
  Object* obj = cycle[first];
  bool isType = obj->kind == ObjKind::TypeName;
  if (cycle.size() == 1) {
    error(obj->pos, isType ? "invalid recursive type: " + obj->name + " refers to itself"
                           : "invalid cycle in declaration: " + obj->name + " refers to itself");
    return;
  }
  std::string msg = isType ? "invalid recursive type " + obj->name
                           : "invalid cycle in declaration of " + obj->name;
  for (size_t k = 0; k < cycle.size(); k++) {
    Object* cur = cycle[(first + k) % cycle.size()];
    Object* next = cycle[(first + k + 1) % cycle.size()];
    msg += "\n\t" + posString(cur->pos) + ": " + cur->name + " refers to " + next->name;
  }
  error(obj->pos, msg);
}

void Checker::constDecl(Const* obj, const DeclInfo& d) {
  iota_ = makeInt64(d.iota);
  obj->value = makeUnknown();
  if (d.typeExpr) {
    const Type* t = typExpr(d.typeExpr);
    const Type* u = t->underlying();
    bool constType = u->isBasic() && u->kind != Kind::Invalid && u->kind != Kind::UntypedNil &&
                     u->kind != Kind::UnsafePointer;
    if (!constType) {
      if (u->kind != Kind::Invalid) errorAt(d.typeExpr, "invalid constant type " + typeString(t));
      obj->type = invalidType();
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (d.init) expr(x, d.init);
  initConst(obj, x);
}

void Checker::varDecl(Var* obj, DeclInfo& d) {
  if (d.typeExpr) {
    const Type* t = varType(d.typeExpr);
    for (Var* v : d.lhs) v->type = t;
    obj->type = t;
  }
  if (d.lhs.size() <= 1 || d.init) {
    if (!d.init) {
      if (!d.typeExpr) obj->type = invalidType();
      if (obj->type && obj->type->kind == Kind::Invalid) obj->used = true;
      return;
    }
    Operand x;
    expr(x, d.init);
    initVar(obj, x, "variable declaration");
  } else {
    // var a, b = f(): all lhs are initialized together.
    initVars(d.lhs, d.vspec->values, nullptr);
  }
  for (Var* v : d.lhs)
    if (!v->type) v->type = invalidType();
}

void Checker::typeDecl(TypeName* obj, const DeclInfo& d) {
  const ast::TypeSpec* ts = d.tspec;
  if (!ts->typeParams.empty()) {
    genericTypeDecl(obj, d);
    return;
  }
  if (ts->alias) {
    obj->type = invalidType();  // guards against cycles through the alias
    const Type* rhs = typExpr(ts->type);
    obj->type = rhs;
    return;
  }
  Named* named = tt_.newNamed(obj);
  obj->type = named;
  const Type* rhs = definedType(ts->type, named);
  if (rhs->kind == Kind::Named && !static_cast<const Named*>(rhs)->underlyingType) {
    // type T U where U is still being declared. A cycle of declarations `type A B`, `type B
    // A` has no underlying type; but when some declaration on the way is a type literal
    // (`type U struct{ next *T }`), U's underlying type is that literal and T gets it once
    // U's declaration ends (go/types resolves such chains lazily).
    std::vector<Object*> cycle;
    auto it = std::find(objPath_.begin(), objPath_.end(), static_cast<const Named*>(rhs)->obj);
    if (it != objPath_.end()) cycle.assign(it, objPath_.end());
    bool namesOnly = true;
    for (Object* o : cycle) {
      auto dit = objMap_.find(o);
      const ast::Node* rhsExpr =
          o->kind == ObjKind::TypeName && dit != objMap_.end() && dit->second->tspec
              ? dit->second->tspec->type
              : nullptr;
      while (rhsExpr && rhsExpr->is<ast::ParenExpr>()) rhsExpr = rhsExpr->as<ast::ParenExpr>()->x;
      if (!rhsExpr || !(rhsExpr->is<ast::Ident>() || rhsExpr->is<ast::SelectorExpr>()))
        namesOnly = false;
    }
    // Not on the path: rhs itself waits for such a literal (a chain `type T8 T9`, `type T9
    // T3`, `type T3 struct{...}`).
    bool rhsPending = false;
    for (auto& [n, r] : pendingUnderlying_)
      if (n == rhs) rhsPending = true;
    if ((!cycle.empty() && !namesOnly) || (cycle.empty() && rhsPending)) {
      pendingUnderlying_.push_back({named, static_cast<const Named*>(rhs)});
      return;
    }
    if (cycle.empty()) cycle.push_back(obj);
    cycleError(cycle);
    named->underlyingType = invalidType();
  } else {
    named->underlyingType = rhs->underlying();
  }
  if (!validType(named)) named->underlyingType = invalidType();
  resolvePendingUnderlying(false);
}

void Checker::resolvePendingUnderlying(bool final) {
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < pendingUnderlying_.size(); i++) {
      auto [named, rhs] = pendingUnderlying_[i];
      if (!rhs->underlyingType && !final) continue;
      named->underlyingType = rhs->underlyingType ? rhs->underlyingType : invalidType();
      if (!validType(named, false)) {
        // `type C struct{ d D }`, `type D C`: name the cycle through the declarations as Go
        // does (the validator would only see D's struct containing D).
        cycleError({rhs->obj, named->obj});
        named->underlyingType = invalidType();
      }
      pendingUnderlying_.erase(pendingUnderlying_.begin() + static_cast<long>(i));
      changed = true;
      break;
    }
  }
}

namespace {

struct TypeValidator {
  Checker& check;
  std::vector<const Named*> path;
  std::set<const Named*>& valid;
  bool report = true;
  bool ok = true;
  bool incomplete = false;  // met a type still being declared: do not memoize

  void visit(const Type* t) {
    if (!ok || !t) return;
    switch (t->kind) {
      case Kind::Array:
        visit(static_cast<const Array*>(t)->elem);
        return;
      case Kind::Struct:
        for (const Var* f : static_cast<const Struct*>(t)->fields) visit(f->type);
        return;
      case Kind::Interface:
        for (const Type* e : static_cast<const Interface*>(t)->embeddeds) visit(e);
        return;
      case Kind::Named: {
        auto n = static_cast<const Named*>(t);
        if (!n->underlyingType) {
          incomplete = true;
          return;
        }
        if (valid.count(n)) return;
        auto it = std::find(path.begin(), path.end(), n);
        if (it != path.end()) {
          std::vector<Object*> cycle;
          for (auto p = it; p != path.end(); ++p) cycle.push_back((*p)->obj);
          if (report) check.cycleError(cycle);
          ok = false;
          return;
        }
        path.push_back(n);
        visit(n->underlyingType);
        path.pop_back();
        return;
      }
      default:
        return;
    }
  }
};

}  // namespace

bool Checker::validType(const Named* start, bool report) {
  TypeValidator v{*this, {}, validNamed_, report};
  v.visit(start);
  if (v.ok && !v.incomplete) validNamed_.insert(start);
  return v.ok;
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methods_.find(obj);
  if (it == methods_.end()) return;
  std::vector<Func*> list = std::move(it->second);
  methods_.erase(it);
  if (auto g = generics().types.find(obj); g != generics().types.end()) {
    // Methods of a generic type are instantiated with each instance of the type.
    for (Func* m : list) {
      if (m->name == "_") continue;
      for (Func* e : g->second->methods)
        if (e->name == m->name)
          error(m->pos, obj->name + "." + m->name + " redeclared in this block\n\t" +
                            posString(e->pos) + ": other declaration of " + m->name);
      g->second->methods.push_back(m);
    }
    return;
  }
  if (!obj->type || obj->type->kind != Kind::Named) return;
  auto named = const_cast<Named*>(static_cast<const Named*>(obj->type));
  for (Func* m : list) {
    if (m->name == "_") continue;
    Func* alt = nullptr;
    for (Func* e : named->methods)
      if (e->name == m->name) alt = e;
    if (alt && replCell_ && std::find(list.begin(), list.end(), alt) == list.end()) {
      // An interactive session: a method of an earlier input is replaced (like a func).
      std::replace(named->methods.begin(), named->methods.end(), alt, m);
      continue;
    }
    if (alt) {
      error(m->pos, obj->name + "." + m->name + " redeclared in this block\n\t" +
                        posString(alt->pos) + ": other declaration of " + m->name);
      continue;
    }
    named->methods.push_back(m);
  }
  // Fields and methods share one name space.
  if (named->underlyingType && named->underlyingType->kind == Kind::Struct) {
    for (const Var* f : static_cast<const Struct*>(named->underlyingType)->fields)
      for (Func* m : named->methods)
        if (f->name == m->name && f->name != "_")
          error(m->pos, "field and method with the same name " + m->name + "\n\t" +
                            posString(f->pos) + ": other declaration of " + m->name);
  }
}

void Checker::funcDecl(Func* obj, const DeclInfo& d) {
  const ast::FuncDecl* fd = d.fdecl;
  if (!fd->typeParams.empty()) {
    genericFuncDecl(obj, d);
    return;
  }
  if (fd->recv && fd->recv->type) {
    // A method of a generic type (receiver T[P] or *T[P]): checked per instance.
    const ast::Expr* r = fd->recv->type;
    while (r->is<ast::ParenExpr>() || r->is<ast::StarExpr>())
      r = r->is<ast::ParenExpr>() ? r->as<ast::ParenExpr>()->x : r->as<ast::StarExpr>()->x;
    if (r->is<ast::IndexExpr>()) {
      obj->type = tt_.signature({}, {}, false);
      prog_.genericDecls.insert(fd);
      markImportsUsed(fd->body);
      return;
    }
  }
  Scope* fscope = tt_.newScope(scope_);
  fscope->isFunc = true;
  ParamVars& pv = prog_.paramVars[fd->sig];
  obj->type = tt_.signature({}, {}, false);  // guard against cycles
  const Signature* sig = funcType(fd->sig, fd->recv, &pv, fscope);
  recordTypeExpr(fd->sig, sig);
  if (fd->recv && pv.recv) {
    obj->type = tt_.methodSignature(pv.recv, sig);
  } else {
    obj->type = sig;
  }
  if (fd->body) funcBodies_.push_back({fd, obj});
  funcScopes_[fd] = fscope;
}

// Declarations inside function bodies.
void Checker::localDecl(const ast::GenDecl* gd) {
  switch (gd->tok) {
    case ast::DeclTok::Import:
      break;
    case ast::DeclTok::Const: {
      const ast::ValueSpec* last = nullptr;
      for (ast::Node* sn : gd->specs) {
        auto vs = sn->as<ast::ValueSpec>();
        if (!vs) continue;
        if (vs->type || !vs->values.empty()) last = vs;
        const ast::ValueSpec* src = last ? last : vs;
        std::vector<Const*> lhs;
        for (size_t i = 0; i < vs->names.size(); i++) {
          ast::Ident* id = vs->names[i];
          auto c = tt_.newObject<Const>(id->name, id->pos, nullptr);
          c->pkg = pkg_;
          DeclInfo d;
          d.typeExpr = src->type;
          d.init = i < src->values.size() ? src->values[i] : nullptr;
          d.iota = vs->iota;
          ConstPtr savedIota = iota_;
          constDecl(c, d);
          iota_ = savedIota;
          lhs.push_back(c);
        }
        constArity(vs, src);
        for (size_t i = 0; i < vs->names.size(); i++) declare(scope_, vs->names[i], lhs[i]);
      }
      break;
    }
    case ast::DeclTok::Var: {
      for (ast::Node* sn : gd->specs) {
        auto vs = sn->as<ast::ValueSpec>();
        if (!vs) continue;
        std::vector<Var*> lhs;
        for (ast::Ident* id : vs->names) {
          Var* v = newVar(id->name, id->pos, nullptr);
          varOwner_[v] = func_;
          lhs.push_back(v);
          recordDef(id, v);
        }
        const Type* t = vs->type ? varType(vs->type) : nullptr;
        if (t)
          for (Var* v : lhs) v->type = t;
        size_t l = lhs.size(), r = vs->values.size();
        if (r == l) {
          for (size_t i = 0; i < l; i++) {
            Operand x;
            expr(x, vs->values[i]);
            initVar(lhs[i], x, "variable declaration");
          }
        } else if (r == 1) {
          initVars(lhs, vs->values, nullptr);
        } else if (r > 0) {
          for (size_t i = 0; i < l; i++) {
            if (i < r) {
              Operand x;
              expr(x, vs->values[i]);
              initVar(lhs[i], x, "variable declaration");
            } else {
              lhs[i]->used = true;
            }
          }
          for (size_t i = l; i < r; i++) useExpr(vs->values[i]);
          varArity(vs);
        }
        for (Var* v : lhs) {
          if (!v->type) v->type = invalidType();
          if (v->type->kind == Kind::Invalid) v->used = true;
        }
        for (size_t i = 0; i < lhs.size(); i++) declare(scope_, vs->names[i], lhs[i]);
      }
      break;
    }
    case ast::DeclTok::Type: {
      for (ast::Node* sn : gd->specs) {
        auto ts = sn->as<ast::TypeSpec>();
        if (!ts || !ts->name) continue;
        auto tn = tt_.newObject<TypeName>(ts->name->name, ts->name->pos, nullptr);
        tn->pkg = pkg_;
        tn->alias = ts->alias;
        declare(scope_, ts->name, tn);
        color_[tn] = Color::Grey;
        objPath_.push_back(tn);
        DeclInfo d;
        d.tspec = ts;
        typeDecl(tn, d);
        objPath_.pop_back();
        color_[tn] = Color::Black;
      }
      break;
    }
  }
}

}  // namespace weft::lang::check
