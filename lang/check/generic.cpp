// Generics: type parameter lists, constraints and type sets, instantiation of generic functions,
// types and methods, type argument inference (go/types' instantiate.go, infer.go, unify.go in
// spirit). See checker.hpp ("Generics") for the representation: an instance is a copy of the
// generic declaration checked with each type parameter name aliased to its type argument.
#include <algorithm>

#include "lang/ast_walk.hpp"
#include "lang/check/checker.hpp"
#include "lang/check/clone.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

bool isTermExpr(const ast::Expr* e) {
  if (auto b = e->as<ast::BinaryExpr>()) return b->op == ast::Op::Or;
  if (auto u = e->as<ast::UnaryExpr>()) return u->op == ast::Op::Tilde;
  return false;
}

std::string termsString(const std::vector<Term>& terms) {
  std::string s;
  for (size_t i = 0; i < terms.size(); i++) {
    if (i) s += " | ";
    if (terms[i].tilde) s += "~";
    s += terms[i].type->str();
  }
  return s;
}

bool termIncludes(const Term& t, const Type* V) {
  if (t.tilde) return identical(t.type->underlying(), V->underlying());
  return identical(t.type, V);
}

}  // namespace

// The intersection of two type sets (terms are intersected pairwise, as far as Go's rules on
// identical and underlying types allow).
TypeSet intersectTypeSets(const TypeSet& a, const TypeSet& b) {
  TypeSet r;
  r.comparable = a.comparable || b.comparable;
  if (a.all) {
    r.all = b.all;
    r.terms = b.terms;
    return r;
  }
  if (b.all) {
    r.all = false;
    r.terms = a.terms;
    return r;
  }
  r.all = false;
  for (const Term& x : a.terms)
    for (const Term& y : b.terms) {
      if (x.tilde && y.tilde && identical(x.type, y.type))
        r.terms.push_back(x);
      else if (x.tilde && !y.tilde && identical(x.type, y.type->underlying()))
        r.terms.push_back(y);
      else if (!x.tilde && y.tilde && identical(y.type, x.type->underlying()))
        r.terms.push_back(x);
      else if (!x.tilde && !y.tilde && identical(x.type, y.type))
        r.terms.push_back(x);
    }
  return r;
}

GenericsState& Checker::generics() {
  if (!generics_) {
    if (!prog_.genericsState) prog_.genericsState = std::make_shared<GenericsState>();
    generics_ = prog_.genericsState;
  }
  if (!generics_->arena) {
    prog_.arenas.push_back(std::make_unique<ast::Arena>());
    generics_->arena = prog_.arenas.back().get();
  }
  return *generics_;
}

// ---- type parameters and constraints
// -------------------------------------------------------------

void Checker::declareTypeParams(const std::vector<ast::Field*>& fields, Scope* scope,
                                std::vector<TypeParam*>& out) {
  // All names first: constraints may refer to any parameter of the list ([S ~[]E, E any]).
  for (const ast::Field* f : fields)
    for (ast::Ident* id : f->names) {
      auto tn = tt_.newObject<TypeName>(id->name, id->pos, nullptr);
      tn->pkg = pkg_;
      auto tp = tt_.newTypeParam(tn);
      tn->type = tp;
      declare(scope, id, tn);
      out.push_back(tp);
    }
  Scope* saved = scope_;
  scope_ = scope;
  size_t i = 0;
  for (const ast::Field* f : fields) {
    const Type* c = f->type ? constraintType(f->type) : tt_.emptyInterface();
    for (size_t k = 0; k < f->names.size(); k++) out[i++]->constraint = c;
  }
  scope_ = saved;
}

// A constraint: an interface type, or a type set element (`~int | string`, `[]E`) standing for
// `interface{ elem }`.
const Type* Checker::constraintType(const ast::Expr* e) {
  if (!isTermExpr(e)) {
    const Type* t = typExpr(e);
    if (t->kind == Kind::Invalid) return tt_.emptyInterface();
    if (t->underlying()->kind == Kind::Interface) return t;
    if (t->kind == Kind::TypeParam) {
      errorAt(e, "cannot use a type parameter as constraint");
      return tt_.emptyInterface();
    }
  }
  std::vector<Term> terms;
  collectTerms(e, terms);
  const Interface* iface = tt_.newInterface({}, {});
  TypeSet ts;
  ts.all = false;
  ts.terms = terms;
  generics().typeSets[iface] = ts;
  generics().implicit.insert(iface);
  recordTypeExpr(e, iface);
  return iface;
}

void Checker::collectTerms(const ast::Expr* e, std::vector<Term>& out) {
  if (auto b = e->as<ast::BinaryExpr>(); b && b->op == ast::Op::Or) {
    collectTerms(b->x, out);
    collectTerms(b->y, out);
    return;
  }
  Term t;
  const ast::Expr* te = e;
  if (auto u = e->as<ast::UnaryExpr>(); u && u->op == ast::Op::Tilde) {
    t.tilde = true;
    te = u->x;
  }
  t.type = typExpr(te);
  if (t.type->kind == Kind::Invalid) return;
  if (t.tilde && !identical(t.type, t.type->underlying())) {
    errorAt(e, "invalid use of ~ (underlying type of " + typeString(t.type) + " is " +
                   typeString(t.type->underlying()) + ")");
    return;
  }
  if (t.type->kind == Kind::TypeParam) {
    errorAt(te, "term cannot be a type parameter");
    return;
  }
  if (t.type->underlying()->kind == Kind::Interface) {
    auto I = static_cast<const Interface*>(t.type->underlying());
    if (!I->allMethods.empty()) {
      errorAt(te, "cannot use " + typeString(t.type) + " in union (" + typeString(t.type) +
                      " contains methods)");
      return;
    }
    TypeSet ts = typeSetOf(t.type);
    if (ts.comparable) {
      errorAt(te, "cannot use comparable in union");
      return;
    }
    if (!ts.all) {
      for (const Term& x : ts.terms) out.push_back(x);
      return;
    }
  }
  out.push_back(t);
}

TypeSet Checker::typeSetOf(const Type* constraint) {
  if (!constraint) return {};
  if (constraint == tt_.universe()->lookup("comparable")->type) {
    TypeSet ts;
    ts.comparable = true;
    return ts;
  }
  auto& sets = generics().typeSets;
  auto it = sets.find(constraint->underlying());
  if (it != sets.end()) return it->second;
  return {};
}

// Go's spelling of a constraint: its name, `~int|~string` for an implicit interface, else
// `interface{M() int; ~int|~string}`.
std::string Checker::constraintString(const Type* constraint) {
  if (!constraint || constraint->kind != Kind::Interface) return typeString(constraint);
  auto it = generics().typeSets.find(constraint);
  if (it == generics().typeSets.end()) return typeString(constraint);
  std::string terms;
  for (size_t i = 0; i < it->second.terms.size(); i++) {
    if (i) terms += "|";
    if (it->second.terms[i].tilde) terms += "~";
    terms += typeString(it->second.terms[i].type);
  }
  if (it->second.comparable) terms = terms.empty() ? "comparable" : "comparable; " + terms;
  if (generics().implicit.count(constraint)) return terms;
  std::string s = "interface{";
  auto I = static_cast<const Interface*>(constraint);
  for (const Func* m : I->allMethods) {
    std::string sig = m->type ? typeString(m->type) : "func()";
    if (sig.rfind("func", 0) == 0) sig = sig.substr(4);
    s += m->name + sig + "; ";
  }
  return s + terms + "}";
}

bool Checker::satisfies(const Type* V, const Type* constraint, std::string* cause) {
  if (!V || V->kind == Kind::Invalid || !constraint) return true;
  if (V->kind == Kind::TypeParam) return true;  // an open instance: checked where it is closed
  const Type* cu = constraint->underlying();
  if (cu->kind != Kind::Interface) return true;
  std::string cname = constraintString(constraint);
  TypeSet ts = typeSetOf(constraint);
  if (!ts.all) {
    bool ok = false;
    for (const Term& t : ts.terms)
      if (termIncludes(t, V)) ok = true;
    if (!ok) {
      if (cause) {
        if (ts.terms.empty())
          *cause = "cannot satisfy " + cname + " (empty type set)";
        else
          *cause = typeString(V) + " does not satisfy " + cname + " (" + typeString(V) +
                   " missing in " + termsString(ts.terms) + ")";
      }
      return false;
    }
  }
  auto I = static_cast<const Interface*>(cu);
  if (!I->allMethods.empty()) {
    MissingMethod m = missingMethod(V, I, true, [this](Func* f) { resolveMethod(f); });
    if (m.method) {
      if (cause) {
        std::string why = missingMethodReason(V, constraint, m);
        *cause = typeString(V) + " does not satisfy " + cname + " " + why;
      }
      return false;
    }
  }
  if (ts.comparable && !comparable(V)) {
    if (cause) *cause = typeString(V) + " does not satisfy comparable";
    return false;
  }
  return true;
}

std::string Checker::tparamsString(const std::vector<TypeParam*>& tps,
                                   const std::vector<ast::Field*>& fields) const {
  std::string s = "[";
  size_t i = 0;
  for (const ast::Field* f : fields) {
    for (size_t k = 0; k < f->names.size() && i < tps.size(); k++, i++) {
      if (i) s += ", ";
      s += tps[i]->obj->name + " " + exprString(f->type);
    }
  }
  return s + "]";
}

// Packages named in a generic body count as used even when no instance is checked.
void Checker::markImportsUsed(const ast::Node* body) {
  if (!body) return;
  ast::walk(body, [&](const ast::Node* n) {
    if (auto sel = n->as<ast::SelectorExpr>()) {
      if (auto id = sel->x->as<ast::Ident>()) {
        Object* obj = scope_->lookup(id->name);
        if (obj && obj->kind == ObjKind::PkgName) {
          auto pn = static_cast<PkgName*>(obj);
          if (pn->spec) const_cast<ast::ImportSpec*>(pn->spec)->used = true;
        }
      }
    }
    return true;
  });
}

// ---- declarations ------------------------------------------------------------------------------

void Checker::genericFuncDecl(Func* obj, const DeclInfo& d) {
  const ast::FuncDecl* fd = d.fdecl;
  auto gf = std::make_unique<GenericFunc>();
  gf->obj = obj;
  gf->decl = fd;
  gf->owner = this;
  gf->file = d.file;
  gf->fileScope = d.fileScope;
  obj->type = tt_.signature({}, {}, false);  // guard against cycles
  Scope* tscope = tt_.newScope(scope_);
  declareTypeParams(fd->typeParams, tscope, gf->tparams);
  Scope* fscope = tt_.newScope(tscope);
  fscope->isFunc = true;
  ParamVars pv;
  Scope* saved = scope_;
  scope_ = tscope;
  const Signature* sig = funcType(fd->sig, nullptr, &pv, fscope);
  scope_ = saved;
  obj->type = sig;
  prog_.genericDecls.insert(fd);
  if (fd->name->name == "main" || fd->name->name == "init")
    error(fd->name->pos, "func " + fd->name->name + " must have no type parameters");
  markImportsUsed(fd->body);
  generics().funcs[obj] = std::move(gf);
}

void Checker::genericTypeDecl(TypeName* obj, const DeclInfo& d) {
  const ast::TypeSpec* ts = d.tspec;
  if (ts->alias) {
    error(ts->name->pos, "generic type cannot be alias");
    obj->type = invalidType();
    return;
  }
  auto gt = std::make_unique<GenericType>();
  gt->obj = obj;
  gt->spec = ts;
  gt->owner = this;
  gt->file = d.file;
  gt->fileScope = d.fileScope ? d.fileScope : scope_;
  Named* named = tt_.newNamed(obj);
  named->underlyingType = invalidType();
  obj->type = named;
  gt->generic = named;
  generics().genericNamed[named] = gt.get();
  GenericType* raw = gt.get();
  generics().types[obj] = std::move(gt);
  Scope* tscope = tt_.newScope(scope_);
  declareTypeParams(ts->typeParams, tscope, raw->tparams);
}

GenericType* Checker::genericTypeOf(const Type* t) {
  if (!t) return nullptr;
  auto& m = generics().genericNamed;
  auto it = m.find(t);
  return it == m.end() ? nullptr : it->second;
}

// ---- instantiation -----------------------------------------------------------------------------

bool Checker::hasTypeParam(const Type* t) const {
  if (!t) return false;
  switch (t->kind) {
    case Kind::TypeParam:
      return true;
    case Kind::Pointer:
      return hasTypeParam(static_cast<const Pointer*>(t)->elem);
    case Kind::Slice:
      return hasTypeParam(static_cast<const Slice*>(t)->elem);
    case Kind::Array:
      return hasTypeParam(static_cast<const Array*>(t)->elem);
    case Kind::Chan:
      return hasTypeParam(static_cast<const Chan*>(t)->elem);
    case Kind::Map:
      return hasTypeParam(static_cast<const Map*>(t)->key) ||
             hasTypeParam(static_cast<const Map*>(t)->elem);
    case Kind::Tuple:
      for (const Var* v : static_cast<const Tuple*>(t)->vars)
        if (hasTypeParam(v->type)) return true;
      return false;
    case Kind::Signature:
      return hasTypeParam(static_cast<const Signature*>(t)->params) ||
             hasTypeParam(static_cast<const Signature*>(t)->results);
    case Kind::Struct:
      for (const Var* v : static_cast<const Struct*>(t)->fields)
        if (hasTypeParam(v->type)) return true;
      return false;
    case Kind::Named:
      for (const Type* a : static_cast<const Named*>(t)->typeArgs)
        if (hasTypeParam(a)) return true;
      return false;
    default:
      return false;
  }
}

Scope* Checker::typeArgScope(Scope* outer, const std::vector<std::string>& names,
                             const std::vector<const Type*>& targs) {
  Scope* s = tt_.newScope(outer);
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    if (names[i] == "_") continue;
    auto tn = tt_.newObject<TypeName>(names[i], ast::Pos{}, targs[i]);
    tn->alias = true;
    tn->pkg = pkg_;
    tn->parent = s;
    s->names[names[i]] = tn;
  }
  return s;
}

namespace {
std::vector<std::string> paramNames(const std::vector<ast::Field*>& fields) {
  std::vector<std::string> names;
  for (const ast::Field* f : fields)
    for (const ast::Ident* id : f->names) names.push_back(id->name);
  return names;
}
}  // namespace

void Checker::queueInstanceBody(const ast::FuncDecl* cd, Func* f, const ast::File* file,
                                Scope* fileScope, Scope* fscope) {
  DeclInfo* d = newDecl(file, fileScope);
  d->fdecl = cd;
  objMap_[f] = d;
  funcScopes_[cd] = fscope;
  if (cd->body) funcBodies_.push_back({cd, f});
  for (CheckedPackage& cp : prog_.packages)
    if (cp.pkg == pkg_) cp.funcs.push_back(cd);
  prog_.instanceFiles[cd] = file ? file->filename : "";
}

// Saves and restores the checker's position (an instantiation may be requested from the middle
// of another package's function body).
struct Checker::SavedState {
  Checker& c;
  Scope* scope;
  const ast::File* file;
  DeclInfo* decl;
  ConstPtr iota;
  FuncContext* func;
  explicit SavedState(Checker& ch)
      : c(ch), scope(ch.scope_), file(ch.file_), decl(ch.decl_), iota(ch.iota_), func(ch.func_) {}
  ~SavedState() {
    c.scope_ = scope;
    c.setFile(file, nullptr);
    c.decl_ = decl;
    c.iota_ = iota;
    c.func_ = func;
  }
};

Func* Checker::instantiateFunc(GenericFunc& gf, const std::vector<const Type*>& targs) {
  auto it = gf.instances.find(targs);
  if (it != gf.instances.end()) return it->second;
  Checker& o = *gf.owner;
  if (&o != this) return o.instantiateFunc(gf, targs);
  ast::FuncDecl* cd = cloneFuncDecl(*generics().arena, gf.decl);
  cd->typeParams.clear();
  auto f = tt_.newObject<Func>(gf.obj->name, gf.obj->pos, nullptr);
  f->decl = cd;
  f->pkg = gf.obj->pkg;
  recordDef(cd->name, f);
  gf.instances[targs] = f;
  SavedState saved(*this);
  setFile(gf.file, gf.fileScope);
  decl_ = nullptr;
  iota_ = nullptr;
  func_ = nullptr;
  Scope* ts = typeArgScope(gf.fileScope, paramNames(gf.decl->typeParams), targs);
  scope_ = ts;
  Scope* fscope = tt_.newScope(ts);
  fscope->isFunc = true;
  ParamVars& pv = prog_.paramVars[cd->sig];
  f->type = tt_.signature({}, {}, false);
  const Signature* sig = funcType(cd->sig, nullptr, &pv, fscope);
  recordTypeExpr(cd->sig, sig);
  f->type = sig;
  bool open = false;
  for (const Type* t : targs) open = open || hasTypeParam(t);
  if (!open) queueInstanceBody(cd, f, gf.file, gf.fileScope, fscope);
  return f;
}

Named* Checker::instantiateType(GenericType& gt, const std::vector<const Type*>& targs) {
  auto it = gt.instances.find(targs);
  if (it != gt.instances.end()) return it->second;
  Checker& o = *gt.owner;
  if (&o != this) return o.instantiateType(gt, targs);
  auto tn = tt_.newObject<TypeName>(gt.obj->name, gt.obj->pos, nullptr);
  tn->pkg = gt.obj->pkg;
  Named* named = tt_.newNamed(tn);
  tn->type = named;
  named->typeArgs = targs;
  gt.instances[targs] = named;
  generics().origin[named] = &gt;
  {
    SavedState saved(*this);
    setFile(gt.file, gt.fileScope);
    decl_ = nullptr;
    iota_ = nullptr;
    func_ = nullptr;
    scope_ = typeArgScope(gt.fileScope, paramNames(gt.spec->typeParams), targs);
    ast::Expr* te = cloneExpr(*generics().arena, gt.spec->type);
    const Type* rhs = definedType(te, named);
    if (rhs->kind == Kind::Named && !static_cast<const Named*>(rhs)->underlyingType) {
      error(gt.obj->pos, "invalid recursive type " + gt.obj->name);
      named->underlyingType = invalidType();
    } else {
      named->underlyingType = rhs->underlying();
    }
    if (!validType(named)) named->underlyingType = invalidType();
  }
  for (Func* m : gt.methods) instantiateMethod(gt, named, m, targs);
  bool open = false;
  for (const Type* t : targs) open = open || hasTypeParam(t);
  if (!open) prog_.instanceTypes.push_back(named);
  return named;
}

namespace {
// The type parameter names of a method's receiver: `T` in `(s *Stack[T])`.
const ast::IndexExpr* receiverInstance(const ast::Expr* e) {
  while (e) {
    if (auto p = e->as<ast::ParenExpr>())
      e = p->x;
    else if (auto s = e->as<ast::StarExpr>())
      e = s->x;
    else
      return e->as<ast::IndexExpr>();
  }
  return nullptr;
}
}  // namespace

void Checker::instantiateMethod(GenericType& gt, Named* inst, Func* m,
                                const std::vector<const Type*>& targs) {
  const ast::FuncDecl* md = m->decl;
  if (!md || !md->recv) return;
  const ast::IndexExpr* ri = receiverInstance(md->recv->type);
  std::vector<std::string> names;
  if (ri)
    for (const ast::Expr* ix : ri->indices) {
      auto id = ix->as<ast::Ident>();
      names.push_back(id ? id->name : "_");
    }
  ast::FuncDecl* cd = cloneFuncDecl(*generics().arena, md);
  auto f = tt_.newObject<Func>(m->name, m->pos, nullptr);
  f->decl = cd;
  f->pkg = m->pkg;
  f->ptrRecv = m->ptrRecv;
  recordDef(cd->name, f);
  SavedState saved(*this);
  setFile(gt.file, gt.fileScope);
  decl_ = nullptr;
  iota_ = nullptr;
  func_ = nullptr;
  Scope* ts = typeArgScope(gt.fileScope, names, targs);
  scope_ = ts;
  Scope* fscope = tt_.newScope(ts);
  fscope->isFunc = true;
  ParamVars& pv = prog_.paramVars[cd->sig];
  const Signature* sig = funcType(cd->sig, cd->recv, &pv, fscope);
  recordTypeExpr(cd->sig, sig);
  f->type = pv.recv ? tt_.methodSignature(pv.recv, sig) : sig;
  inst->methods.push_back(f);
  bool open = false;
  for (const Type* t : targs) open = open || hasTypeParam(t);
  if (!open) queueInstanceBody(cd, f, gt.file, gt.fileScope, fscope);
}

// `G[A, B]` in a type context (or `G[A]{...}`, `G[A](x)` in an expression).
const Type* Checker::instantiateTypeExpr(const ast::IndexExpr* e, const Type* generic) {
  GenericType* gt = genericTypeOf(generic);
  if (!gt) {
    errorAt(e->x, typeString(generic) + " is not a generic type");
    for (const ast::Expr* ix : e->indices) varType(ix);
    return invalidType();
  }
  std::vector<const Type*> targs;
  bool bad = false;
  for (const ast::Expr* ix : e->indices) {
    const Type* t = varType(ix);
    if (t->kind == Kind::Invalid) bad = true;
    targs.push_back(t);
  }
  if (bad) return invalidType();
  size_t want = gt->tparams.size();
  if (targs.size() != want) {
    std::string what = targs.size() < want ? "not enough" : "too many";
    error(targs.size() < want ? e->rbrack : startPos(e->indices[want]),
          what + " type arguments for type " + gt->obj->name + ": have " +
              std::to_string(targs.size()) + ", want " + std::to_string(want));
    return invalidType();
  }
  std::map<const TypeParam*, const Type*> m;
  for (size_t i = 0; i < want; i++) m[gt->tparams[i]] = targs[i];
  for (size_t i = 0; i < want; i++) {
    std::string cause;
    if (!satisfies(targs[i], subst(gt->tparams[i]->constraint, m), &cause)) {
      errorAt(e->indices[i], cause);
      return invalidType();
    }
  }
  return instantiateType(*gt, targs);
}

// ---- type argument inference -------------------------------------------------------------------

const Type* Checker::subst(const Type* t, const std::map<const TypeParam*, const Type*>& m) {
  if (!t || m.empty()) return t;
  switch (t->kind) {
    case Kind::TypeParam: {
      auto it = m.find(static_cast<const TypeParam*>(t));
      return it == m.end() ? t : it->second;
    }
    case Kind::Pointer:
      return tt_.pointer(subst(static_cast<const Pointer*>(t)->elem, m));
    case Kind::Slice:
      return tt_.slice(subst(static_cast<const Slice*>(t)->elem, m));
    case Kind::Array:
      return tt_.array(subst(static_cast<const Array*>(t)->elem, m),
                       static_cast<const Array*>(t)->len);
    case Kind::Chan:
      return tt_.chan(static_cast<const Chan*>(t)->dir,
                      subst(static_cast<const Chan*>(t)->elem, m));
    case Kind::Map:
      return tt_.map(subst(static_cast<const Map*>(t)->key, m),
                     subst(static_cast<const Map*>(t)->elem, m));
    case Kind::Signature: {
      auto s = static_cast<const Signature*>(t);
      std::vector<const Type*> ps, rs;
      for (const Var* v : s->params->vars) ps.push_back(subst(v->type, m));
      for (const Var* v : s->results->vars) rs.push_back(subst(v->type, m));
      return tt_.signature(ps, rs, s->variadic);
    }
    case Kind::Named: {
      auto n = static_cast<const Named*>(t);
      if (n->typeArgs.empty()) return t;
      auto it = generics().origin.find(n);
      if (it == generics().origin.end()) return t;
      std::vector<const Type*> args;
      for (const Type* a : n->typeArgs) args.push_back(subst(a, m));
      return instantiateType(*it->second, args);
    }
    case Kind::Interface: {
      auto it = generics().typeSets.find(t);
      if (it == generics().typeSets.end() || it->second.all) return t;
      TypeSet ts = it->second;
      bool changed = false;
      for (Term& term : ts.terms) {
        const Type* nt = subst(term.type, m);
        changed = changed || nt != term.type;
        term.type = nt;
      }
      if (!changed) return t;
      auto I = static_cast<const Interface*>(t);
      std::vector<MethodSpec> methods;
      for (Func* f : I->allMethods)
        methods.push_back(MethodSpec{f->name, f->pos, f->sig(), f->pkg});
      const Interface* ni = tt_.newInterface(methods, {});
      generics().typeSets[ni] = ts;
      return ni;
    }
    default:
      return t;
  }
}

bool Checker::unify(const Type* x, const Type* y, std::map<const TypeParam*, const Type*>& m,
                    const std::vector<TypeParam*>& tps) {
  if (!x || !y) return true;
  if (x->kind == Kind::TypeParam &&
      std::find(tps.begin(), tps.end(), static_cast<const TypeParam*>(x)) != tps.end()) {
    auto tp = static_cast<const TypeParam*>(x);
    auto it = m.find(tp);
    if (it == m.end()) {
      m[tp] = y;
      return true;
    }
    const Type* b = it->second;
    if (identical(b, y)) return true;
    // Inexact unification: a defined type and a type literal with the same underlying type
    // unify; the defined type is kept.
    if (identical(b->underlying(), y->underlying())) {
      if (b->kind != Kind::Named && y->kind == Kind::Named) it->second = y;
      return b->kind != Kind::Named || y->kind != Kind::Named;
    }
    return false;
  }
  if (!hasTypeParam(x)) return true;  // assignability is checked with the instance
  if (x->kind == Kind::Named) {
    auto nx = static_cast<const Named*>(x);
    if (y->kind == Kind::Named) {
      auto ny = static_cast<const Named*>(y);
      auto ox = generics().origin.find(nx), oy = generics().origin.find(ny);
      if (ox != generics().origin.end() && oy != generics().origin.end() &&
          ox->second == oy->second && nx->typeArgs.size() == ny->typeArgs.size()) {
        for (size_t i = 0; i < nx->typeArgs.size(); i++)
          if (!unify(nx->typeArgs[i], ny->typeArgs[i], m, tps)) return false;
        return true;
      }
    }
    return false;
  }
  // x is a type literal with type parameters: match y's structure (a defined y matches through
  // its underlying type).
  const Type* yu = y->kind == Kind::Named ? y->underlying() : y;
  if (yu->kind != x->kind) return false;
  switch (x->kind) {
    case Kind::Pointer:
      return unify(static_cast<const Pointer*>(x)->elem, static_cast<const Pointer*>(yu)->elem, m,
                   tps);
    case Kind::Slice:
      return unify(static_cast<const Slice*>(x)->elem, static_cast<const Slice*>(yu)->elem, m, tps);
    case Kind::Array:
      return static_cast<const Array*>(x)->len == static_cast<const Array*>(yu)->len &&
             unify(static_cast<const Array*>(x)->elem, static_cast<const Array*>(yu)->elem, m, tps);
    case Kind::Chan:
      return unify(static_cast<const Chan*>(x)->elem, static_cast<const Chan*>(yu)->elem, m, tps);
    case Kind::Map:
      return unify(static_cast<const Map*>(x)->key, static_cast<const Map*>(yu)->key, m, tps) &&
             unify(static_cast<const Map*>(x)->elem, static_cast<const Map*>(yu)->elem, m, tps);
    case Kind::Signature: {
      auto a = static_cast<const Signature*>(x);
      auto b = static_cast<const Signature*>(yu);
      if (a->params->size() != b->params->size() || a->results->size() != b->results->size() ||
          a->variadic != b->variadic)
        return false;
      for (size_t i = 0; i < a->params->size(); i++)
        if (!unify(a->params->vars[i]->type, b->params->vars[i]->type, m, tps)) return false;
      for (size_t i = 0; i < a->results->size(); i++)
        if (!unify(a->results->vars[i]->type, b->results->vars[i]->type, m, tps)) return false;
      return true;
    }
    case Kind::Struct: {
      auto a = static_cast<const Struct*>(x);
      auto b = static_cast<const Struct*>(yu);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++)
        if (a->fields[i]->name != b->fields[i]->name ||
            !unify(a->fields[i]->type, b->fields[i]->type, m, tps))
          return false;
      return true;
    }
    default:
      return false;
  }
}

namespace {
// The core type of a constraint for constraint type inference: its single term, if any.
const Term* coreTerm(const TypeSet& ts) {
  if (ts.all || ts.terms.empty()) return nullptr;
  const Term* first = &ts.terms[0];
  for (const Term& t : ts.terms)
    if (!identical(t.type->underlying(), first->type->underlying())) return nullptr;
  return first;
}

int untypedRank(Kind k) {
  switch (k) {
    case Kind::UntypedInt:
      return 1;
    case Kind::UntypedRune:
      return 2;
    case Kind::UntypedFloat:
      return 3;
    case Kind::UntypedComplex:
      return 4;
    default:
      return 0;
  }
}
}  // namespace

bool Checker::inferTypeArgs(GenericFunc& gf, std::vector<const Type*>& targs, size_t explicitCount,
                            const ast::CallExpr* call, std::vector<Operand>& args) {
  const auto& tps = gf.tparams;
  std::map<const TypeParam*, const Type*> m;
  for (size_t i = 0; i < explicitCount; i++) m[tps[i]] = targs[i];
  auto sig = static_cast<const Signature*>(gf.obj->type);
  std::vector<const Type*> params;
  for (const Var* v : sig->params->vars) params.push_back(v->type);
  if (sig->variadic && !call->hasEllipsis && !params.empty()) {
    const Type* elem = static_cast<const Slice*>(params.back())->elem;
    params.pop_back();
    while (params.size() < args.size()) params.push_back(elem);
  }
  std::string fname = gf.obj->name;
  size_t n = std::min(params.size(), args.size());
  // Typed arguments first.
  for (size_t i = 0; i < n; i++) {
    const Operand& a = args[i];
    if (a.invalid() || !a.type || a.type->isUntyped()) continue;
    if (!hasTypeParam(params[i])) continue;
    std::map<const TypeParam*, const Type*> before = m;
    if (!unify(params[i], a.type, m, tps)) {
      const Type* inferred = subst(params[i], before);
      errorAt(a.expr, "in call to " + fname + ", type " + typeString(a.type) + " of " +
                          exprString(a.expr) + " does not match " +
                          (hasTypeParam(inferred) || inferred == params[i]
                               ? typeString(params[i])
                               : "inferred type " + typeString(inferred) + " for " +
                                     typeString(params[i])));
      return false;
    }
  }
  auto constraintInference = [&]() {
    for (bool changed = true; changed;) {
      changed = false;
      for (TypeParam* tp : tps) {
        TypeSet ts = typeSetOf(tp->constraint);
        const Term* core = coreTerm(ts);
        if (!core || !hasTypeParam(core->type)) continue;
        auto it = m.find(tp);
        if (it != m.end()) {
          size_t before = m.size();
          const Type* bound = it->second;
          unify(core->type, core->tilde ? bound->underlying() : bound, m, tps);
          if (m.size() != before) changed = true;
        } else {
          const Type* t = subst(core->type, m);
          if (!hasTypeParam(t)) {
            m[tp] = t;
            changed = true;
          }
        }
      }
    }
  };
  constraintInference();
  // Untyped constants: a parameter whose type is a bare type parameter gets the default type of
  // the "largest" untyped argument for it (Go 1.21).
  for (TypeParam* tp : tps) {
    if (m.count(tp)) continue;
    const Type* best = nullptr;
    for (size_t i = 0; i < n; i++) {
      const Operand& a = args[i];
      if (a.invalid() || !a.type || !a.type->isUntyped() || params[i] != tp) continue;
      if (a.type->kind == Kind::UntypedNil) continue;
      if (!best || untypedRank(a.type->kind) > untypedRank(best->kind)) {
        if (best && (untypedRank(best->kind) == 0) != (untypedRank(a.type->kind) == 0)) {
          errorAt(a.expr, "mismatched types " + typeString(best) + " and " + typeString(a.type) +
                              " (cannot infer " + tp->obj->name + ")");
          return false;
        }
        best = a.type;
      }
    }
    if (best) m[tp] = tt_.defaultType(best);
  }
  constraintInference();
  targs.clear();
  for (TypeParam* tp : tps) {
    auto it = m.find(tp);
    if (it == m.end()) {
      error(call->rparen.valid() ? call->rparen : startPos(call),
            "in call to " + exprString(call->fun) + ", cannot infer " + tp->obj->name);
      return false;
    }
    targs.push_back(it->second);
  }
  return true;
}

bool Checker::checkTypeArgs(GenericFunc& gf, const std::vector<const Type*>& targs,
                            const ast::Node* at, ast::Pos pos) {
  std::map<const TypeParam*, const Type*> m;
  for (size_t i = 0; i < targs.size(); i++) m[gf.tparams[i]] = targs[i];
  for (size_t i = 0; i < targs.size(); i++) {
    std::string cause;
    const Type* c = subst(gf.tparams[i]->constraint, m);
    if (!satisfies(targs[i], c, &cause)) {
      // Explicit type arguments: at the index expression; inferred ones: at the call's (.
      if (at)
        errorAt(at, cause);
      else
        error(pos, cause);
      return false;
    }
  }
  return true;
}

namespace {
// Points the name of the generic function in `fun` at its instance.
void recordInstance(const ast::Expr* fun, Func* inst) {
  fun = unparen(fun);
  if (auto ix = fun->as<ast::IndexExpr>()) {
    ix->mode = Mode::Value;
    ix->type = inst->type;
    fun = unparen(ix->x);
  }
  fun->type = inst->type;
  fun->mode = Mode::Value;
  if (auto id = fun->as<ast::Ident>())
    id->obj = inst;
  else if (auto sel = fun->as<ast::SelectorExpr>()) {
    sel->sel->obj = inst;
    sel->sel->type = inst->type;
  }
}
}  // namespace

// f(args), f[T](args), pkg.F(args) where f is generic: explicit type arguments, inference from
// the arguments, constraint checks, then an ordinary call of the instance.
ExprKind Checker::genericCall(Operand& x, const ast::CallExpr* call) {
  GenericFunc& gf = *x.generic;
  x.generic = nullptr;
  std::vector<const Type*> targs;
  const ast::Expr* fun = unparen(call->fun);
  const ast::IndexExpr* ix = fun->as<ast::IndexExpr>();
  const ast::Node* at = call->fun;
  ast::Pos atPos = call->lparen.valid() ? call->lparen : startPos(call->fun);
  if (ix) {
    for (const ast::Expr* e : ix->indices) targs.push_back(varType(e));
    for (const Type* t : targs)
      if (t->kind == Kind::Invalid) {
        use(call->args);
        x.mode = Mode::Invalid;
        x.expr = call;
        return ExprKind::Statement;
      }
    if (targs.size() > gf.tparams.size()) {
      errorAt(ix->indices[gf.tparams.size()],
              "got " + std::to_string(targs.size()) + " type arguments but " + gf.obj->name +
                  tparamsString(gf.tparams, gf.decl->typeParams) + " has " +
                  std::to_string(gf.tparams.size()) + " type parameters");
      use(call->args);
      x.mode = Mode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
  }
  std::vector<Operand> args;
  exprList(call->args, false, args, nullptr);
  for (const Operand& a : args)
    if (a.invalid()) {
      x.mode = Mode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
  size_t explicitCount = targs.size();
  if (targs.size() < gf.tparams.size()) {
    if (!inferTypeArgs(gf, targs, explicitCount, call, args)) {
      x.mode = Mode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
  }
  if (!checkTypeArgs(gf, targs, explicitCount == targs.size() ? at : nullptr, atPos)) {
    x.mode = Mode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  Func* inst = instantiateFunc(gf, targs);
  recordInstance(call->fun, inst);
  call->callKind = ast::CallKind::Call;
  auto sig = static_cast<const Signature*>(inst->type);
  arguments(call, sig, args, call->fun);
  const Tuple* res = sig->results;
  if (res->vars.empty()) {
    x.mode = Mode::NoValue;
    x.type = invalidType();
  } else if (res->vars.size() == 1) {
    x.mode = Mode::Value;
    x.type = res->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = res;
  }
  x.generic = nullptr;
  x.val.reset();
  x.nil = false;
  x.expr = call;
  hasCallOrRecv_ = true;
  return ExprKind::Statement;
}

// f[T1, T2] not called: every type argument must be given.
void Checker::explicitInstance(Operand& x, const ast::IndexExpr* e) {
  GenericFunc& gf = *x.generic;
  x.generic = nullptr;
  std::vector<const Type*> targs;
  for (const ast::Expr* ix : e->indices) targs.push_back(varType(ix));
  for (const Type* t : targs)
    if (t->kind == Kind::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
  if (targs.size() > gf.tparams.size()) {
    errorAt(e->indices[gf.tparams.size()],
            "got " + std::to_string(targs.size()) + " type arguments but " + gf.obj->name +
                tparamsString(gf.tparams, gf.decl->typeParams) + " has " +
                std::to_string(gf.tparams.size()) + " type parameters");
    x.mode = Mode::Invalid;
    return;
  }
  if (targs.size() < gf.tparams.size()) {
    error(
        e->rbrack.valid() ? e->rbrack : startPos(e),
        "in call to " + exprString(e->x) + ", cannot infer " + gf.tparams[targs.size()]->obj->name);
    x.mode = Mode::Invalid;
    return;
  }
  if (!checkTypeArgs(gf, targs, e->x, {})) {
    x.mode = Mode::Invalid;
    return;
  }
  Func* inst = instantiateFunc(gf, targs);
  recordInstance(e, inst);
  x.mode = Mode::Value;
  x.type = inst->type;
  x.expr = e;
}

// Checks the bodies of instances queued since the last call (by any package's checker).
bool Checker::checkPendingBodies() {
  bool any = false;
  while (bodiesDone_ < funcBodies_.size()) {
    auto [fd, f] = funcBodies_[bodiesDone_++];
    if (prog_.pruned(fd)) continue;
    any = true;
    DeclInfo* d = objMap_[f];
    SavedState saved(*this);
    setFile(d->file, d->fileScope);
    decl_ = d;
    iota_ = nullptr;
    func_ = nullptr;
    hasCallOrRecv_ = false;
    auto sig = static_cast<const Signature*>(f->type);
    funcBody(nullptr, sig, &prog_.paramVars[fd->sig], fd->body, funcScopes_[fd]);
  }
  if (any) {
    checkMapKeys();
    finalizeUntyped();
  }
  return any;
}

}  // namespace weft::lang::check

namespace weft::lang::check {

using namespace types;

void Checker::typeParamError(const ast::Node* at, std::string msg) {
  bool saved = forceError_;
  forceError_ = true;
  errorAt(at, std::move(msg));
  forceError_ = saved;
}

namespace {
bool opOnType(const Type* t, ast::Op op, bool unaryOp) {
  switch (op) {
    case ast::Op::Add:
      return unaryOp ? t->isNumeric() : (t->isNumeric() || t->isString());
    case ast::Op::Sub:
    case ast::Op::Mul:
    case ast::Op::Quo:
      return t->isNumeric();
    case ast::Op::Rem:
    case ast::Op::And:
    case ast::Op::Or:
    case ast::Op::Xor:
    case ast::Op::AndNot:
      return t->isInteger();
    case ast::Op::LAnd:
    case ast::Op::LOr:
    case ast::Op::Not:
      return t->isBoolean();
    default:
      return false;
  }
}
}  // namespace

// An operator on a value of type parameter type is allowed when it is allowed on every type of
// the type parameter's type set (spec "Operands" / "Arithmetic operators"). False when x is not
// of type parameter type.
bool Checker::typeParamOp(Operand& x, ast::Op op, bool unaryOp, bool* ok) {
  if (!x.type || x.type->kind != Kind::TypeParam) return false;
  auto tp = static_cast<const TypeParam*>(x.type);
  TypeSet ts = typeSetOf(tp->constraint);
  *ok = !ts.all && !ts.terms.empty();
  for (const Term& t : ts.terms) *ok = *ok && opOnType(t.type, op, unaryOp);
  if (!*ok)
    typeParamError(x.expr, std::string("invalid operation: operator ") + ast::spell(op) +
                               " not defined on " + exprString(x.expr) + " (variable of type " +
                               tp->obj->name + " constrained by " +
                               constraintString(tp->constraint) + ")");
  return true;
}

bool Checker::typeParamComparison(Operand& x, Operand& y, ast::Op op) {
  const Type* t = x.type && x.type->kind == Kind::TypeParam   ? x.type
                  : y.type && y.type->kind == Kind::TypeParam ? y.type
                                                              : nullptr;
  if (!t) return false;
  auto tp = static_cast<const TypeParam*>(t);
  TypeSet ts = typeSetOf(tp->constraint);
  bool ok;
  std::string why;
  if ((op == ast::Op::Eql || op == ast::Op::Neq) && (x.nil || y.nil)) {
    ok = !ts.all && !ts.terms.empty();  // every type of the set has nil
    for (const Term& term : ts.terms) ok = ok && hasNil(term.type);
    if (!ok) why = "mismatched types " + typeString(t) + " and untyped nil";
  } else if (op == ast::Op::Eql || op == ast::Op::Neq) {
    ok = ts.comparable || (!ts.all && !ts.terms.empty());
    for (const Term& term : ts.terms) ok = ok && comparable(term.type);
    if (!ok) why = "incomparable types in type set";
  } else {
    ok = !ts.all && !ts.terms.empty();
    for (const Term& term : ts.terms) ok = ok && isOrdered(term.type);
    if (!ok) why = "type parameter " + tp->obj->name + " is not comparable with " + ast::spell(op);
  }
  if (!ok) {
    typeParamError(x.expr, "invalid operation: " + exprString(x.expr) + " " + ast::spell(op) + " " +
                               exprString(y.expr) + " (" + why + ")");
    x.mode = Mode::Invalid;
    return true;
  }
  x.mode = Mode::Value;
  x.val.reset();
  x.type = basic(Kind::UntypedBool);
  x.nil = false;
  return true;
}

// Checks each generic function and each method of a generic type of this package once with its
// type parameters as types, reporting misuse of type parameters (`a < b` with T any) even when
// nothing instantiates the declaration.
void Checker::genericBodies() {
  std::vector<GenericFunc*> funcs;
  for (auto& [obj, gf] : generics().funcs)
    if (gf->owner == this && gf->decl->body && !prog_.pruned(gf->decl)) funcs.push_back(gf.get());
  std::sort(funcs.begin(), funcs.end(), [](const GenericFunc* a, const GenericFunc* b) {
    return a->decl->pos.offset < b->decl->pos.offset;
  });
  std::vector<std::pair<GenericType*, Func*>> methods;
  for (auto& [obj, gt] : generics().types)
    if (gt->owner == this)
      for (Func* m : gt->methods)
        if (m->decl && m->decl->body && !prog_.pruned(m->decl)) methods.push_back({gt.get(), m});
  std::sort(methods.begin(), methods.end(), [](const auto& a, const auto& b) {
    return a.second->decl->pos.offset < b.second->decl->pos.offset;
  });
  SavedState saved(*this);
  bool savedMode = genericBody_;
  genericBody_ = true;
  auto check = [&](const ast::File* file, Scope* fileScope, ast::FuncDecl* cd, Scope* tscope,
                   const ast::Field* recv) {
    setFile(file, fileScope);
    decl_ = nullptr;
    iota_ = nullptr;
    func_ = nullptr;
    scope_ = tscope;
    Scope* fscope = tt_.newScope(tscope);
    fscope->isFunc = true;
    ParamVars& pv = prog_.paramVars[cd->sig];
    const Signature* sig = funcType(cd->sig, recv, &pv, fscope);
    funcBody(nullptr, sig, &pv, cd->body, fscope);
  };
  for (GenericFunc* gf : funcs) {
    ast::FuncDecl* cd = cloneFuncDecl(*generics().arena, gf->decl);
    setFile(gf->file, gf->fileScope);
    Scope* tscope = tt_.newScope(gf->fileScope);
    std::vector<TypeParam*> tps;
    declareTypeParams(cd->typeParams, tscope, tps);
    check(gf->file, gf->fileScope, cd, tscope, nullptr);
  }
  for (auto& [gt, m] : methods) {
    ast::FuncDecl* cd = cloneFuncDecl(*generics().arena, m->decl);
    const ast::Expr* r = cd->recv->type;
    while (r->is<ast::ParenExpr>() || r->is<ast::StarExpr>())
      r = r->is<ast::ParenExpr>() ? r->as<ast::ParenExpr>()->x : r->as<ast::StarExpr>()->x;
    auto ri = r->as<ast::IndexExpr>();
    if (!ri) continue;
    if (ri->indices.size() != gt->tparams.size()) {
      typeParamError(ri, "got " + std::to_string(ri->indices.size()) +
                             " type parameters, but receiver base type declares " +
                             std::to_string(gt->tparams.size()));
      continue;
    }
    Scope* tscope = tt_.newScope(gt->fileScope);
    for (size_t i = 0; i < ri->indices.size(); i++) {
      auto id = ri->indices[i]->as<ast::Ident>();
      if (!id || id->blank()) continue;
      auto tn = tt_.newObject<TypeName>(id->name, id->pos, nullptr);
      tn->pkg = pkg_;
      auto tp = tt_.newTypeParam(tn);
      tp->constraint = gt->tparams[i]->constraint;
      tn->type = tp;
      tn->parent = tscope;
      tscope->names[id->name] = tn;
    }
    check(gt->file, gt->fileScope, cd, tscope, cd->recv);
  }
  genericBody_ = savedMode;
}

}  // namespace weft::lang::check
