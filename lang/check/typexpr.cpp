// Type expressions: names, literals of composite types, signatures, struct and interface types.
#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

void Checker::recordTypeExpr(const ast::Expr* e, const Type* t) {
  e->mode = Mode::TypeExpr;
  e->type = t;
  e->value.reset();
}

const Type* Checker::varType(const ast::Expr* e) {
  const Type* t = typExpr(e);
  // Constraint interfaces (with type terms, or comparable) are not types of values.
  if (t->underlying()->kind == Kind::Interface) {
    TypeSet ts = typeSetOf(t);
    if (!ts.all || ts.comparable) {
      errorAt(e, "cannot use type " + typeString(t) + " outside a type constraint: interface " +
                     (ts.all ? "is (or embeds) comparable" : "contains type constraints"));
      return invalidType();
    }
  }
  return t;
}

const Type* Checker::definedType(const ast::Expr* e, const Named* def) {
  return typExpr(e, def);
}

const Type* Checker::typExpr(const ast::Expr* e, const Named* def) {
  using K = ast::NodeKind;
  const Type* t = invalidType();
  switch (e->kind) {
    case K::Ident:
    case K::SelectorExpr: {
      Operand x;
      if (e->kind == K::Ident)
        ident(x, static_cast<const ast::Ident*>(e), true);
      else
        selector(x, static_cast<const ast::SelectorExpr*>(e), true);
      x.expr = e;
      switch (x.mode) {
        case Mode::TypeExpr:
          t = x.type;
          if (GenericType* gt = genericTypeOf(t)) {
            errorAt(e, "cannot use generic type " + gt->obj->name +
                           tparamsString(gt->tparams, gt->spec->typeParams) +
                           " without instantiation");
            t = invalidType();
          }
          break;
        case Mode::Invalid:
          break;
        case Mode::NoValue:
          errorAt(e, operandString(x) + " used as type");
          break;
        default:
          errorAt(e, operandString(x) + " is not a type");
          break;
      }
      break;
    }
    case K::ParenExpr:
      t = typExpr(static_cast<const ast::ParenExpr*>(e)->x, def);
      break;
    case K::ArrayType: {
      auto a = static_cast<const ast::ArrayType*>(e);
      if (!a->len) {
        t = tt_.slice(varType(a->elem));
        break;
      }
      if (a->len->kind == K::Ellipsis) {
        varType(a->elem);
        errorAt(a->len, "invalid use of [...] array (outside a composite literal)");
        break;
      }
      int64_t n = arrayLength(a->len);
      const Type* elem = varType(a->elem);
      if (n >= 0) t = tt_.array(elem, n);
      break;
    }
    case K::StarExpr: {
      const Type* base = typExpr(static_cast<const ast::StarExpr*>(e)->x);
      t = tt_.pointer(base);
      break;
    }
    case K::MapType: {
      auto m = static_cast<const ast::MapType*>(e);
      const Type* key = varType(m->key);
      const Type* val = varType(m->value);
      auto mt = tt_.map(key, val);
      mapTypes_.push_back({m, mt, fileName_});
      t = mt;
      break;
    }
    case K::ChanType: {
      auto c = static_cast<const ast::ChanType*>(e);
      const Type* elem = varType(c->value);
      ChanDir dir = c->dir == ast::ChanDir::Send   ? ChanDir::Send
                    : c->dir == ast::ChanDir::Recv ? ChanDir::Recv
                                                   : ChanDir::Both;
      t = tt_.chan(dir, elem);
      break;
    }
    case K::FuncType: {
      Scope* s = tt_.newScope(scope_);
      t = funcType(static_cast<const ast::FuncType*>(e), nullptr, nullptr, s);
      break;
    }
    case K::StructType:
      t = structType(static_cast<const ast::StructType*>(e));
      break;
    case K::InterfaceType:
      t = interfaceType(static_cast<const ast::InterfaceType*>(e), def);
      break;
    case K::Ellipsis:
      errorAt(e, "invalid use of '...'");
      break;
    case K::IndexExpr: {
      auto ix = static_cast<const ast::IndexExpr*>(e);
      Operand x;
      if (auto id = ix->x->as<ast::Ident>())
        ident(x, id, true);
      else if (auto sel = ix->x->as<ast::SelectorExpr>())
        selector(x, sel, true);
      else
        x.mode = Mode::Invalid;
      if (x.mode == Mode::TypeExpr) {
        recordTypeExpr(ix->x, x.type);
        t = instantiateTypeExpr(ix, x.type);
      } else if (x.mode != Mode::Invalid || !ix->x->is<ast::Ident>()) {
        errorAt(ix->x, exprString(ix->x) + " is not a generic type");
      }
      break;
    }
    default:
      errorAt(e, exprString(e) + " is not a type");
      useExpr(e);
      break;
  }
  recordTypeExpr(e, t);
  return t;
}

int64_t Checker::arrayLength(const ast::Expr* e) {
  if (auto id = e->as<ast::Ident>()) {
    Object* obj = lookup(id->name);
    if (!obj) {
      error(id->pos, "undefined array length " + id->name + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error(id->pos, "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (!x.invalid()) errorAt(e, "array length " + operandString(x) + " must be constant");
    return -1;
  }
  if (x.type->isUntyped() || x.type->isInteger()) {
    auto v = toIntConst(*x.val);
    if (v->known() && types::representable(*v, Kind::Int)) {
      if (auto n = v->toInt64(); n && *n >= 0) {
        if (x.type->isUntyped()) updateExprType(e, basic(Kind::Int), true);
        return *n;
      }
    }
  }
  errorAt(e, (x.type->isInteger() ? "invalid array length " : "array length ") + operandString(x) +
                 (x.type->isInteger() ? "" : " must be integer"));
  return -1;
}

const Signature* Checker::funcType(const ast::FuncType* ft, const ast::Field* recv, ParamVars* vars,
                                   Scope* scope) {
  ParamVars local;
  if (!vars) vars = &local;
  // Types are resolved in the enclosing scope; the parameters are declared afterwards.
  struct Param {
    ast::Ident* name;
    ast::Pos pos;
    const Type* type;
  };
  bool variadic = false;
  auto collect = [&](const std::vector<ast::Field*>& fields, bool isResult) {
    std::vector<Param> out;
    for (size_t i = 0; i < fields.size(); i++) {
      const ast::Field* f = fields[i];
      const Type* t;
      if (auto el = f->type ? f->type->as<ast::Ellipsis>() : nullptr) {
        const Type* elem = el->elem ? varType(el->elem) : invalidType();
        t = tt_.slice(elem);
        recordTypeExpr(f->type, t);
        if (isResult || i + 1 != fields.size() || f->names.size() > 1) {
          errorAt(f->type, "can only use ... with final parameter in list");
        } else {
          variadic = true;
        }
      } else {
        t = f->type ? varType(f->type) : invalidType();
      }
      if (f->names.empty()) {
        out.push_back({nullptr, f->type ? startPos(f->type) : f->pos, t});
      } else {
        for (ast::Ident* id : f->names) out.push_back({id, id->pos, t});
      }
    }
    return out;
  };

  std::vector<Param> recvList;
  if (recv) {
    recvList = collect({const_cast<ast::Field*>(recv)}, false);
  }
  std::vector<Param> params = collect(ft->params, false);
  std::vector<Param> results = collect(ft->results, true);

  auto declareParam = [&](const Param& p) {
    Var* v = newVar(p.name ? p.name->name : "", p.pos, p.type);
    v->isParam = true;
    v->used = true;
    if (p.name) {
      recordDef(p.name, v);
      if (!p.name->blank() && scope) declare(scope, nullptr, v);
    }
    return v;
  };

  if (recv) {
    if (recvList.size() != 1) {
      error(recv->pos, "method must have exactly one receiver");
    } else {
      const Type* rt = recvList[0].type;
      bool isPtr = false;
      const Type* base = derefPointer(rt, &isPtr);
      if (rt->kind != Kind::Invalid && base->kind != Kind::Invalid) {
        std::string bad;
        if (base->kind == Kind::Named) {
          auto n = static_cast<const Named*>(base);
          if (n->obj->pkg != pkg_) {
            error(recvList[0].pos,
                  "cannot define new methods on non-local type " + typeString(base));
          } else if (n->underlyingType) {
            Kind uk = n->underlyingType->kind;
            if (uk == Kind::Pointer || uk == Kind::Interface)
              error(recvList[0].pos,
                    "invalid receiver type " + typeString(base) + " (pointer or interface type)");
          }
        } else if (base->isBasic()) {
          error(recvList[0].pos, "cannot define new methods on non-local type " + typeString(base));
        } else {
          error(recvList[0].pos, "invalid receiver type " + typeString(rt));
        }
      }
      vars->recv = declareParam(recvList[0]);
    }
  }
  std::vector<const Type*> ptypes, rtypes;
  for (const Param& p : params) {
    vars->params.push_back(declareParam(p));
    ptypes.push_back(p.type);
  }
  for (const Param& p : results) {
    vars->results.push_back(declareParam(p));
    rtypes.push_back(p.type);
  }
  return tt_.signature(ptypes, rtypes, variadic);
}

namespace {

// The implicit name of an embedded field: T, *T, pkg.T, *pkg.T.
const ast::Ident* embeddedName(const ast::Expr* e) {
  while (e) {
    if (auto s = e->as<ast::StarExpr>()) {
      e = s->x;
    } else if (auto p = e->as<ast::ParenExpr>()) {
      e = p->x;
    } else if (auto sel = e->as<ast::SelectorExpr>()) {
      return sel->sel;
    } else if (auto id = e->as<ast::Ident>()) {
      return id;
    } else if (auto ix = e->as<ast::IndexExpr>()) {
      e = ix->x;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

}  // namespace

const Struct* Checker::structType(const ast::StructType* st) {
  std::vector<FieldSpec> specs;
  std::vector<const ast::Ident*> idents;  // per field: the declaring identifier (null if embedded)
  std::map<std::string, ast::Pos> seen;
  auto add = [&](FieldSpec spec, const ast::Ident* id) {
    if (spec.name != "_") {
      auto [it, fresh] = seen.emplace(spec.name, spec.pos);
      if (!fresh) {
        error(spec.pos, spec.name + " redeclared\n\t" + posString(it->second) +
                            ": other declaration of " + spec.name);
        return;
      }
    }
    specs.push_back(std::move(spec));
    idents.push_back(id);
  };
  for (const ast::Field* f : st->fields) {
    const Type* t = varType(f->type);
    std::string tag = f->tag ? f->tag->value : "";
    if (f->names.empty()) {
      const ast::Ident* name = embeddedName(f->type);
      if (!name) {
        errorAt(f->type, "invalid embedded field type " + exprString(f->type));
        continue;
      }
      ast::Pos pos = startPos(f->type);
      bool isPtr = false;
      const Type* base = derefPointer(t, &isPtr);
      const Type* bu = base->kind == Kind::Named && !static_cast<const Named*>(base)->underlyingType
                           ? nullptr
                           : base->underlying();
      if (bu) {
        if (bu->kind == Kind::UnsafePointer) {
          error(pos, "embedded field type cannot be unsafe.Pointer");
        } else if (bu->kind == Kind::Pointer) {
          error(pos, "embedded field type cannot be a pointer");
        } else if (isPtr && bu->kind == Kind::Interface) {
          error(pos, "embedded field type cannot be a pointer to an interface");
        }
      }
      add(FieldSpec{name->name, pos, t, true, tag, pkg_}, nullptr);
      continue;
    }
    for (const ast::Ident* id : f->names)
      add(FieldSpec{id->name, id->pos, t, false, tag, pkg_}, id);
  }
  const Struct* s = tt_.structType(specs);
  for (size_t i = 0; i < idents.size(); i++)
    if (idents[i]) recordDef(idents[i], s->fields[i]);
  return s;
}

const Interface* Checker::interfaceType(const ast::InterfaceType* it, const Named* def) {
  std::vector<MethodSpec> methods;
  std::vector<const Type*> embeddeds;
  std::vector<const ast::Ident*> methodIdents;
  TypeSet typeSet;  // the type terms and comparable (constraint interfaces)
  bool constraint = false;
  for (const ast::Field* f : it->elems) {
    if (!f->names.empty()) {
      const ast::Ident* name = f->names[0];
      auto ft = f->type ? f->type->as<ast::FuncType>() : nullptr;
      if (!ft) continue;
      Scope* s = tt_.newScope(scope_);
      const Signature* sig = funcType(ft, nullptr, nullptr, s);
      recordTypeExpr(ft, sig);
      if (name->blank()) {
        error(name->pos, "methods must have a unique non-blank name");
        continue;
      }
      const MethodSpec* dup = nullptr;
      for (const MethodSpec& m : methods)
        if (m.name == name->name) dup = &m;
      if (dup) {
        error(name->pos, "duplicate method " + name->name + "\n\t" + posString(dup->pos) +
                             ": other declaration of " + name->name);
        continue;
      }
      methods.push_back(MethodSpec{name->name, name->pos, sig, pkg_});
      methodIdents.push_back(name);
      continue;
    }
    const ast::Expr* te = f->type;
    if (te && (te->is<ast::BinaryExpr>() || te->is<ast::UnaryExpr>())) {
      std::vector<Term> terms;
      collectTerms(te, terms);
      TypeSet u;
      u.all = false;
      u.terms = terms;
      typeSet = intersectTypeSets(typeSet, u);
      constraint = true;
      continue;
    }
    const Type* t = typExpr(te);
    if (t->kind == Kind::Invalid) continue;
    if (t->underlying()->kind != Kind::Interface && t->kind != Kind::Named &&
        t->kind != Kind::TypeParam) {
      // A single non-interface type term: interface{ []E }.
      TypeSet u;
      u.all = false;
      u.terms.push_back(Term{false, t});
      typeSet = intersectTypeSets(typeSet, u);
      constraint = true;
      continue;
    }
    if (t->kind == Kind::Named && t->underlying()->kind != Kind::Interface &&
        static_cast<const Named*>(t)->underlyingType) {
      TypeSet u;
      u.all = false;
      u.terms.push_back(Term{false, t});
      typeSet = intersectTypeSets(typeSet, u);
      constraint = true;
      continue;
    }
    if (t->kind == Kind::Named && !static_cast<const Named*>(t)->underlyingType) {
      auto n = static_cast<const Named*>(t);
      std::vector<Object*> cycle;
      bool on = false;
      for (Object* o : objPath_) {
        if (o == n->obj) on = true;
        if (on) cycle.push_back(o);
      }
      if (cycle.empty()) cycle.push_back(n->obj);
      cycleError(cycle);
      continue;
    }
    if (t->underlying()->kind != Kind::Interface) {
      errorAt(te, "cannot embed a type parameter");
      continue;
    }
    {
      TypeSet es = typeSetOf(t);
      if (!es.all || es.comparable) {
        typeSet = intersectTypeSets(typeSet, es);
        constraint = true;
      }
    }
    // Methods coming from several embedded interfaces must agree.
    for (const Func* m : static_cast<const Interface*>(t->underlying())->allMethods) {
      for (const MethodSpec& e : methods)
        if (e.name == m->name && e.sig != m->type) errorAt(te, "duplicate method " + m->name);
      for (const Type* other : embeddeds)
        for (const Func* o : static_cast<const Interface*>(other->underlying())->allMethods)
          if (o->name == m->name && o->type != m->type) errorAt(te, "duplicate method " + m->name);
    }
    embeddeds.push_back(t);
  }
  const Interface* iface =
      constraint ? tt_.newInterface(methods, embeddeds) : tt_.interfaceType(methods, embeddeds);
  if (constraint) generics().typeSets[iface] = typeSet;
  for (const ast::Ident* id : methodIdents)
    for (Func* f : iface->allMethods)
      if (f->name == id->name) recordDef(id, f);
  (void)def;
  return iface;
}

void Checker::checkMapKeys() {
  std::string savedFile = fileName_;
  for (auto& [node, m, file] : mapTypes_) {
    fileName_ = file;
    const Type* k = m->key;
    if (k->kind == Kind::Invalid) continue;
    if (k->kind == Kind::Named && !static_cast<const Named*>(k)->underlyingType) continue;
    if (k->kind == Kind::TypeParam) {
      TypeSet ts = typeSetOf(static_cast<const TypeParam*>(k)->constraint);
      bool ok = ts.comparable;
      if (!ts.all && !ts.terms.empty()) {
        ok = true;
        for (const Term& term : ts.terms) ok = ok && comparable(term.type);
      }
      if (!ok)
        errorAt(node->key,
                "invalid map key type " + typeString(k) + " (missing comparable constraint)");
      continue;
    }
    if (!comparable(k)) {
      std::string why;
      errorAt(node->key, "invalid map key type " + typeString(k) + why);
    }
  }
  mapTypes_.clear();
  fileName_ = savedFile;
}

}  // namespace weft::lang::check
