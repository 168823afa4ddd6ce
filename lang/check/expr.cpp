// Expressions: dispatch, identifiers, literals, unary and binary operators, shifts, comparisons,
// untyped constant conversion and the final types of untyped expressions (go/types' expr.go).
#include <algorithm>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;
using ast::Op;

namespace {

bool isComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}
bool isShift(Op op) {
  return op == Op::Shl || op == Op::Shr;
}

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

int sizeInBits(Kind k) {
  switch (k) {
    case Kind::Int8:
    case Kind::Uint8:
      return 8;
    case Kind::Int16:
    case Kind::Uint16:
      return 16;
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return 32;
    default:
      return 64;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------

ExprKind Checker::rawExpr(Operand& x, const ast::Expr* e, const Type* hint) {
  // The checker recurses once per nesting level; checkProgram runs on a large stack, and this
  // limit keeps absurd inputs from exhausting even that.
  constexpr int kMaxDepth = 500000;
  if (depth_ >= kMaxDepth) {
    if (!depthExceeded_) errorAt(e, "expression nested too deeply (more than 500000 levels)");
    depthExceeded_ = true;
    x = Operand{};
    x.type = invalidType();
    x.expr = e;
    return ExprKind::Statement;
  }
  depth_++;
  ExprKind kind = exprInternal(x, e, hint);
  depth_--;
  record(x);
  return kind;
}

void Checker::record(const Operand& x) {
  const ast::Expr* e = x.expr;
  if (!e) return;
  e->mode = x.mode;
  e->type = x.type;
  if (x.mode == Mode::Constant)
    e->value = x.val;
  else
    e->value.reset();
  if (x.mode != Mode::Invalid && x.type && x.type->isUntyped()) untyped_.push_back(e);
}

void Checker::expr(Operand& x, const ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, (1u << unsigned(Mode::NoValue)) | (1u << unsigned(Mode::Builtin)) |
                 (1u << unsigned(Mode::TypeExpr)));
  singleValue(x);
}

void Checker::multiExpr(Operand& x, const ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, (1u << unsigned(Mode::NoValue)) | (1u << unsigned(Mode::Builtin)) |
                 (1u << unsigned(Mode::TypeExpr)));
}

void Checker::exprWithHint(Operand& x, const ast::Expr* e, const Type* hint) {
  rawExpr(x, e, hint);
  exclude(x, (1u << unsigned(Mode::NoValue)) | (1u << unsigned(Mode::Builtin)) |
                 (1u << unsigned(Mode::TypeExpr)));
  singleValue(x);
}

void Checker::exprOrType(Operand& x, const ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << unsigned(Mode::NoValue));
  singleValue(x);
}

void Checker::exclude(Operand& x, unsigned modeset) {
  if (x.generic && !(modeset & kAllowGeneric)) {
    errorAt(x.expr,
            "cannot use generic function " + x.generic->obj->name + " without instantiation");
    x.generic = nullptr;
    x.mode = Mode::Invalid;
    return;
  }
  if (!(modeset & (1u << unsigned(x.mode)))) return;
  std::string msg;
  switch (x.mode) {
    case Mode::NoValue:
      msg = (modeset & (1u << unsigned(Mode::TypeExpr))) ? " used as value"
                                                         : " used as value or type";
      break;
    case Mode::Builtin:
      msg = " must be called";
      break;
    case Mode::TypeExpr:
      msg = " is not an expression";
      break;
    default:
      return;
  }
  errorAt(x.expr, operandString(x) + msg);
  x.mode = Mode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
    errorAt(x.expr, "multiple-value " + operandString(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

ExprKind Checker::exprInternal(Operand& x, const ast::Expr* e, const Type* hint) {
  using K = ast::NodeKind;
  x = Operand{};
  x.type = invalidType();
  switch (e->kind) {
    case K::BadExpr:
      goto Error;
    case K::Ident:
      ident(x, static_cast<const ast::Ident*>(e), false);
      break;
    case K::Ellipsis:
      errorAt(e, "invalid use of '...'");
      goto Error;
    case K::BasicLit:
      basicLit(x, static_cast<const ast::BasicLit*>(e));
      if (x.invalid()) goto Error;
      break;
    case K::FuncLit:
      funcLit(x, static_cast<const ast::FuncLit*>(e));
      break;
    case K::CompositeLit:
      compositeLit(x, static_cast<const ast::CompositeLit*>(e), hint);
      if (x.invalid()) goto Error;
      break;
    case K::ParenExpr: {
      ExprKind kind = rawExpr(x, static_cast<const ast::ParenExpr*>(e)->x, nullptr);
      x.expr = e;
      return kind;
    }
    case K::SelectorExpr:
      selector(x, static_cast<const ast::SelectorExpr*>(e), false);
      break;
    case K::IndexExpr:
      indexExpr(x, static_cast<const ast::IndexExpr*>(e));
      if (x.invalid()) goto Error;
      break;
    case K::SliceExpr:
      sliceExpr(x, static_cast<const ast::SliceExpr*>(e));
      if (x.invalid()) goto Error;
      break;
    case K::TypeAssertExpr: {
      auto ta = static_cast<const ast::TypeAssertExpr*>(e);
      expr(x, ta->x);
      if (x.invalid()) goto Error;
      if (x.type->underlying()->kind != Kind::Interface) {
        errorAt(ta->x, "invalid operation: " + operandString(x) + " is not an interface");
        goto Error;
      }
      if (!ta->assertType) {
        errorAt(e, "invalid syntax tree: use of .(type) outside type switch");
        goto Error;
      }
      const Type* T = varType(ta->assertType);
      if (T->kind == Kind::Invalid) goto Error;
      typeAssertion(e, x, T, false);
      x.mode = Mode::CommaOk;
      x.type = T;
      break;
    }
    case K::CallExpr:
      return callExpr(x, static_cast<const ast::CallExpr*>(e));
    case K::StarExpr: {
      auto st = static_cast<const ast::StarExpr*>(e);
      exprOrType(x, st->x);
      switch (x.mode) {
        case Mode::Invalid:
          goto Error;
        case Mode::TypeExpr:
          x.type = tt_.pointer(x.type);
          break;
        default: {
          if (x.nil || x.type->underlying()->kind != Kind::Pointer) {
            errorAt(st->x, "invalid operation: cannot indirect " + operandString(x));
            goto Error;
          }
          x.mode = Mode::Variable;
          x.type = static_cast<const Pointer*>(x.type->underlying())->elem;
          break;
        }
      }
      break;
    }
    case K::UnaryExpr: {
      auto u = static_cast<const ast::UnaryExpr*>(e);
      unary(x, u);
      if (x.invalid()) goto Error;
      if (u->op == Op::Arrow) {
        x.expr = e;
        return ExprKind::Statement;  // receive operations may appear in statement context
      }
      break;
    }
    case K::BinaryExpr: {
      auto b = static_cast<const ast::BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->pos);
      if (x.invalid()) goto Error;
      break;
    }
    case K::KeyValueExpr:
      errorAt(e, "unexpected key:value expression");
      goto Error;
    case K::ArrayType:
    case K::StructType:
    case K::FuncType:
    case K::InterfaceType:
    case K::MapType:
    case K::ChanType:
      x.mode = Mode::TypeExpr;
      x.type = typExpr(e);
      break;
    default:
      errorAt(e, "invalid expression");
      goto Error;
  }
  x.expr = e;
  return ExprKind::Expression;
Error:
  x.mode = Mode::Invalid;
  x.expr = e;
  return ExprKind::Statement;
}

// ---------------------------------------------------------------------------------------------

void Checker::recordUse(const ast::Ident* id, Object* obj) {
  id->obj = obj;
}

void Checker::addDep(Object* obj) {
  if (!decl_ || !obj || obj->pkg != pkg_) return;
  if (!objMap_.count(obj)) return;
  if (decl_->deps.insert(obj).second) decl_->depsOrdered.push_back(obj);
}

void Checker::useVar(Var* v) {
  v->used = true;
  auto it = varOwner_.find(v);
  if (it == varOwner_.end() || !func_ || it->second == func_) return;
  FuncContext* owner = it->second;
  v->captured = true;
  for (FuncContext* c = func_; c && c != owner; c = c->outer) {
    if (!c->lit) break;
    auto& caps = c->lit->captures;
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
  }
}

void Checker::ident(Operand& x, const ast::Ident* e, bool wantType) {
  x.mode = Mode::Invalid;
  x.expr = e;
  x.type = invalidType();
  if (e->blank()) {
    error(e->pos, "cannot use _ as value or type");
    (void)wantType;
    return;
  }
  Object* obj = lookup(e->name);
  if (!obj) {
    error(e->pos, "undefined: " + e->name);
    return;
  }
  recordUse(e, obj);
  // A use of a dot-imported object uses the import.
  if (obj->pkg && obj->pkg != pkg_ && obj->kind != ObjKind::PkgName) {
    auto it = dotImportOf_.find(obj);
    if (it != dotImportOf_.end()) const_cast<ast::ImportSpec*>(it->second)->used = true;
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      error(e->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const: {
      addDep(obj);
      objDecl(obj);
      if (!isValid(obj->type)) return;
      if (obj == tt_.iotaObject()) {
        if (!iota_) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = iota_;
      } else {
        x.val = static_cast<Const*>(obj)->value;
        if (!x.val) x.val = makeUnknown();
      }
      x.mode = Mode::Constant;
      break;
    }
    case ObjKind::TypeName: {
      objDecl(obj);
      x.mode = Mode::TypeExpr;
      break;
    }
    case ObjKind::Var: {
      auto v = static_cast<Var*>(obj);
      if (v->pkg == pkg_) useVar(v);
      addDep(obj);
      objDecl(obj);
      if (!isValid(obj->type)) return;
      x.mode = Mode::Variable;
      break;
    }
    case ObjKind::Func: {
      addDep(obj);
      objDecl(obj);
      x.mode = Mode::Value;
      auto g = generics().funcs.find(obj);
      if (g != generics().funcs.end()) x.generic = g->second.get();
      break;
    }
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      x.type = invalidType();
      return;
    case ObjKind::Nil:
      x.mode = Mode::Value;
      x.nil = true;
      break;
    default:
      return;
  }
  x.type = obj->type ? obj->type : invalidType();
}

void Checker::basicLit(Operand& x, const ast::BasicLit* e) {
  switch (e->lit) {
    case ast::LitKind::Imag:
      error(e->pos, "not supported by Weft yet: complex numbers");
      return;
    case ast::LitKind::Int:
    case ast::LitKind::Float:
      if (e->raw.size() > 10000) {
        error(e->pos, "excessively long constant: " + e->raw.substr(0, 10) + "... (" +
                          std::to_string(e->raw.size()) + " chars)");
        return;
      }
      break;
    default:
      break;
  }
  ConstPtr v;
  Kind k;
  switch (e->lit) {
    case ast::LitKind::Int:
      v = makeFromLiteral(e->lit, e->raw);
      k = Kind::UntypedInt;
      break;
    case ast::LitKind::Float:
      v = makeFromLiteral(e->lit, e->raw);
      k = Kind::UntypedFloat;
      break;
    case ast::LitKind::Rune:
      v = makeFromLiteral(e->lit, e->raw);
      k = Kind::UntypedRune;
      break;
    default:
      v = makeString(e->value);
      k = Kind::UntypedString;
      break;
  }
  if (!v->known()) {
    error(e->pos, "malformed constant: " + e->raw);
    return;
  }
  x.mode = Mode::Constant;
  x.type = basic(k);
  x.val = v;
}

void Checker::funcLit(Operand& x, const ast::FuncLit* e) {
  Scope* s = tt_.newScope(scope_);
  s->isFunc = true;
  ParamVars& pv = prog_.paramVars[e->sig];
  pv = ParamVars{};
  const Signature* sig = funcType(e->sig, nullptr, &pv, s);
  recordTypeExpr(e->sig, sig);
  e->captures.clear();
  if (e->body) funcBody(e, sig, &pv, e->body, s);
  x.mode = Mode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------------------------

bool Checker::opAllowed(Operand& x, Op op, bool unaryOp) {
  const Type* t = x.type;
  bool ok = false;
  if (typeParamOp(x, op, unaryOp, &ok)) return ok;
  switch (op) {
    case Op::Add:
      ok = unaryOp ? t->isNumeric() : (t->isNumeric() || t->isString());
      break;
    case Op::Sub:
    case Op::Mul:
    case Op::Quo:
      ok = t->isNumeric();
      break;
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot:
      ok = t->isInteger();
      break;
    case Op::LAnd:
    case Op::LOr:
    case Op::Not:
      ok = t->isBoolean();
      break;
    default:
      ok = false;
  }
  if (!ok)
    errorAt(x.expr, std::string("invalid operation: operator ") + ast::spell(op) +
                        " not defined on " + operandString(x));
  return ok;
}

void Checker::markAddressTaken(const ast::Expr* e) {
  e = unparen(e);
  if (!e) return;
  if (auto id = e->as<ast::Ident>()) {
    if (id->obj && id->obj->kind == ObjKind::Var) static_cast<Var*>(id->obj)->addressTaken = true;
    return;
  }
  if (auto sel = e->as<ast::SelectorExpr>()) {
    if (sel->selKind == ast::SelKind::Field && !sel->indirect) markAddressTaken(sel->x);
    return;
  }
  if (auto ix = e->as<ast::IndexExpr>()) {
    if (ix->x->type && ix->x->type->underlying()->kind == Kind::Array) markAddressTaken(ix->x);
    return;
  }
}

void Checker::unary(Operand& x, const ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  switch (e->op) {
    case Op::Addr: {
      const ast::Expr* inner = unparen(e->x);
      if (!(inner && inner->is<ast::CompositeLit>()) && x.mode != Mode::Variable) {
        errorAt(e->x, "invalid operation: cannot take address of " + operandString(x));
        x.mode = Mode::Invalid;
        return;
      }
      markAddressTaken(e->x);
      x.mode = Mode::Value;
      x.type = tt_.pointer(x.type);
      return;
    }
    case Op::Arrow: {
      const Type* u = x.type->underlying();
      if (u->kind != Kind::Chan) {
        errorAt(e->x, "invalid operation: cannot receive from non-channel " + operandString(x));
        x.mode = Mode::Invalid;
        return;
      }
      auto ch = static_cast<const Chan*>(u);
      if (ch->dir == ChanDir::Send) {
        errorAt(e->x,
                "invalid operation: cannot receive from send-only channel " + operandString(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = ch->elem;
      return;
    }
    default:
      break;
  }
  if (!opAllowed(x, e->op, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (!x.val->known()) return;
    int prec = 0;
    if (x.type->isUnsigned()) prec = sizeInBits(x.type->underlying()->kind);
    x.val = constUnary(e->op, *x.val, prec);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::overflow(Operand& x, ast::Pos opPos) {
  if (!x.val->known()) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (!x.type->isUntyped()) {
    representable(x, static_cast<const Basic*>(x.type->underlying()));
    return;
  }
  if (x.val->kind == ConstValue::Kind::Int && x.val->bitLen() > 512) {
    std::string op;
    if (auto b = x.expr ? x.expr->as<ast::BinaryExpr>() : nullptr) {
      switch (b->op) {
        case Op::Add:
          op = "addition ";
          break;
        case Op::Sub:
          op = "subtraction ";
          break;
        case Op::Xor:
          op = "bitwise XOR ";
          break;
        case Op::Mul:
          op = "multiplication ";
          break;
        case Op::Shl:
          op = "shift ";
          break;
        default:
          break;
      }
    } else if (auto u = x.expr ? x.expr->as<ast::UnaryExpr>() : nullptr) {
      if (u->op == Op::Xor) op = "bitwise complement ";
    }
    error(opPos, "constant " + op + "overflow");
    x.val = makeUnknown();
  }
}

int Checker::representation(const Operand& x, const Basic* t, ConstPtr* out) {
  if (!x.val->known()) {
    *out = x.val;
    return 0;
  }
  if (types::representable(*x.val, t->kind, out)) return 0;
  if (x.type->isNumeric() && t->isNumeric()) {
    if (!x.type->isInteger() && t->isInteger()) return 1;  // truncated
    return 2;                                              // overflows
  }
  return 3;  // invalid constant value
}

void Checker::invalidConversion(int code, const Operand& x, const Type* target) {
  std::string t = typeString(target);
  switch (code) {
    case 1:
      errorAt(x.expr, operandString(x) + " truncated to " + t);
      break;
    case 2:
      errorAt(x.expr, operandString(x) + " overflows " + t);
      break;
    default:
      errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + t);
      break;
  }
}

void Checker::representable(Operand& x, const Basic* t) {
  ConstPtr v;
  int code = representation(x, t, &v);
  if (code) {
    invalidConversion(code, x, t);
    x.mode = Mode::Invalid;
    return;
  }
  x.val = v;
}

// go/types' implicitTypeAndValue. Returns null (and sets *code) if x cannot be converted.
// code: 1 truncated, 2 overflow, 3 invalid constant, 4 invalid untyped conversion.
const Type* Checker::implicitTypeAndValue(Operand& x, const Type* target, ConstPtr* val,
                                          int* code) {
  *code = 0;
  if (x.invalid() || !x.type->isUntyped() || target->kind == Kind::Invalid) return x.type;
  if (target->isUntyped()) {
    Kind xk = x.type->kind, tk = target->kind;
    if (x.type->isNumeric() && target->isNumeric()) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = 4;
      return nullptr;
    }
    return x.type;
  }
  if (x.nil) {
    if (hasNil(target)) return target;
    *code = 4;
    return nullptr;
  }
  const Type* u = target->underlying();
  if (u->isBasic()) {
    if (x.mode == Mode::Constant) {
      int c = representation(x, static_cast<const Basic*>(u), val);
      if (c) {
        *code = c;
        return nullptr;
      }
      return target;
    }
    switch (x.type->kind) {
      case Kind::UntypedBool:
        if (!target->isBoolean()) *code = 4;
        break;
      case Kind::UntypedInt:
      case Kind::UntypedRune:
      case Kind::UntypedFloat:
      case Kind::UntypedComplex:
        if (!target->isNumeric()) *code = 4;
        break;
      case Kind::UntypedString:
        if (!target->isString()) *code = 4;
        break;
      default:
        *code = 4;
    }
    return *code ? nullptr : target;
  }
  if (u->kind == Kind::Interface) {
    if (!static_cast<const Interface*>(u)->allMethods.empty()) {
      *code = 4;
      return nullptr;
    }
    return tt_.defaultType(x.type);
  }
  *code = 4;
  return nullptr;
}

void Checker::convertUntyped(Operand& x, const Type* target) {
  ConstPtr val;
  int code = 0;
  const Type* newType = implicitTypeAndValue(x, target, &val, &code);
  if (code) {
    const Type* t = target->underlying();
    if (t->kind == Kind::Interface) t = target;
    if (x.nil)
      errorAt(x.expr, "cannot convert nil to type " + typeString(target));
    else
      invalidConversion(code, x, code == 4 ? target : t);
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

void Checker::updateExprVal(const ast::Expr* e, const ConstPtr& val) {
  if (e && e->type && e->type->isUntyped() && e->mode == Mode::Constant) e->value = val;
}

void Checker::updateExprType(const ast::Expr* e, const Type* t, bool final) {
  using K = ast::NodeKind;
  if (!e || !e->type || !e->type->isUntyped()) return;
  const Type* oldType = e->type;
  ConstPtr oldVal = e->mode == Mode::Constant ? e->value : nullptr;
  switch (e->kind) {
    case K::ParenExpr:
      updateExprType(static_cast<const ast::ParenExpr*>(e)->x, t, final);
      break;
    case K::UnaryExpr:
      if (!oldVal) updateExprType(static_cast<const ast::UnaryExpr*>(e)->x, t, final);
      break;
    case K::BinaryExpr: {
      auto b = static_cast<const ast::BinaryExpr*>(e);
      if (oldVal) break;
      if (isComparison(b->op)) {
        // The operands already have their final types.
      } else if (isShift(b->op)) {
        updateExprType(b->x, t, final);
      } else {
        updateExprType(b->x, t, final);
        updateExprType(b->y, t, final);
      }
      break;
    }
    case K::Ident:
    case K::BasicLit:
    case K::SelectorExpr:
    case K::CallExpr:
      break;
    default:
      return;
  }
  if (!final && t->isUntyped()) {
    e->type = t->underlying();
    return;
  }
  e->type = t;  // no longer untyped: recursive updates stop here
  if (shiftLhs_.count(e)) {
    if (!t->isInteger()) {
      auto b = e;
      errorAt(e, "invalid operation: shifted operand " + exprString(b) + " (type " + typeString(t) +
                     ") must be integer");
      return;
    }
  }
  if (oldVal) {
    Operand c;
    c.mode = e->mode;
    c.expr = e;
    c.type = oldType;
    c.val = oldVal;
    c.nil = false;
    convertUntyped(c, t);
    if (c.invalid()) return;
    e->value = c.val;
  }
}

void Checker::finalizeUntyped() {
  std::vector<const ast::Expr*> list = std::move(untyped_);
  untyped_.clear();
  for (const ast::Expr* e : list) {
    if (!e->type || !e->type->isUntyped() || e->type->kind == Kind::UntypedNil) continue;
    const Type* def = tt_.defaultType(e->type);
    if (e->mode == Mode::Constant && e->value && e->value->known() &&
        !types::representable(*e->value, def->kind))
      continue;  // e.g. a huge shift count: the value is what matters
    updateExprType(e, def, true);
  }
}

// ---------------------------------------------------------------------------------------------

void Checker::shift(Operand& x, Operand& y, const ast::Expr* e, Op op) {
  ConstPtr xval;
  if (x.mode == Mode::Constant) xval = toIntConst(*x.val);
  if (x.type->isInteger() || (x.type->isUntyped() && xval && xval->kind == ConstValue::Kind::Int)) {
    // ok
  } else {
    errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  ConstPtr yval;
  if (y.mode == Mode::Constant) {
    yval = toIntConst(*y.val);
    if (yval->kind == ConstValue::Kind::Int && yval->sign() < 0) {
      errorAt(y.expr, "invalid operation: negative shift count " + operandString(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (y.type->isUntyped()) {
      representable(y, basic(Kind::Uint));
      if (y.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    if (y.type->isInteger() && !y.type->isUntyped()) {
      // ok
    } else if (y.type->isUntyped()) {
      convertUntyped(y, basic(Kind::Uint));
      if (y.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      errorAt(y.expr, "invalid operation: shift count " + operandString(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (!x.val->known() || !y.val->known()) {
        x.val = makeUnknown();
        if (!x.type->isInteger()) x.type = basic(Kind::UntypedInt);
        return;
      }
      constexpr uint64_t shiftBound = 1023 - 1 + 52;
      auto s = yval->toUint64();
      if (!s || *s > shiftBound) {
        errorAt(y.expr, "invalid operation: invalid shift count " + operandString(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!x.type->isInteger()) x.type = basic(Kind::UntypedInt);
      x.val = constShift(op, *xval, *s);
      x.expr = e;
      overflow(x, e ? e->pos : ast::Pos{});
      return;
    }
    if (x.type->isUntyped()) {
      // The type of an untyped constant lhs of a non-constant shift is what it would be if the
      // shift were replaced by the lhs alone; checked when the final type is known.
      shiftLhs_.insert(x.expr);
      x.mode = Mode::Value;
      return;
    }
  }
  if (!x.type->isInteger()) {
    errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

std::string Checker::kindString(const Type* t) const {
  switch (t->underlying()->kind) {
    case Kind::Array:
      return "array";
    case Kind::Slice:
      return "slice";
    case Kind::Struct:
      return "struct";
    case Kind::Pointer:
      return "pointer";
    case Kind::Signature:
      return "func";
    case Kind::Interface:
      return "interface";
    case Kind::Map:
      return "map";
    case Kind::Chan:
      return "chan";
    default:
      return typeString(t);
  }
}

std::string Checker::incomparableCause(const Type* t) const {
  const Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Signature:
    case Kind::Map:
      return kindString(t) + " can only be compared to nil";
    case Kind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields)
        if (!comparable(f->type))
          return "struct containing " + typeString(f->type) + " cannot be compared";
      return "";
    case Kind::Array:
      return typeString(t) + " cannot be compared";
    default:
      return "";
  }
}

void Checker::comparison(Operand& x, Operand& y, Op op, bool switchCase) {
  if (switchCase) op = Op::Eql;
  if (typeParamComparison(x, y, op)) return;
  const Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + typeString(x.type) + " and " + typeString(y.type);
    goto Error;
  }
  if (op == Op::Eql || op == Op::Neq) {
    if (x.nil || y.nil) {
      const Type* typ = x.nil ? y.type : x.type;
      if (!hasNil(typ) || (x.nil && y.nil)) {
        errOp = &y;
        goto Error;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(x.type);
      goto Error;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(y.type);
      goto Error;
    }
  } else {
    if (!isOrdered(x.type)) {
      errOp = &x;
      goto Error;
    }
    if (!isOrdered(y.type)) {
      errOp = &y;
      goto Error;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = makeBool(constCompare(op, *x.val, *y.val));
  } else {
    x.mode = Mode::Value;
    x.val.reset();
    updateExprType(x.expr, tt_.defaultType(x.type), true);
    updateExprType(y.expr, tt_.defaultType(y.type), true);
  }
  x.type = basic(Kind::UntypedBool);
  x.nil = false;
  return;
Error:
  if (cause.empty())
    cause =
        std::string("operator ") + ast::spell(op) + " not defined on " + kindString(errOp->type);
  if (switchCase)
    errorAt(x.expr, "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) +
                        " (" + cause + ")");
  else
    errorAt(errOp->expr, "invalid operation: " + exprString(x.expr) + " " + ast::spell(op) + " " +
                             exprString(y.expr) + " (" + cause + ")");
  x.mode = Mode::Invalid;
}

void Checker::binary(Operand& x, const ast::Expr* e, const ast::Expr* lhs, const ast::Expr* rhs,
                     Op op, ast::Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShift(op)) {
    shift(x, y, e, op);
    return;
  }
  // Convert untyped operands towards each other (go/types' matchTypes).
  auto mayConvert = [&]() {
    if (!x.type->isUntyped() && !y.type->isUntyped()) return false;
    if (x.type->isInterface() || y.type->isInterface()) return true;
    if (x.type->isBoolean() != y.type->isBoolean()) return false;
    if (x.type->isString() != y.type->isString()) return false;
    if (x.nil) return hasNil(y.type);
    if (y.nil) return hasNil(x.type);
    if (x.type->underlying()->kind == Kind::Pointer || y.type->underlying()->kind == Kind::Pointer)
      return false;
    return true;
  };
  if (mayConvert()) {
    convertUntyped(x, y.type);
    if (x.invalid()) return;
    convertUntyped(y, x.type);
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (isComparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      if (e)
        errorAt(e, "invalid operation: " + exprString(e) + " (mismatched types " +
                       typeString(x.type) + " and " + typeString(y.type) + ")");
      else
        errorAt(x.expr, "invalid operation: " + exprString(lhs) + " " + ast::spell(op) + "= " +
                            exprString(rhs) + " (mismatched types " + typeString(x.type) + " and " +
                            typeString(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!opAllowed(x, op, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Op::Quo || op == Op::Rem) {
    if ((x.mode == Mode::Constant || x.type->isInteger()) && y.mode == Mode::Constant &&
        y.val->known() && y.val->sign() == 0) {
      errorAt(y.expr, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (!x.val->known() || !y.val->known()) {
      x.val = makeUnknown();
      return;
    }
    bool intDiv = op == Op::Quo && x.type->isInteger();
    x.val = constBinary(op, *x.val, *y.val, intDiv);
    x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
  x.val.reset();
}

void Checker::typeAssertion(const ast::Expr* e, const Operand& x, const Type* T, bool typeSwitch) {
  if (T->isInterface()) return;
  auto iface = static_cast<const Interface*>(x.type->underlying());
  MissingMethod m = missingMethod(T, iface, false, [this](Func* f) { resolveMethod(f); });
  if (!m.method) return;
  std::string cause = missingMethodReason(T, x.type, m);
  if (typeSwitch)
    errorAt(e, "impossible type switch case: " + exprString(e) + "\n\t" + operandString(x) +
                   " cannot have dynamic type " + typeString(T) + " " + cause);
  else
    errorAt(e, "impossible type assertion: " + exprString(e) + "\n\t" + typeString(T) +
                   " does not implement " + typeString(x.type) + " " + cause);
}

void Checker::use(const std::vector<ast::Expr*>& es) {
  for (const ast::Expr* e : es) useExpr(e);
}

void Checker::useExpr(const ast::Expr* e) {
  if (!e) return;
  if (auto kv = e->as<ast::KeyValueExpr>()) {
    useExpr(kv->key);
    useExpr(kv->value);
    return;
  }
  Operand x;
  rawExpr(x, e, nullptr);
}

void Checker::useLHS(const std::vector<ast::Expr*>& es) {
  for (const ast::Expr* e : es) {
    const ast::Expr* u = unparen(e);
    if (auto id = u ? u->as<ast::Ident>() : nullptr) {
      if (id->blank()) continue;
      Object* obj = lookup(id->name);
      if (obj && obj->kind == ObjKind::Var && obj->pkg == pkg_) {
        auto v = static_cast<Var*>(obj);
        bool used = v->used;
        useExpr(e);
        v->used = used;
        continue;
      }
    }
    useExpr(e);
  }
}

}  // namespace weft::lang::check
