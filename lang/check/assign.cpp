// Assignability, initialization and assignment (go/types' assignments.go, operand.go).
#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

bool hasName(const Type* t) {
  return t->isBasic() || t->kind == Kind::Named || t->kind == Kind::TypeParam;
}

std::string measure(size_t n, const char* unit) {
  std::string s = std::to_string(n) + " " + unit;
  if (n != 1) s += "s";
  return s;
}

}  // namespace

bool Checker::implements(const Type* V, const Type* T, std::string* cause) {
  const Type* Vu = V->underlying();
  const Type* Tu = T->underlying();
  if (Vu->kind == Kind::Invalid || Tu->kind == Kind::Invalid) return true;
  if (Tu->kind != Kind::Interface) {
    if (cause) {
      std::string detail;
      if (Tu->kind == Kind::Pointer && static_cast<const Pointer*>(Tu)->elem->isInterface())
        detail = "type " + typeString(T) + " is pointer to interface, not interface";
      else
        detail = typeString(T) + " is not an interface";
      *cause = typeString(V) + " does not implement " + typeString(T) + " (" + detail + ")";
    }
    return false;
  }
  auto Ti = static_cast<const Interface*>(Tu);
  if (Ti->allMethods.empty()) return true;
  MissingMethod m = missingMethod(V, Ti, true, [this](Func* f) { resolveMethod(f); });
  if (m.method) {
    if (cause)
      *cause = typeString(V) + " does not implement " + typeString(T) + " " +
               missingMethodReason(V, T, m);
    return false;
  }
  return true;
}

bool Checker::assignableTo(Operand& x, const Type* T, std::string* reason) {
  if (x.invalid() || !T || T->kind == Kind::Invalid) return true;
  const Type* V = x.type;
  if (!V || V->kind == Kind::Invalid) return true;
  if (identical(V, T)) return true;
  const Type* Vu = V->underlying();
  const Type* Tu = T->underlying();
  if (V->isUntyped()) {
    ConstPtr val;
    int code = 0;
    return implicitTypeAndValue(x, T, &val, &code) != nullptr;
  }
  // identical underlying types and at least one is not a named type
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  // T is an interface type and x implements T
  if (Tu->kind == Kind::Interface ||
      (Tu->kind == Kind::Pointer && static_cast<const Pointer*>(Tu)->elem->isInterface())) {
    std::string cause;
    if (!implements(V, T, reason ? &cause : nullptr)) {
      if (reason) *reason = cause;
      return false;
    }
    return true;
  }
  // If V is an interface, check if a missing type assertion is the problem.
  if (Vu->kind == Kind::Interface) {
    if (implements(T, V, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  // bidirectional channel value assignable to a channel type with identical elements
  if (Vu->kind == Kind::Chan && static_cast<const Chan*>(Vu)->dir == ChanDir::Both &&
      Tu->kind == Kind::Chan &&
      identical(static_cast<const Chan*>(Vu)->elem, static_cast<const Chan*>(Tu)->elem))
    return !hasName(V) || !hasName(T);
  return false;
}

void Checker::assignment(Operand& x, const Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::CommaOk:
      break;
    default:
      errorAt(x.expr,
              "cannot assign " + operandString(x) + " to " + typeString(T) + " in " + context);
      x.mode = Mode::Invalid;
      return;
  }
  if (x.type->isUntyped()) {
    const Type* target = T;
    if (x.nil) {
      if (!T) {
        errorAt(x.expr, "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!T || T->isInterface()) {
      target = tt_.defaultType(x.type);
    }
    ConstPtr val;
    int code = 0;
    const Type* newType = implicitTypeAndValue(x, target, &val, &code);
    if (code) {
      std::string msg;
      if (x.nil)
        msg = "cannot use nil as " + typeString(target) + " value in " + context;
      else
        msg =
            "cannot use " + operandString(x) + " as " + typeString(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      errorAt(x.expr, msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (val) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    std::string what = x.nil ? "nil" : operandString(x);
    if (!reason.empty())
      errorAt(x.expr, "cannot use " + what + " as " + typeString(T) + " value in " + context +
                          ": " + reason);
    else
      errorAt(x.expr, "cannot use " + what + " as " + typeString(T) + " value in " + context);
    x.mode = Mode::Invalid;
  }
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  if (x.mode != Mode::Constant) {
    errorAt(x.expr, operandString(x) + " is not constant");
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid()) return;
  lhs->value = x.val;
}

const Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
    if (!lhs->type) lhs->type = invalidType();
    lhs->used = true;
    return nullptr;
  }
  if (!lhs->type) {
    const Type* t = x.type;
    if (t->isUntyped()) {
      if (x.nil) {
        errorAt(x.expr, "use of untyped nil in " + context);
        lhs->type = invalidType();
        return nullptr;
      }
      t = tt_.defaultType(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.invalid()) {
    lhs->used = true;  // avoid follow-on "declared and not used" errors (as cmd/compile)
    return nullptr;
  }
  return x.type;
}

// The type of an assignment's left-hand side (null for `_`), after checking it is assignable.
const Type* Checker::lhsVar(const ast::Expr* lhs) {
  const ast::Expr* u = unparen(lhs);
  auto id = u ? u->as<ast::Ident>() : nullptr;
  if (id && id->blank()) {
    recordDef(id, nullptr);
    id->mode = Mode::Variable;
    return nullptr;
  }
  Var* v = nullptr;
  bool vUsed = false;
  if (id) {
    Object* obj = lookup(id->name);
    if (obj && obj->kind == ObjKind::Var && obj->pkg == pkg_) {
      v = static_cast<Var*>(obj);
      vUsed = v->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = vUsed;  // an assignment is not a use
  if (x.invalid()) return invalidType();
  switch (x.mode) {
    case Mode::Variable:
    case Mode::MapIndex:
      break;
    default: {
      if (auto sel = u ? u->as<ast::SelectorExpr>() : nullptr) {
        if (sel->x->mode == Mode::MapIndex ||
            (unparen(sel->x) && unparen(sel->x)->mode == Mode::MapIndex)) {
          errorAt(lhs, "cannot assign to struct field " + exprString(lhs) + " in map");
          return invalidType();
        }
      }
      errorAt(lhs, "cannot assign to " + exprString(lhs) +
                       " (neither addressable nor a map index expression)");
      return invalidType();
    }
  }
  return x.type;
}

const Type* Checker::assignVar(const ast::Expr* lhs, Operand& x) {
  const Type* T = lhsVar(lhs);
  if (T && !isValid(T)) {
    x.mode = Mode::Invalid;
    return nullptr;
  }
  assignment(x, T, T ? "assignment" : "assignment to _ identifier");
  return x.invalid() ? nullptr : x.type;
}

void Checker::assignError(const std::vector<ast::Expr*>& rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  const ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto call = unparen(rhs0)->as<ast::CallExpr>()) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprString(call->fun) + " returns " +
                        vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(const ast::ReturnStmt* ret, const std::vector<Var*>& lhs,
                          const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  ast::Pos at = ret->pos;
  std::string qualifier = "not enough";
  if (r > l) {
    at = startPos(rhs[l].expr);
    qualifier = "too many";
  } else if (r > 0) {
    at = startPos(rhs[r - 1].expr);
  }
  std::vector<const Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (const Var* v : lhs) want.push_back(v->type);
  error(at, qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " +
                typesSummary(want, false));
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<ast::Expr*>& rhs,
                       const ast::ReturnStmt* ret, const char* declContext) {
  std::string context = ret ? "return statement" : "assignment";
  std::string oneToOne = declContext ? declContext : context;
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && unparen(rhs[0])->is<ast::CallExpr>();
  auto invalidateLHS = [&]() {
    for (Var* v : lhs) {
      if (!v->type) v->type = invalidType();
      v->used = true;
    }
  };
  if (l == r && !isCall) {
    bool ok = true;
    for (size_t i = 0; i < l; i++) {
      Operand x;
      expr(x, rhs[i]);
      if (!initVar(lhs[i], x, oneToOne)) ok = false;
    }
    if (!ok) invalidateLHS();
    return;
  }
  if (r != 1) {
    bool ok = true;
    for (Var* v : lhs)
      if (v->type && !isValid(v->type)) ok = false;
    std::vector<Operand> xs;
    for (const ast::Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
      xs.push_back(x);
    }
    if (ok) {
      if (ret)
        returnError(ret, lhs, xs);
      else
        assignError(rhs, l, r);
    }
    invalidateLHS();
    return;
  }
  std::vector<Operand> xs;
  bool commaOk = false;
  exprList(rhs, l == 2 && !ret, xs, &commaOk);
  if (xs.size() == l) {
    for (size_t i = 0; i < l; i++) initVar(lhs[i], xs[i], context);
    return;
  }
  if (!xs.empty() && !xs[0].invalid()) {
    if (ret)
      returnError(ret, lhs, xs);
    else
      assignError(rhs, l, xs.size());
  }
  invalidateLHS();
}

void Checker::assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && unparen(rhs[0])->is<ast::CallExpr>();
  auto markUsed = [&]() {
    for (const ast::Expr* e : lhs) {
      auto id = unparen(e) ? unparen(e)->as<ast::Ident>() : nullptr;
      if (!id) continue;
      Object* obj = lookup(id->name);
      if (obj && obj->kind == ObjKind::Var && obj->pkg == pkg_) static_cast<Var*>(obj)->used = true;
    }
  };
  if (l == r && !isCall) {
    // The right-hand sides first, then the left-hand sides (as cmd/compile orders its errors).
    std::vector<Operand> xs(l);
    for (size_t i = 0; i < l; i++) expr(xs[i], rhs[i]);
    bool ok = true;
    for (size_t i = 0; i < l; i++) {
      if (xs[i].invalid()) {
        useLHS({lhs[i]});
        ok = false;
        continue;
      }
      if (!assignVar(lhs[i], xs[i])) ok = false;
    }
    if (!ok) markUsed();
    return;
  }
  if (r != 1) {
    useLHS(lhs);
    bool ok = true;
    for (const ast::Expr* e : lhs)
      if (e->mode == Mode::Invalid &&
          !(unparen(e)->is<ast::Ident>() && unparen(e)->as<ast::Ident>()->blank()))
        ok = false;
    for (const ast::Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    if (ok) assignError(rhs, l, r);
    return;
  }
  std::vector<Operand> xs;
  bool commaOk = false;
  exprList(rhs, l == 2, xs, &commaOk);
  if (xs.size() == l) {
    bool ok = true;
    for (size_t i = 0; i < l; i++)
      if (!assignVar(lhs[i], xs[i])) ok = false;
    if (!ok) markUsed();
    return;
  }
  if (!xs.empty() && !xs[0].invalid()) assignError(rhs, l, xs.size());
  useLHS(lhs);
}

void Checker::shortVarDecl(const ast::AssignStmt* s) {
  std::set<std::string> seen;
  std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
  std::vector<std::pair<Var*, const ast::Ident*>> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    const ast::Expr* e = s->lhs[i];
    auto id = e->as<ast::Ident>();
    if (!id) {
      useLHS({const_cast<ast::Expr*>(e)});
      errorAt(e, "non-name " + exprString(e) + " on left side of :=");
      hasErr = true;
      continue;
    }
    const std::string& name = id->name;
    if (name != "_") {
      if (!seen.insert(name).second) {
        error(id->pos, name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
    }
    if (Object* alt = scope_->lookupLocal(name)) {
      recordUse(id, alt);
      if (alt->kind == ObjKind::Var) {
        lhsVars[i] = static_cast<Var*>(alt);
        id->mode = Mode::Variable;
        id->type = alt->type;
      } else {
        errorAt(e, "cannot assign to " + exprString(e));
        hasErr = true;
      }
      continue;
    }
    Var* v = newVar(name, id->pos, nullptr);
    varOwner_[v] = func_;
    lhsVars[i] = v;
    if (name != "_") newVars.push_back({v, id});
    recordDef(id, v);
  }
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!lhsVars[i]) lhsVars[i] = newVar("_", startPos(s->lhs[i]), nullptr);
  initVars(lhsVars, s->rhs, nullptr);
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (auto id = s->lhs[i]->as<ast::Ident>(); id && id->obj == lhsVars[i]) {
      id->mode = Mode::Variable;
      id->type = lhsVars[i]->type;
    }
  }
  if (newVars.empty() && !hasErr) {
    error(s->opPos.valid() ? s->opPos : s->pos, "no new variables on left side of :=");
    return;
  }
  for (auto& [v, id] : newVars) declare(scope_, nullptr, v);
}

}  // namespace weft::lang::check
