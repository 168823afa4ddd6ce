// Statements and function bodies (go/types' stmt.go). Branch statements and labels are checked
// in labels.cpp, terminating statements ("missing return") in terminating.cpp.
#include <algorithm>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

}  // namespace

void Checker::openScope() {
  scope_ = tt_.newScope(scope_);
}

void Checker::funcBody(const ast::FuncLit* lit, const Signature* sig, const ParamVars* params,
                       const ast::BlockStmt* body, Scope* scope) {
  FuncContext* savedFunc = func_;
  Scope* savedScope = scope_;
  ConstPtr savedIota = iota_;
  bool savedHasCall = hasCallOrRecv_;
  contexts_.emplace_back();
  FuncContext* ctx = &contexts_.back();
  ctx->outer = func_;
  ctx->lit = lit;
  ctx->sig = sig;
  ctx->params = params;
  ctx->scope = scope;
  func_ = ctx;
  scope_ = scope;
  if (params) {
    if (params->recv) varOwner_[params->recv] = ctx;
    for (Var* v : params->params) varOwner_[v] = ctx;
    for (Var* v : params->results) varOwner_[v] = ctx;
  }
  stmtList(0, body->list);
  branches(body);
  if (!sig->results->vars.empty() && !isTerminating(body, ""))
    error(body->rbrace.valid() ? body->rbrace : body->pos, "missing return");
  usage(ctx);
  func_ = savedFunc;
  scope_ = savedScope;
  iota_ = savedIota;
  hasCallOrRecv_ = savedHasCall;
}

void Checker::usage(FuncContext* ctx) {
  std::vector<Var*> unused;
  for (Var* v : ctx->locals)
    if (!v->used && v->name != "_") unused.push_back(v);
  std::sort(unused.begin(), unused.end(),
            [](const Var* a, const Var* b) { return a->pos.offset < b->pos.offset; });
  for (Var* v : unused) error(v->pos, "declared and not used: " + v->name);
}

void Checker::stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list) {
  bool ok = ctxt & kFallthroughOk;
  unsigned inner = ctxt & ~unsigned(kFallthroughOk);
  size_t n = list.size();
  while (n > 0 && list[n - 1]->is<ast::EmptyStmt>()) n--;
  for (size_t i = 0; i < list.size(); i++) {
    unsigned c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::suspendedCall(const char* keyword, const ast::CallExpr* call) {
  if (!call) return;
  Operand x;
  std::string msg;
  switch (rawExpr(x, call, nullptr)) {
    case ExprKind::Conversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind::Expression:
      msg = "discards result of";
      break;
    case ExprKind::Statement:
      return;
  }
  errorAt(call, std::string(keyword) + " " + msg + " " + operandString(x));
}

void Checker::stmt(unsigned ctxt, const ast::Stmt* s) {
  using K = ast::NodeKind;
  unsigned inner = ctxt & ~unsigned(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case K::EmptyStmt:
    case K::BadStmt:
      break;
    case K::DeclStmt: {
      auto d = static_cast<const ast::DeclStmt*>(s);
      if (d->decl) localDecl(d->decl);
      break;
    }
    case K::LabeledStmt: {
      auto l = static_cast<const ast::LabeledStmt*>(s);
      if (l->stmt) stmt(ctxt, l->stmt);
      break;
    }
    case K::ExprStmt: {
      auto es = static_cast<const ast::ExprStmt*>(s);
      Operand x;
      ExprKind kind = rawExpr(x, es->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case Mode::Builtin:
          msg = "must be called";
          break;
        case Mode::TypeExpr:
          msg = "is not an expression";
          break;
        default:
          if (kind == ExprKind::Statement) return;
          msg = "is not used";
          break;
      }
      errorAt(es->x, operandString(x) + " " + msg);
      break;
    }
    case K::SendStmt: {
      auto ss = static_cast<const ast::SendStmt*>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.invalid() || val.invalid()) return;
      const Type* u = ch.type->underlying();
      if (u->kind != Kind::Chan) {
        errorAt(s, "invalid operation: cannot send to non-channel " + operandString(ch));
        return;
      }
      auto c = static_cast<const Chan*>(u);
      if (c->dir == ChanDir::Recv) {
        errorAt(s, "invalid operation: cannot send to receive-only channel " + operandString(ch));
        return;
      }
      assignment(val, c->elem, "send");
      break;
    }
    case K::IncDecStmt:
      incDec(static_cast<const ast::IncDecStmt*>(s));
      break;
    case K::AssignStmt: {
      auto as = static_cast<const ast::AssignStmt*>(s);
      if (as->op == ast::Op::Define) {
        shortVarDecl(as);
        return;
      }
      if (!as->compound) {
        assignVars(as->lhs, as->rhs);
        return;
      }
      if (as->lhs.size() != 1 || as->rhs.size() != 1) {
        error(as->opPos, std::string("assignment operation ") + ast::spell(as->op) +
                             "= requires single-valued expressions");
        return;
      }
      Operand x;
      binary(x, nullptr, as->lhs[0], as->rhs[0], as->op, as->opPos);
      assignVar(as->lhs[0], x);
      break;
    }
    case K::GoStmt:
      suspendedCall("go", static_cast<const ast::GoStmt*>(s)->call);
      break;
    case K::DeferStmt:
      suspendedCall("defer", static_cast<const ast::DeferStmt*>(s)->call);
      break;
    case K::ReturnStmt:
      returnStmt(static_cast<const ast::ReturnStmt*>(s));
      break;
    case K::BranchStmt:
      break;  // checked by branches()
    case K::BlockStmt:
      openScope();
      stmtList(inner, static_cast<const ast::BlockStmt*>(s)->list);
      closeScope();
      break;
    case K::IfStmt: {
      auto is = static_cast<const ast::IfStmt*>(s);
      openScope();
      simpleStmt(is->init);
      Operand x;
      if (is->cond) {
        expr(x, is->cond);
        if (!x.invalid() && !x.type->isBoolean())
          errorAt(is->cond, "non-boolean condition in if statement");
      }
      if (is->body) stmt(inner, is->body);
      if (is->elseStmt) stmt(inner, is->elseStmt);
      closeScope();
      break;
    }
    case K::SwitchStmt: {
      auto ss = static_cast<const ast::SwitchStmt*>(s);
      openScope();
      simpleStmt(ss->init);
      switchStmt(inner | kBreakOk, ss);
      closeScope();
      break;
    }
    case K::TypeSwitchStmt: {
      auto ts = static_cast<const ast::TypeSwitchStmt*>(s);
      openScope();
      simpleStmt(ts->init);
      typeSwitchStmt(inner | kBreakOk | kInTypeSwitch, ts);
      closeScope();
      break;
    }
    case K::SelectStmt:
      selectStmt(inner | kBreakOk, static_cast<const ast::SelectStmt*>(s));
      break;
    case K::ForStmt: {
      auto fs = static_cast<const ast::ForStmt*>(s);
      inner |= kBreakOk | kContinueOk;
      openScope();
      simpleStmt(fs->init);
      if (fs->cond) {
        Operand x;
        expr(x, fs->cond);
        if (!x.invalid() && !x.type->isBoolean())
          errorAt(fs->cond, "non-boolean condition in for statement");
      }
      simpleStmt(fs->post);
      if (fs->body) stmt(inner, fs->body);
      closeScope();
      break;
    }
    case K::RangeStmt:
      rangeStmt(inner | kBreakOk | kContinueOk, static_cast<const ast::RangeStmt*>(s));
      break;
    default:
      errorAt(s, "invalid statement");
      break;
  }
}

void Checker::incDec(const ast::IncDecStmt* s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid()) return;
  if (!x.type->isNumeric()) {
    const char* op = s->op == ast::Op::Inc ? "++" : "--";
    errorAt(s->x, "invalid operation: " + exprString(s->x) + op + " (non-numeric type " +
                      typeString(x.type) + ")");
    return;
  }
  assignVar(s->x, x);
}

void Checker::returnStmt(const ast::ReturnStmt* s) {
  if (!func_) return;
  const auto& resVars = func_->params ? func_->params->results : std::vector<Var*>{};
  const Tuple* res = func_->sig->results;
  if (s->results.empty() && !res->vars.empty() && !resVars.empty() && !resVars[0]->name.empty()) {
    for (Var* v : resVars) {
      Object* alt = lookup(v->name);
      if (alt && alt != v && v->name != "_")
        error(s->pos, "result parameter " + v->name + " not in scope at return\n\t" +
                          posString(alt->pos) + ": inner declaration of var " + v->name + " " +
                          typeString(v->type));
    }
    return;
  }
  if (s->results.empty() && res->vars.empty()) return;
  std::vector<Var*> lhs;
  if (resVars.size() == res->vars.size()) {
    lhs = resVars;
  } else {
    for (Var* v : res->vars) lhs.push_back(v);
  }
  // Result variables keep their types; initVars only checks assignability.
  initVars(lhs, s->results, s);
}

void Checker::caseValues(Operand& x, const std::vector<ast::Expr*>& values,
                         std::vector<std::pair<Operand, ast::Pos>>& seen) {
  for (const ast::Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.invalid() || v.invalid()) continue;
    convertUntyped(v, x.type);
    if (v.invalid()) continue;
    Operand res = v;
    Operand xc = x;
    comparison(res, xc, ast::Op::Eql, true);
    if (res.invalid()) continue;
    if (v.mode != Mode::Constant || !v.val || !v.val->known()) continue;
    bool dup = false;
    for (auto& [prev, pos] : seen) {
      if (identical(prev.type, v.type) && constCompare(ast::Op::Eql, *prev.val, *v.val)) {
        errorAt(e, "duplicate case " + operandString(v) + " in expression switch\n\t" +
                       posString(pos) + ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v, startPos(e)});
  }
}

void Checker::switchStmt(unsigned inner, const ast::SwitchStmt* s) {
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (!x.invalid() && !comparable(x.type) && !hasNil(x.type)) {
      errorAt(s->tag, "cannot switch on " + operandString(x) + " (" + typeString(x.type) +
                          " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    x.mode = Mode::Constant;
    x.type = basic(Kind::Bool);
    x.val = makeBool(true);
    x.expr = &trueIdent_;
  }
  const auto& clauses = s->body ? s->body->list : std::vector<ast::Stmt*>{};
  const ast::CaseClause* firstDefault = nullptr;
  std::vector<std::pair<Operand, ast::Pos>> seen;
  for (size_t i = 0; i < clauses.size(); i++) {
    auto cc = clauses[i]->as<ast::CaseClause>();
    if (!cc) continue;
    if (cc->isDefault) {
      if (firstDefault)
        error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else
        firstDefault = cc;
    }
    unsigned c = inner;
    if (i + 1 < clauses.size())
      c |= kFallthroughOk;
    else
      c |= kFinalSwitchCase;
    caseValues(x, cc->list, seen);
    openScope();
    stmtList(c, cc->body);
    closeScope();
  }
}

const Type* Checker::caseTypes(const Operand* x, const std::vector<ast::Expr*>& list,
                               std::vector<std::pair<const Type*, const ast::Expr*>>& seen,
                               bool* isNil) {
  const Type* T = nullptr;
  *isNil = false;
  for (const ast::Expr* e : list) {
    const ast::Expr* u = unparen(e);
    auto id = u ? u->as<ast::Ident>() : nullptr;
    bool nilCase = id && lookup(id->name) && lookup(id->name)->kind == ObjKind::Nil;
    if (nilCase) {
      T = nullptr;
      Operand dummy;
      expr(dummy, e);
      *isNil = true;
    } else {
      T = varType(e);
      if (T->kind == Kind::Invalid) continue;
    }
    bool dup = false;
    for (auto& [t, other] : seen) {
      if ((!T && !t) || (T && t && identical(T, t))) {
        errorAt(e, "duplicate case " + (T ? typeString(T) : std::string("nil")) +
                       " in type switch\n\t" + posString(startPos(other)) + ": previous case");
        dup = true;
        break;
      }
    }
    if (dup) continue;
    seen.push_back({T, e});
    if (x && T) typeAssertion(e, *x, T, true);
  }
  if (list.size() != 1) *isNil = false;
  return T;
}

void Checker::typeSwitchStmt(unsigned inner, const ast::TypeSwitchStmt* s) {
  const ast::Ident* lhs = s->binding;
  if (lhs && lhs->blank()) {
    error(lhs->pos, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, s->x);
  if (x.invalid()) {
    // Still check the clause bodies so errors inside them are found.
    x.type = invalidType();
  }
  const Operand* sx = nullptr;
  if (!x.invalid()) {
    if (x.type->underlying()->kind == Kind::Interface)
      sx = &x;
    else
      errorAt(s->x, operandString(x) + " is not an interface");
  }
  const auto& clauses = s->body ? s->body->list : std::vector<ast::Stmt*>{};
  const ast::CaseClause* firstDefault = nullptr;
  std::vector<Var*> lhsVars;
  std::vector<std::pair<const Type*, const ast::Expr*>> seen;
  for (ast::Stmt* st : clauses) {
    auto cc = st->as<ast::CaseClause>();
    if (!cc) continue;
    if (cc->isDefault) {
      if (firstDefault)
        error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else
        firstDefault = cc;
    }
    bool isNil = false;
    const Type* T = caseTypes(sx, cc->list, seen, &isNil);
    openScope();
    if (lhs) {
      if (cc->list.size() != 1 || !T) T = x.invalid() ? invalidType() : x.type;
      Var* v = newVar(lhs->name, lhs->pos, T);
      varOwner_[v] = func_;
      scope_->names[v->name] = v;
      v->parent = scope_;
      cc->implicitVar = v;
      lhsVars.push_back(v);
    }
    stmtList(inner, cc->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;
    }
    if (!used && !x.invalid()) error(lhs->pos, "declared and not used: " + lhs->name);
  }
}

void Checker::selectStmt(unsigned inner, const ast::SelectStmt* s) {
  const auto& clauses = s->body ? s->body->list : std::vector<ast::Stmt*>{};
  const ast::CommClause* firstDefault = nullptr;
  for (ast::Stmt* st : clauses) {
    auto cc = st->as<ast::CommClause>();
    if (!cc) continue;
    if (!cc->comm) {
      if (firstDefault)
        error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else
        firstDefault = cc;
    }
    bool valid = false;
    const ast::Expr* rhs = nullptr;
    if (!cc->comm || cc->comm->is<ast::SendStmt>()) {
      valid = true;
    } else if (auto as = cc->comm->as<ast::AssignStmt>()) {
      if (as->rhs.size() == 1 && !as->compound) rhs = as->rhs[0];
    } else if (auto es = cc->comm->as<ast::ExprStmt>()) {
      rhs = es->x;
    }
    if (rhs) {
      auto u = unparen(rhs) ? unparen(rhs)->as<ast::UnaryExpr>() : nullptr;
      if (u && u->op == ast::Op::Arrow) valid = true;
    }
    if (!valid) {
      errorAt(cc->comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope();
    if (cc->comm) stmt(inner, cc->comm);
    stmtList(inner, cc->body);
    closeScope();
  }
}

void Checker::rangeStmt(unsigned inner, const ast::RangeStmt* s) {
  Operand x;
  expr(x, s->x);
  const Type* key = nullptr;
  const Type* val = nullptr;
  bool isFuncIter = false;
  bool rangeOverInt = false;
  if (!x.invalid()) {
    std::string cause;
    const Type* u = x.type->underlying();
    if (u->kind == Kind::Pointer &&
        static_cast<const Pointer*>(u)->elem->underlying()->kind == Kind::Array)
      u = static_cast<const Pointer*>(u)->elem->underlying();
    switch (u->kind) {
      case Kind::String:
      case Kind::UntypedString:
        key = basic(Kind::Int);
        val = basic(Kind::Int32);
        if (x.type->isUntyped()) updateExprType(s->x, basic(Kind::String), true);
        break;
      case Kind::Array:
        key = basic(Kind::Int);
        val = static_cast<const Array*>(u)->elem;
        break;
      case Kind::Slice:
        key = basic(Kind::Int);
        val = static_cast<const Slice*>(u)->elem;
        break;
      case Kind::Map:
        key = static_cast<const Map*>(u)->key;
        val = static_cast<const Map*>(u)->elem;
        break;
      case Kind::Chan: {
        auto c = static_cast<const Chan*>(u);
        key = c->elem;
        if (s->value)
          errorAt(s->value,
                  "range over " + operandString(x) + " permits only one iteration variable");
        if (c->dir == ChanDir::Send) cause = "receive from send-only channel";
        break;
      }
      case Kind::Signature: {
        // Go 1.23 range-over-func iterators: func(yield func(K, V) bool).
        auto sig = static_cast<const Signature*>(u);
        const char* bad = nullptr;
        if (sig->params->vars.size() != 1 || !sig->results->vars.empty()) {
          bad = "func must be func(yield func(...) bool): wrong argument count";
        } else {
          const Type* y = sig->params->vars[0]->type->underlying();
          if (y->kind != Kind::Signature) {
            bad = "func must be func(yield func(...) bool): argument is not func";
          } else {
            auto ys = static_cast<const Signature*>(y);
            if (ys->params->vars.size() > 2)
              bad = "func must be func(yield func(...) bool): yield func has too many parameters";
            else if (ys->results->vars.size() != 1 || !ys->results->vars[0]->type->isBoolean())
              bad = "func must be func(yield func(...) bool): yield func does not return bool";
            else {
              if (ys->params->vars.size() >= 1) key = ys->params->vars[0]->type;
              if (ys->params->vars.size() >= 2) val = ys->params->vars[1]->type;
              isFuncIter = true;
              if (!key) key = nullptr;
              if (s->key && ys->params->vars.empty())
                errorAt(s->key,
                        "range over " + operandString(x) + " permits no iteration variables");
              else if (s->value && ys->params->vars.size() < 2)
                errorAt(s->value,
                        "range over " + operandString(x) + " permits only one iteration variable");
            }
          }
        }
        if (bad) cause = bad;
        break;
      }
      default:
        if (x.type->isInteger() || (x.mode == Mode::Constant && x.type->isUntyped() &&
                                    x.type->isNumeric() && x.val->isIntegral())) {
          // Go 1.22: range over an integer n yields 0..n-1 of n's type (int for an untyped n).
          rangeOverInt = true;
          key = x.type;
          if (s->value)
            errorAt(s->value,
                    "range over " + operandString(x) + " permits only one iteration variable");
        }
        break;
    }
    if ((!key && !isFuncIter) || !cause.empty()) {
      if (cause.empty())
        errorAt(s->x, "cannot range over " + operandString(x));
      else
        errorAt(s->x, "cannot range over " + operandString(x) + " (" + cause + ")");
      key = val = nullptr;
    }
    if (isFuncIter) hasCallOrRecv_ = true;
  }
  openScope();
  const ast::Expr* lhs[2] = {s->key, s->value};
  const Type* rhs[2] = {key, val};
  if (s->op == ast::Op::Define) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Var* obj;
      if (auto id = lhs[i]->as<ast::Ident>()) {
        obj = newVar(id->name, id->pos, nullptr);
        varOwner_[obj] = func_;
        recordDef(id, obj);
        if (id->name != "_") vars.push_back(obj);
      } else {
        errorAt(lhs[i], "non-name " + exprString(lhs[i]) + " on left side of :=");
        obj = newVar("_", startPos(lhs[i]), nullptr);
      }
      if (rhs[i] && rangeOverInt) {
        initVar(obj, x, "range clause");
      } else if (rhs[i]) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "assignment");
      } else {
        obj->type = invalidType();
        obj->used = true;
      }
      lhs[i]->mode = Mode::Variable;
      lhs[i]->type = obj->type;
    }
    for (Var* v : vars) declare(scope_, nullptr, v);
  } else if (s->op == ast::Op::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      if (rangeOverInt) v = x;
      const Type* T = lhsVar(lhs[i]);
      if (T && !isValid(T)) continue;
      assignment(v, T, rangeOverInt ? "range clause" : "assignment");
    }
  }
  if (s->body) stmt(inner, s->body);
  closeScope();
}

}  // namespace weft::lang::check
