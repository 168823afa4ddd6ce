// Calls, arguments, conversions and selectors (go/types' call.go, conversions.go).
#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

bool isStatementBuiltin(BuiltinId id) {
  switch (id) {
    case BuiltinId::Clear:
    case BuiltinId::Close:
    case BuiltinId::Copy:
    case BuiltinId::Delete:
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Recover:
      return true;
    default:
      return false;
  }
}

bool isConstType(const Type* t) {
  const Type* u = t->underlying();
  return u->isBasic() && (u->isBoolean() || u->isNumeric() || u->isString());
}

bool isBytesOrRunes(const Type* t) {
  const Type* u = t->underlying();
  if (u->kind != Kind::Slice) return false;
  Kind k = static_cast<const Slice*>(u)->elem->underlying()->kind;
  return k == Kind::Uint8 || k == Kind::Int32;
}

bool identicalIgnoreTags(const Type* a, const Type* b) {
  if (identical(a, b)) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case Kind::Struct: {
      auto x = static_cast<const Struct*>(a);
      auto y = static_cast<const Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        const Var* f = x->fields[i];
        const Var* g = y->fields[i];
        if (f->embedded != g->embedded || !sameId(f, g->pkg, g->name) ||
            !identicalIgnoreTags(f->type, g->type))
          return false;
      }
      return true;
    }
    case Kind::Array:
      return static_cast<const Array*>(a)->len == static_cast<const Array*>(b)->len &&
             identicalIgnoreTags(static_cast<const Array*>(a)->elem,
                                 static_cast<const Array*>(b)->elem);
    case Kind::Slice:
      return identicalIgnoreTags(static_cast<const Slice*>(a)->elem,
                                 static_cast<const Slice*>(b)->elem);
    case Kind::Pointer:
      return identicalIgnoreTags(static_cast<const Pointer*>(a)->elem,
                                 static_cast<const Pointer*>(b)->elem);
    case Kind::Map:
      return identicalIgnoreTags(static_cast<const Map*>(a)->key,
                                 static_cast<const Map*>(b)->key) &&
             identicalIgnoreTags(static_cast<const Map*>(a)->elem,
                                 static_cast<const Map*>(b)->elem);
    case Kind::Chan:
      return static_cast<const Chan*>(a)->dir == static_cast<const Chan*>(b)->dir &&
             identicalIgnoreTags(static_cast<const Chan*>(a)->elem,
                                 static_cast<const Chan*>(b)->elem);
    default:
      return false;
  }
}

std::string changeCase(const std::string& s) {
  if (s.empty()) return s;
  std::string r = s;
  if (r[0] >= 'a' && r[0] <= 'z')
    r[0] = char(r[0] - 'a' + 'A');
  else if (r[0] >= 'A' && r[0] <= 'Z')
    r[0] = char(r[0] - 'A' + 'a');
  return r;
}

}  // namespace

std::string Checker::typesSummary(const std::vector<const Type*>& list, bool variadic) const {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    const Type* t = list[i];
    if (!t || t->kind == Kind::Invalid) {
      out += "unknown type";
    } else if (t->isUntyped()) {
      if (t->isNumeric()) {
        out += "number";
      } else {
        std::string n = static_cast<const Basic*>(t)->name;
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        out += n;
      }
    } else if (variadic && i + 1 == list.size() && t->kind == Kind::Slice) {
      out += "..." + typeString(static_cast<const Slice*>(t)->elem);
    } else {
      out += typeString(t);
    }
  }
  return out + ")";
}

void Checker::exprList(const std::vector<ast::Expr*>& es, bool allowCommaOk,
                       std::vector<Operand>& out, bool* commaOk) {
  if (commaOk) *commaOk = false;
  out.clear();
  if (es.size() == 1) {
    Operand x;
    multiExpr(x, es[0]);
    if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
      for (const Var* v : static_cast<const Tuple*>(x.type)->vars) {
        Operand y;
        y.mode = Mode::Value;
        y.expr = es[0];
        y.type = v->type;
        out.push_back(y);
      }
      return;
    }
    if (allowCommaOk && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = es[0];
      ok.type = basic(Kind::UntypedBool);
      out.push_back(x);
      out.push_back(ok);
      if (commaOk) *commaOk = true;
      return;
    }
    out.push_back(x);
    return;
  }
  for (const ast::Expr* e : es) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
}

ExprKind Checker::callExpr(Operand& x, const ast::CallExpr* call) {
  const ast::Expr* savedCallFun = callFun_;
  callFun_ = unparen(call->fun)->is<ast::IndexExpr>() ? unparen(call->fun) : nullptr;
  rawExpr(x, call->fun, nullptr);
  callFun_ = savedCallFun;
  exclude(x, (1u << unsigned(Mode::NoValue)) | kAllowGeneric);
  singleValue(x);
  if (x.generic) return genericCall(x, call);
  switch (x.mode) {
    case Mode::Invalid:
      use(call->args);
      x.expr = call;
      return ExprKind::Statement;
    case Mode::TypeExpr: {
      const Type* T = x.type;
      call->callKind = ast::CallKind::Conversion;
      x.mode = Mode::Invalid;
      switch (call->args.size()) {
        case 0:
          error(call->rparen.valid() ? call->rparen : startPos(call),
                "missing argument in conversion to " + typeString(T));
          break;
        case 1:
          expr(x, call->args[0]);
          if (!x.invalid()) {
            if (call->hasEllipsis) {
              errorAt(call->args[0], "invalid use of ... in conversion to " + typeString(T));
              x.mode = Mode::Invalid;
              break;
            }
            conversion(x, T);
          }
          break;
        default:
          use(call->args);
          errorAt(call->args.back(), "too many arguments in conversion to " + typeString(T));
          break;
      }
      x.expr = call;
      return ExprKind::Conversion;
    }
    case Mode::Builtin: {
      BuiltinId id = x.builtin;
      call->callKind = ast::CallKind::Builtin;
      if (!builtin(x, call, id)) x.mode = Mode::Invalid;
      x.expr = call;
      if (x.mode != Mode::Invalid && x.mode != Mode::Constant) hasCallOrRecv_ = true;
      return isStatementBuiltin(id) ? ExprKind::Statement : ExprKind::Expression;
    }
    default:
      break;
  }
  // An ordinary function call.
  call->callKind = ast::CallKind::Call;
  const Type* u = x.type->underlying();
  if (u->kind != Kind::Signature) {
    errorAt(call->fun, "invalid operation: cannot call non-function " + operandString(x));
    x.mode = Mode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  auto sig = static_cast<const Signature*>(u);
  std::vector<Operand> args;
  exprList(call->args, false, args, nullptr);
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
  x.val.reset();
  x.nil = false;
  x.expr = call;
  hasCallOrRecv_ = true;
  return ExprKind::Statement;
}

void Checker::arguments(const ast::CallExpr* call, const Signature* sig, std::vector<Operand>& args,
                        const ast::Expr* fun) {
  for (const Operand& a : args)
    if (a.invalid()) return;
  size_t nargs = args.size();
  size_t npars = sig->params->vars.size();
  bool ddd = call->hasEllipsis;
  std::vector<const Type*> params;
  for (const Var* v : sig->params->vars) params.push_back(v->type);
  std::string funName = exprString(fun);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call->args[0], "cannot use ... with " + std::to_string(nargs) + "-valued " +
                                   exprString(call->args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      // Expand the variadic parameter to the arguments given for it.
      const Type* last = params.back();
      const Type* elem = static_cast<const Slice*>(last)->elem;
      params.pop_back();
      while (params.size() < nargs) params.push_back(elem);
      npars = params.size();
    } else {
      npars--;  // for the error message below
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + funName);
    return;
  }
  if (nargs != npars) {
    const ast::Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;
    }
    std::vector<const Type*> have, want;
    for (const Operand& a : args) have.push_back(a.type);
    for (const Var* v : sig->params->vars) want.push_back(v->type);
    error(startPos(at), qualifier + " arguments in call to " + funName + "\n\thave " +
                            typesSummary(have, false) + "\n\twant " +
                            typesSummary(want, sig->variadic));
    return;
  }
  std::string context = "argument to " + funName;
  for (size_t i = 0; i < nargs; i++) assignment(args[i], params[i], context);
}

void Checker::selector(Operand& x, const ast::SelectorExpr* e, bool wantType) {
  const std::string& sel = e->sel->name;
  if (auto id = e->x->as<ast::Ident>()) {
    Object* obj = lookup(id->name);
    if (obj && obj->kind == ObjKind::PkgName) {
      auto pn = static_cast<PkgName*>(obj);
      recordUse(id, pn);
      id->mode = Mode::Package;
      if (pn->spec) const_cast<ast::ImportSpec*>(pn->spec)->used = true;
      Package* pkg = pn->imported;
      if (pkg->fake) goto Error;  // the import failed and was reported
      Object* exp = pkg->scope->lookupLocal(sel);
      if (!exp) {
        error(e->sel->pos, "undefined: " + pkg->name + "." + sel);
        goto Error;
      }
      if (!exp->exported()) {
        error(e->sel->pos, "name " + sel + " not exported by package " + pkg->name);
        goto Error;
      }
      recordUse(e->sel, exp);
      e->selKind = ast::SelKind::Qualified;
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.val = static_cast<Const*>(exp)->value;
          if (!x.val) x.val = makeUnknown();
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          break;
        case ObjKind::Func: {
          x.mode = Mode::Value;
          auto g = generics().funcs.find(exp);
          if (g != generics().funcs.end()) x.generic = g->second.get();
          break;
        }
        default:
          goto Error;
      }
      x.type = exp->type ? exp->type : invalidType();
      x.expr = e;
      e->sel->mode = x.mode;
      e->sel->type = x.type;
      return;
    }
  }
  exprOrType(x, e->x);
  switch (x.mode) {
    case Mode::Builtin: {
      // cmd/compile reports this at the dot.
      ast::Pos dot = e->sel->pos;
      if (dot.col > 1) dot.col--;
      error(dot, "cannot select on " + operandString(x));
      goto Error;
    }
    case Mode::Invalid:
      goto Error;
    default:
      break;
  }
  {
    Selection s = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, sel);
    if (s.status != LookupStatus::Found) {
      if (x.type->underlying()->kind == Kind::Invalid) goto Error;
      std::string xs = exprString(e->x);
      if (s.status == LookupStatus::Ambiguous) {
        error(e->sel->pos, "ambiguous selector " + xs + "." + sel);
        goto Error;
      }
      if (s.status == LookupStatus::NeedsPointer && x.mode != Mode::TypeExpr) {
        error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeString(x.type));
        goto Error;
      }
      if (s.status == LookupStatus::NeedsPointer) {
        error(e->sel->pos, "invalid method expression " + xs + "." + sel +
                               " (needs pointer receiver (*" + xs + ")." + sel + ")");
        goto Error;
      }
      std::string why;
      const Type* u = x.type->underlying();
      if (u->kind == Kind::Pointer && static_cast<const Pointer*>(u)->elem->isInterface()) {
        why = "type " + typeString(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + typeString(x.type) + " has no field or method " + sel;
        std::string alt = changeCase(sel);
        Selection a = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, alt);
        if (a.obj)
          why += std::string(", but does have ") +
                 (a.obj->kind == ObjKind::Var ? "field " : "method ") + alt;
      }
      error(e->sel->pos, xs + "." + sel + " undefined (" + why + ")");
      goto Error;
    }
    Object* obj = s.obj;
    if (obj->kind == ObjKind::Func) resolveMethod(static_cast<Func*>(obj));
    recordUse(e->sel, obj);
    e->path = s.path;
    e->indirect = s.indirect;
    if (x.mode == Mode::TypeExpr) {
      // Method expression T.M: a function taking the receiver first.
      if (obj->kind != ObjKind::Func) {
        error(e->sel->pos, exprString(e->x) + "." + sel + " undefined (type " + typeString(x.type) +
                               " has no method " + sel + ")");
        goto Error;
      }
      auto m = static_cast<Func*>(obj);
      auto msig = static_cast<const Signature*>(m->type);
      std::vector<const Type*> params{x.type}, results;
      for (const Var* v : msig->params->vars) params.push_back(v->type);
      for (const Var* v : msig->results->vars) results.push_back(v->type);
      e->selKind = ast::SelKind::MethodExpr;
      addDep(m);
      x.mode = Mode::Value;
      x.type = tt_.signature(params, results, msig->variadic);
      x.expr = e;
      e->sel->mode = x.mode;
      e->sel->type = x.type;
      return;
    }
    if (obj->kind == ObjKind::Var) {
      e->selKind = ast::SelKind::Field;
      x.mode = (x.mode == Mode::Variable || s.indirect) ? Mode::Variable : Mode::Value;
      x.type = obj->type;
    } else {
      auto m = static_cast<Func*>(obj);
      e->selKind = ast::SelKind::Method;
      addDep(m);
      // A pointer method called on an addressable value takes its address.
      if (m->ptrRecv && !s.indirect && x.mode == Mode::Variable && derefPointer(x.type) == x.type)
        markAddressTaken(e->x);
      auto msig = static_cast<const Signature*>(m->type);
      x.mode = Mode::Value;
      x.type = tt_.signature(msig->params, msig->results, msig->variadic);
    }
    x.val.reset();
    x.nil = false;
    x.expr = e;
    e->sel->mode = x.mode;
    e->sel->type = x.type;
    (void)wantType;
    return;
  }
Error:
  x.mode = Mode::Invalid;
  x.expr = e;
}

bool Checker::convertibleTo(const Operand& x, const Type* T, std::string* cause) {
  Operand copy = x;
  if (assignableTo(copy, T, cause)) return true;
  const Type* V = x.type;
  const Type* Vu = V->underlying();
  const Type* Tu = T->underlying();
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V->kind == Kind::Pointer && T->kind == Kind::Pointer &&
      identicalIgnoreTags(static_cast<const Pointer*>(V)->elem->underlying(),
                          static_cast<const Pointer*>(T)->elem->underlying()))
    return true;
  if ((Vu->isInteger() || Vu->isFloat()) && (Tu->isInteger() || Tu->isFloat())) return true;
  if ((Vu->isInteger() || isBytesOrRunes(Vu)) && Tu->isString()) return true;
  if (Vu->isString() && isBytesOrRunes(Tu)) return true;
  if (Vu->kind == Kind::Slice) {
    const Type* se = static_cast<const Slice*>(Vu)->elem;
    if (Tu->kind == Kind::Array && identical(se, static_cast<const Array*>(Tu)->elem)) return true;
    if (Tu->kind == Kind::Pointer) {
      const Type* pu = static_cast<const Pointer*>(Tu)->elem->underlying();
      if (pu->kind == Kind::Array && identical(se, static_cast<const Array*>(pu)->elem))
        return true;
    }
  }
  return false;
}

void Checker::conversion(Operand& x, const Type* T) {
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    const Type* tu = T->underlying();
    ConstPtr v;
    if (!x.val->known()) {
      ok = true;
    } else if (types::representable(*x.val, tu->kind, &v)) {
      x.val = v;
      ok = true;
    } else if (x.type->isInteger() && tu->isString()) {
      uint32_t cp = 0xFFFD;
      if (auto u = x.val->toUint64(); u && *u <= 0x10FFFF && !(*u >= 0xD800 && *u <= 0xDFFF))
        cp = uint32_t(*u);
      std::string s;
      if (cp < 0x80) {
        s += char(cp);
      } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      } else {
        s += char(0xF0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3F));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      }
      x.val = makeString(s);
      ok = true;
    }
    if (!ok && x.type->isInteger() && T->underlying()->isInteger()) {
      errorAt(x.expr, "constant " + x.val->str() + " overflows " + typeString(T));
      x.mode = Mode::Invalid;
      return;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    if (x.nil)
      errorAt(x.expr, "cannot convert nil to type " + typeString(T));
    else if (!cause.empty())
      errorAt(x.expr,
              "cannot convert " + operandString(x) + " to type " + typeString(T) + ": " + cause);
    else
      errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + typeString(T));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->isUntyped()) {
    const Type* final = T;
    if (T->isInterface() || (constArg && !isConstType(T))) {
      final = tt_.defaultType(x.type);
    } else if (constArg && x.type->isInteger() && T->underlying()->isString()) {
      final = x.type;
    }
    if (x.nil) final = T;
    updateExprType(x.expr, final, true);
  }
  x.type = T;
  if (x.mode != Mode::Constant) {
    x.val.reset();
    hasCallOrRecv_ = true;
  }
  x.nil = false;
}

}  // namespace weft::lang::check
