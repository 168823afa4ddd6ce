// Statements: blocks, assignments, declarations, returns, if, branches, go and defer.
#include <cstring>
#include <unordered_set>

#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

void FuncCompiler::block(const std::vector<ast::Stmt*>& list) {
  uint32_t savedTop = localTop_;
  for (const ast::Stmt* s : list) {
    stmt(s);
    b_.freeTo(localTop_);
  }
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

void FuncCompiler::stmt(const ast::Stmt* s) {
  using K = ast::NodeKind;
  if (s->kind == K::ExprStmt || s->kind == K::AssignStmt || s->kind == K::ReturnStmt) {
    b_.setPos(s->pos);
    hoistStatement(s);
    stmtKind(s);
    hoisted_.clear();
    return;
  }
  stmtKind(s);
}

void FuncCompiler::stmtKind(const ast::Stmt* s) {
  b_.setPos(s->pos);
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::EmptyStmt:
      return;
    case K::BlockStmt:
      block(static_cast<const ast::BlockStmt*>(s)->list);
      return;
    case K::ExprStmt: {
      const ast::Expr* x = unparen(static_cast<const ast::ExprStmt*>(s)->x);
      if (auto* c = x->as<ast::CallExpr>(); c && c->callKind == ast::CallKind::Call) {
        call(c);
        return;
      }
      expr(x);
      return;
    }
    case K::AssignStmt:
      assign(static_cast<const ast::AssignStmt*>(s));
      return;
    case K::IncDecStmt:
      incDec(static_cast<const ast::IncDecStmt*>(s));
      return;
    case K::DeclStmt:
      declStmt(static_cast<const ast::DeclStmt*>(s));
      return;
    case K::ReturnStmt:
      returnStmt(static_cast<const ast::ReturnStmt*>(s));
      return;
    case K::IfStmt:
      ifStmt(static_cast<const ast::IfStmt*>(s));
      return;
    case K::ForStmt:
      forStmt(static_cast<const ast::ForStmt*>(s), s);
      return;
    case K::RangeStmt:
      rangeStmt(static_cast<const ast::RangeStmt*>(s), s);
      return;
    case K::SwitchStmt:
      switchStmt(static_cast<const ast::SwitchStmt*>(s), s);
      return;
    case K::TypeSwitchStmt:
      typeSwitchStmt(static_cast<const ast::TypeSwitchStmt*>(s), s);
      return;
    case K::SelectStmt:
      selectStmt(static_cast<const ast::SelectStmt*>(s), s);
      return;
    case K::BranchStmt:
      branchStmt(static_cast<const ast::BranchStmt*>(s));
      return;
    case K::LabeledStmt:
      labeledStmt(static_cast<const ast::LabeledStmt*>(s));
      return;
    case K::GoStmt:
      goDefer(static_cast<const ast::GoStmt*>(s)->call, true);
      return;
    case K::DeferStmt:
      goDefer(static_cast<const ast::DeferStmt*>(s)->call, false);
      return;
    case K::SendStmt: {
      auto* ss = static_cast<const ast::SendStmt*>(s);
      const Type* elem = static_cast<const types::Chan*>(ss->chan->type->underlying())->elem;
      Val c = expr(ss->chan);
      Val v = exprAs(ss->value, elem);
      b_.setPos(s->pos);
      b_.emitABC(Op::SEND, c.reg, v.reg);
      return;
    }
    default:
      break;
  }
  fail(s->pos, "unsupported statement");
}

// ---- assignments ------------------------------------------------------------------------------

void FuncCompiler::assign(const ast::AssignStmt* s) {
  if (s->compound) {
    // x op= y: the location is evaluated once.
    LValue lv = lvalue(s->lhs[0]);
    Val cur = load(lv, -1);
    uint32_t x = cur.reg;
    if (lv.k == LValue::K::Reg) {
      // Compute straight into the variable's register.
      const ast::BinaryExpr fake(s->opPos, s->op, s->lhs[0], s->rhs[0]);
      fake.type = s->lhs[0]->type;
      fake.mode = ast::Mode::Value;
      expr(&fake, static_cast<int>(lv.a));
      return;
    }
    Val y;
    ast::Op op = s->op;
    const Type* t = s->lhs[0]->type;
    if (op == ast::Op::Shl || op == ast::Op::Shr) {
      y = expr(s->rhs[0]);
      bool signedCount = !s->rhs[0]->type->isUnsigned();
      bool sgnVal = t->isInteger() && !t->isUnsigned();
      Op o = op == ast::Op::Shl ? (signedCount ? Op::SHL_S : Op::SHL)
             : sgnVal           ? (signedCount ? Op::SHR_INT_S : Op::SHR_INT)
                                : (signedCount ? Op::SHR_UINT_S : Op::SHR_UINT);
      uint32_t r = b_.alloc();
      b_.emitABC(o, r, x, y.reg);
      truncate(t, r);
      store(lv, Val{r, true});
      return;
    }
    y = exprAs(s->rhs[0], t);
    Val r = arith(op, t, x, y.reg, -1);
    store(lv, r);
    return;
  }

  bool define = s->op == ast::Op::Define;
  std::size_t n = s->lhs.size();

  // Declare new variables first (their registers must sit below the temporaries).
  std::vector<const types::Var*> fresh(n, nullptr);
  if (define) {
    for (std::size_t i = 0; i < n; i++) {
      auto* id = unparen(s->lhs[i])->as<ast::Ident>();
      if (!id || id->blank() || !id->obj) continue;
      auto* v = static_cast<const types::Var*>(id->obj);
      if (!findVar(v)) fresh[i] = v;
    }
    for (std::size_t i = 0; i < n; i++)
      if (fresh[i]) declareVar(fresh[i], false);
  }
  auto storeNew = [&](std::size_t i, Val v, const Type* from) {
    const types::Var* var = fresh[i];
    VarLoc* loc = findVar(var);
    v = convertValue(v, from, var->type, -1);
    switch (loc->k) {
      case VarLoc::K::Reg:
        move(loc->idx, v.reg);
        break;
      case VarLoc::K::Cell: {
        b_.emitABx(Op::NEW, loc->idx, tIdx(var->type));
        b_.emitABC(Op::STORE, loc->idx, 0, v.reg);
        break;
      }
      case VarLoc::K::Storage: {
        Val o = own(v, var->type, -1);
        move(loc->idx, o.reg);
        break;
      }
      default:
        fail(s->pos, "internal error: bad new variable");
    }
  };

  if (s->rhs.size() == 1 && n > 1) {
    // a, b := f()  /  v, ok := m[k]  /  v, ok := x.(T)  /  v, ok := <-ch
    std::vector<LValue> lvs(n);
    for (std::size_t i = 0; i < n; i++)
      if (!fresh[i]) lvs[i] = lvalue(s->lhs[i]);
    pinLocations(lvs, fresh);
    const ast::Expr* r = unparen(s->rhs[0]);
    uint32_t base = multi(r, static_cast<int>(n));
    const types::Tuple* tuple = r->type && r->type->kind == Kind::Tuple
                                    ? static_cast<const types::Tuple*>(r->type)
                                    : nullptr;
    for (std::size_t i = 0; i < n; i++) {
      const Type* from = tuple ? tuple->vars[i]->type : (i == 0 ? r->type : pc_.basic(Kind::Bool));
      Val v{base + static_cast<uint32_t>(i), tuple != nullptr};
      if (fresh[i]) {
        storeNew(i, v, from);
      } else if (lvs[i].k != LValue::K::Blank) {
        v = convertValue(v, from, lvs[i].type, -1);
        store(lvs[i], v);
      }
    }
    return;
  }

  if (n == 1) {
    if (fresh[0]) {
      const types::Var* var = fresh[0];
      VarLoc* loc = findVar(var);
      if (loc->k == VarLoc::K::Reg) {
        Val v = exprAs(s->rhs[0], var->type, static_cast<int>(loc->idx));
        move(loc->idx, v.reg);
      } else {
        storeNew(0, exprAs(s->rhs[0], var->type), var->type);
      }
      return;
    }
    LValue lv = lvalue(s->lhs[0]);
    if (lv.k == LValue::K::Blank) {
      expr(s->rhs[0]);
      return;
    }
    if (lv.k == LValue::K::Reg) {
      Val v = exprAs(s->rhs[0], lv.type, static_cast<int>(lv.a));
      move(lv.a, v.reg);
      return;
    }
    store(lv, exprAs(s->rhs[0], lv.type));
    return;
  }

  // Parallel assignment: evaluate locations and values, then store left to right.
  std::vector<LValue> lvs(n);
  for (std::size_t i = 0; i < n; i++)
    if (!fresh[i]) lvs[i] = lvalue(s->lhs[i]);
  pinLocations(lvs, fresh);
  std::vector<Val> vals(n);
  for (std::size_t i = 0; i < n; i++) {
    const Type* to = fresh[i] ? fresh[i]->type : lvs[i].type;
    if (!fresh[i] && lvs[i].k == LValue::K::Blank) to = nullptr;
    uint32_t r = b_.alloc();
    Val v = to ? exprAs(s->rhs[i], to, static_cast<int>(r)) : expr(s->rhs[i], static_cast<int>(r));
    if (v.reg != r) move(r, v.reg);
    if (to && isInlineType(to)) v = own(Val{r, v.fresh}, to, static_cast<int>(r));
    vals[i] = Val{r, v.fresh || (to && isInlineType(to))};
  }
  for (std::size_t i = 0; i < n; i++) {
    if (fresh[i])
      storeNew(i, vals[i], fresh[i]->type);
    else
      store(lvs[i], vals[i]);
  }
}

// A location must not see a variable that an earlier store of the same assignment changes
// (`i, a[i] = 1, 2` stores into the old a[i]): copies such operands to temporaries first.
void FuncCompiler::pinLocations(std::vector<LValue>& lvs,
                                const std::vector<const types::Var*>& fresh) {
  std::size_t n = lvs.size();
  std::unordered_set<uint32_t> written;
  for (std::size_t i = 0; i < n; i++) {
    if (fresh[i])
      written.insert(findVar(fresh[i])->idx);
    else if (lvs[i].k == LValue::K::Reg || lvs[i].var)
      written.insert(lvs[i].a);
  }
  auto pin = [&](uint32_t& r) {
    if (!written.count(r)) return;
    uint32_t t = b_.alloc();
    move(t, r);
    r = t;
  };
  for (std::size_t i = 0; i < n; i++) {
    LValue& lv = lvs[i];
    if (fresh[i] || lv.k == LValue::K::Reg || lv.var) continue;
    if (lv.k == LValue::K::Mem || lv.k == LValue::K::SliceElem || lv.k == LValue::K::ArrayElem ||
        lv.k == LValue::K::MapElem)
      pin(lv.a);
    if (lv.k == LValue::K::SliceElem || lv.k == LValue::K::ArrayElem || lv.k == LValue::K::MapElem)
      pin(lv.b);
  }
}

void FuncCompiler::incDec(const ast::IncDecStmt* s) {
  LValue lv = lvalue(s->x);
  const Type* t = s->x->type;
  bool flt = t->isFloat();
  Val cur = load(lv, -1);
  uint32_t r = lv.k == LValue::K::Reg ? lv.a : b_.alloc();
  if (flt) {
    uint32_t one = b_.alloc();
    double d = 1.0;
    Word w;
    std::memcpy(&w, &d, sizeof w);
    b_.emitABx(Op::LOADK, one, b_.constant(w));
    b_.emitABC(s->op == ast::Op::Inc ? Op::ADD_FLOAT : Op::SUB_FLOAT, r, cur.reg, one);
  } else {
    b_.emitABsC(Op::ADDI, r, cur.reg, s->op == ast::Op::Inc ? 1 : -1);
  }
  truncate(t, r);
  if (lv.k != LValue::K::Reg) store(lv, Val{r, true});
}

void FuncCompiler::declStmt(const ast::DeclStmt* s) {
  const ast::GenDecl* d = s->decl;
  if (!d || d->tok != ast::DeclTok::Var) return;
  for (const ast::Node* spec : d->specs) {
    auto* vs = spec->as<ast::ValueSpec>();
    if (!vs) continue;
    b_.setPos(vs->pos);
    std::vector<const types::Var*> vars;
    for (auto* id : vs->names)
      vars.push_back(id->obj ? static_cast<const types::Var*>(id->obj) : nullptr);
    if (vs->values.empty()) {
      for (auto* v : vars)
        if (v && v->name != "_") declareVar(v, true);
      continue;
    }
    // With values: an assignment that defines.
    ast::AssignStmt as(vs->pos);
    as.op = ast::Op::Define;
    for (auto* id : vs->names) as.lhs.push_back(id);
    as.rhs = vs->values;
    as.opPos = vs->pos;
    assign(&as);
    b_.freeTo(localTop_);
  }
}

// ---- returns --------------------------------------------------------------------------------

void FuncCompiler::returnStmt(const ast::ReturnStmt* s) {
  std::size_t n = resultTypes_.size();
  std::vector<const ast::Expr*> exprs;
  if (s) exprs.assign(s->results.begin(), s->results.end());
  if (hasDefer_ || rangeBody_) {
    if (!exprs.empty()) {
      // Evaluate everything first, then assign the result variables.
      std::vector<Val> vals;
      if (exprs.size() == 1 && n > 1) {
        uint32_t base = multi(exprs[0], static_cast<int>(n));
        auto* tuple = static_cast<const types::Tuple*>(unparen(exprs[0])->type);
        for (std::size_t i = 0; i < n; i++)
          vals.push_back(convertValue(Val{base + static_cast<uint32_t>(i), true},
                                      tuple->vars[i]->type, resultTypes_[i], -1));
      } else {
        for (std::size_t i = 0; i < n; i++) {
          uint32_t r = b_.alloc();
          Val v = exprAs(exprs[i], resultTypes_[i], static_cast<int>(r));
          if (v.reg != r) move(r, v.reg);
          vals.push_back(Val{r, v.fresh});
        }
      }
      for (std::size_t i = 0; i < n; i++) {
        Val v = own(vals[i], resultTypes_[i], -1);
        store(varLValue(resultVars_[i]), v);
      }
    }
    if (rangeBody_)
      leaveRangeBody(kRangeReturn);
    else
      b_.jump(epilogue_);
    return;
  }
  if (n == 0) {
    b_.emitABC(Op::RET0, 0);
    return;
  }
  if (exprs.empty()) {
    // Bare return with named results.
    uint32_t base = b_.alloc(static_cast<uint32_t>(n));
    for (std::size_t i = 0; i < n; i++) {
      Val v = load(varLValue(resultVars_[i]), static_cast<int>(base + i));
      VarLoc* loc = findVar(resultVars_[i]);
      if (isInlineType(resultTypes_[i]) && !(loc && loc->owned))
        own(Val{v.reg, false}, resultTypes_[i], static_cast<int>(base + i));
    }
    b_.emitABC(Op::RET, base, static_cast<uint32_t>(n));
    return;
  }
  if (exprs.size() == 1 && n > 1) {
    uint32_t base = multi(exprs[0], static_cast<int>(n));
    auto* tuple = static_cast<const types::Tuple*>(unparen(exprs[0])->type);
    for (std::size_t i = 0; i < n; i++)
      convertValue(Val{base + static_cast<uint32_t>(i), true}, tuple->vars[i]->type,
                   resultTypes_[i], static_cast<int>(base + i));
    b_.emitABC(Op::RET, base, static_cast<uint32_t>(n));
    return;
  }
  if (n == 1) {
    const ast::Expr* e = unparen(exprs[0]);
    Val v = exprAs(e, resultTypes_[0]);
    if (isInlineType(resultTypes_[0]) && !v.fresh) {
      // A local variable the function owns may be handed over without a copy.
      auto* id = e->as<ast::Ident>();
      VarLoc* loc = id && id->obj && id->obj->kind == types::ObjKind::Var
                        ? findVar(static_cast<const types::Var*>(id->obj))
                        : nullptr;
      if (!(loc && loc->k == VarLoc::K::Storage && loc->owned)) v = own(v, resultTypes_[0], -1);
    }
    b_.emitABC(Op::RET1, v.reg);
    return;
  }
  uint32_t base = b_.alloc(static_cast<uint32_t>(n));
  for (std::size_t i = 0; i < n; i++) {
    Val v = exprAs(exprs[i], resultTypes_[i], static_cast<int>(base + i));
    if (v.reg != base + i) move(base + static_cast<uint32_t>(i), v.reg);
    own(Val{base + static_cast<uint32_t>(i), v.fresh}, resultTypes_[i], static_cast<int>(base + i));
  }
  b_.emitABC(Op::RET, base, static_cast<uint32_t>(n));
}

// ---- if, labels, branches
// -------------------------------------------------------------------------

void FuncCompiler::ifStmt(const ast::IfStmt* s) {
  uint32_t savedTop = localTop_;
  if (s->init) {
    stmt(s->init);
    b_.freeTo(localTop_);
  }
  Label elseL, end;
  condJump(s->cond, false, elseL);
  b_.freeTo(localTop_);
  block(s->body->list);
  if (s->elseStmt) {
    b_.jump(end);
    b_.bind(elseL);
    stmt(s->elseStmt);
    b_.freeTo(localTop_);
    b_.bind(end);
  } else {
    b_.bind(elseL);
  }
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

void FuncCompiler::labeledStmt(const ast::LabeledStmt* s) {
  b_.bind(*gotoLabel(s));
  const ast::Stmt* inner = s->stmt;
  switch (inner->kind) {
    case ast::NodeKind::ForStmt:
      forStmt(static_cast<const ast::ForStmt*>(inner), s);
      break;
    case ast::NodeKind::RangeStmt:
      rangeStmt(static_cast<const ast::RangeStmt*>(inner), s);
      break;
    case ast::NodeKind::SwitchStmt:
      switchStmt(static_cast<const ast::SwitchStmt*>(inner), s);
      break;
    case ast::NodeKind::TypeSwitchStmt:
      typeSwitchStmt(static_cast<const ast::TypeSwitchStmt*>(inner), s);
      break;
    case ast::NodeKind::SelectStmt:
      selectStmt(static_cast<const ast::SelectStmt*>(inner), s);
      break;
    default:
      stmt(inner);
      break;
  }
}

void FuncCompiler::branchStmt(const ast::BranchStmt* s) {
  b_.setPos(s->pos);
  if (s->tok == ast::Branch::Fallthrough) {
    auto it = fallthroughTarget_.find(s->target);
    if (it == fallthroughTarget_.end()) fail(s->pos, "internal error: bad fallthrough");
    b_.jump(*it->second);
    return;
  }
  branchTo(s->tok, s->target, s->pos);
}

void FuncCompiler::branchTo(ast::Branch tok, const ast::Stmt* t, ast::Pos at) {
  if (tok == ast::Branch::Goto) {
    auto* ls = t ? t->as<ast::LabeledStmt>() : nullptr;
    if (!ls) fail(at, "internal error: goto without target");
    if (rangeBody_ && !rangeBody_->contains(ls->pos)) {
      leaveRangeBody(escapeCode(tok, t));
      return;
    }
    b_.jump(*gotoLabel(ls));
    return;
  }
  // The checker's target may be the labeled statement or the loop itself.
  const ast::Stmt* loop = t;
  if (loop && loop->as<ast::LabeledStmt>()) loop = static_cast<const ast::LabeledStmt*>(loop)->stmt;
  if (rangeBody_ && loop == rangeBody_->loop) {
    // In the body of a range-over-func loop: continue returns true from the yield function,
    // break records that the loop is over and returns false.
    if (tok == ast::Branch::Continue) {
      uint32_t r = b_.alloc();
      b_.emitAsBx(Op::LOADI, r, 1);
      b_.emitABC(Op::RET1, r);
    } else {
      leaveRangeBody(kRangeBreak);
    }
    return;
  }
  auto it = jumps_.find(t);
  if (it == jumps_.end()) it = jumps_.find(loop);
  if (it == jumps_.end()) {
    if (rangeBody_) {
      leaveRangeBody(escapeCode(tok, t));
      return;
    }
    fail(at, "internal error: branch target not found");
  }
  if (tok == ast::Branch::Break) {
    b_.jump(*it->second.brk);
  } else {
    if (!it->second.cont) fail(at, "internal error: continue outside a loop");
    b_.jump(*it->second.cont);
  }
}

// ---- go and defer -------------------------------------------------------------------------------

void FuncCompiler::goDefer(const ast::CallExpr* c, bool isGo) {
  if (!isGo && rangeBody_)
    fail(c->pos, "not supported by Weft yet: defer in the body of a range-over-func loop");
  if (!isGo) hasDefer_ = true;
  b_.setPos(c->pos);
  if (c->callKind == ast::CallKind::Builtin || c->callKind == ast::CallKind::Conversion) {
    // Evaluate the arguments now; a thunk performs the builtin later.
    thunkCall(c, isGo);
    return;
  }
  Callee ce = resolveCallee(c);
  if (ce.kind == Callee::Iface || (isGo && ce.kind == Callee::Native)) {
    thunkCall(c, isGo);
    return;
  }
  uint32_t fnReg = 0;
  if (ce.kind == Callee::Value) fnReg = exprTemp(c->fun);
  uint32_t np = static_cast<uint32_t>(ce.sig->params->size()) + (ce.method ? 1 : 0);
  uint32_t base = b_.alloc(std::max(np, 1u));
  bool native = ce.kind == Callee::Native;
  if (ce.method) receiver(ce.sel, ce.method, base, true);
  // Arguments are copies taken now: struct values must not be shared with the caller.
  args(c, ce.sig, base + (ce.method ? 1 : 0), true);
  (void)native;
  b_.setPos(c->pos);
  switch (ce.kind) {
    case Callee::Static:
      b_.emitABCX(isGo ? Op::GO : Op::DEFER, base, np, 0, ce.index);
      break;
    case Callee::Native:
      b_.emitABCX(Op::DEFERN, base, np, 0, ce.index);
      break;
    case Callee::Value:
      b_.emitABC(isGo ? Op::GOC : Op::DEFERC, base, np, fnReg);
      break;
    case Callee::Iface:
      break;
  }
}

}  // namespace weft::compile
