// Loops, switches, select, and the thunks behind go/defer of builtins and interface methods.
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

namespace {

const types::Var* definedVar(const ast::Expr* e) {
  if (!e) return nullptr;
  auto* id = unparen(e)->as<ast::Ident>();
  if (!id || id->blank() || !id->obj || id->obj->kind != types::ObjKind::Var) return nullptr;
  return static_cast<const types::Var*>(id->obj);
}

bool intLikeType(const Type* t) {
  const Type* u = t->underlying();
  return u->isInteger() || u->kind == Kind::Bool || u->kind == Kind::Pointer ||
         u->kind == Kind::Chan || u->kind == Kind::UntypedBool;
}

}  // namespace

uint32_t FuncCompiler::hiddenLocals(uint32_t n) {
  if (b_.freeReg() != localTop_)
    fail(b_.pos(), "internal error: hidden local declared while temporaries are live");
  uint32_t r = b_.alloc(n);
  localTop_ = b_.freeReg();
  return r;
}

// Binds a per-iteration variable to the value in `v` (a fresh cell when it escapes).
void FuncCompiler::bindIterationVar(const types::Var* var, Val v, const Type* from) {
  VarLoc* loc = findVar(var);
  v = convertValue(v, from, var->type, -1);
  switch (loc->k) {
    case VarLoc::K::Reg:
      move(loc->idx, v.reg);
      break;
    case VarLoc::K::Cell:
      b_.emitABx(Op::NEW, loc->idx, tIdx(var->type));
      b_.emitABC(Op::STORE, loc->idx, 0, v.reg);
      break;
    case VarLoc::K::Storage:
      if (v.fresh) {
        move(loc->idx, v.reg);
      } else if (inCell(var)) {
        b_.emitABC(Op::CLONE, loc->idx, v.reg, tIdx(var->type));
      } else {
        LValue lv;
        lv.k = LValue::K::Mem;
        lv.a = loc->idx;
        lv.type = var->type;
        store(lv, Val{v.reg, false});
      }
      break;
    default:
      fail(b_.pos(), "internal error: bad loop variable");
  }
}

// ---- for ------------------------------------------------------------------------------------

void FuncCompiler::forStmt(const ast::ForStmt* s, const ast::Stmt* owner) {
  uint32_t savedTop = localTop_;
  std::vector<const types::Var*> loopVars;
  if (s->init) {
    stmt(s->init);
    b_.freeTo(localTop_);
    if (auto* as = s->init->as<ast::AssignStmt>(); as && as->op == ast::Op::Define)
      for (auto* l : as->lhs)
        if (auto* v = definedVar(l); v && inCell(v)) loopVars.push_back(v);
  }
  Label body, cont, check, brk;
  Jumps j{&brk, &cont, loopVars};
  jumps_[owner] = j;
  jumps_[s] = j;
  // `for ...; i < n; i++` with i and n int-like register variables (or n a small constant):
  // test once before the loop, then one FORLOOP (increment, compare, branch) per iteration.
  uint32_t idxReg = 0, boundReg = 0;
  int64_t boundConst = 0;
  int counted = countedLoop(s, loopVars, &idxReg, &boundReg, &boundConst);
  if (counted && !b_.longBranches) {
    if (counted == 1)
      b_.branch(Op::JLE_INT, boundReg, idxReg, brk);
    else
      b_.branch(Op::JGEI, idxReg, static_cast<uint32_t>(boundConst) & 0xFFFF, brk);
    b_.bind(body);
    block(s->body->list);
    b_.bind(cont);
    b_.setPos(s->post->pos);
    if (counted == 1)
      b_.branch(Op::FORLOOP, idxReg, boundReg, body);
    else
      b_.branch(Op::FORLOOPI, idxReg, static_cast<uint32_t>(boundConst) & 0xFFFF, body);
    b_.bind(brk);
    localTop_ = savedTop;
    b_.freeTo(localTop_);
    return;
  }
  if (s->cond) b_.jump(check);
  b_.bind(body);
  block(s->body->list);
  b_.bind(cont);
  renewCells(loopVars);
  b_.freeTo(localTop_);
  if (s->post) {
    stmt(s->post);
    b_.freeTo(localTop_);
  }
  b_.bind(check);
  if (s->cond)
    condJump(s->cond, true, body);
  else
    b_.jump(body);
  b_.freeTo(localTop_);
  b_.bind(brk);
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

// 1 for `i < n; i++` (n a register variable), 2 for `i < c; i++` (c a small constant), else 0.
int FuncCompiler::countedLoop(const ast::ForStmt* s, const std::vector<const types::Var*>& loopVars,
                              uint32_t* idx, uint32_t* bound, int64_t* boundConst) {
  if (!s->cond || !s->post || !loopVars.empty()) return 0;
  auto* inc = s->post->as<ast::IncDecStmt>();
  auto* cmp = unparen(s->cond)->as<ast::BinaryExpr>();
  if (!inc || inc->op != ast::Op::Inc || !cmp || cmp->op != ast::Op::Lss) return 0;
  auto regVar = [&](const ast::Expr* e) -> VarLoc* {
    auto* id = unparen(e)->as<ast::Ident>();
    if (!id || !id->obj || id->obj->kind != types::ObjKind::Var) return nullptr;
    VarLoc* loc = findVar(static_cast<const types::Var*>(id->obj));
    return loc && loc->k == VarLoc::K::Reg ? loc : nullptr;
  };
  auto* incId = unparen(inc->x)->as<ast::Ident>();
  auto* cmpId = unparen(cmp->x)->as<ast::Ident>();
  if (!incId || !cmpId || incId->obj != cmpId->obj) return 0;
  VarLoc* i = regVar(inc->x);
  const Type* t = inc->x->type->underlying();
  bool plainInt = t->kind == Kind::Int || t->kind == Kind::Int64;
  if (!i || !plainInt || cmp->y->type->underlying() != t) return 0;
  *idx = i->idx;
  const ast::Expr* y = unparen(cmp->y);
  if (y->mode == ast::Mode::Constant && y->value) {
    auto c = y->value->toInt64();
    if (!c || *c < INT16_MIN || *c > INT16_MAX) return 0;
    *boundConst = *c;
    return 2;
  }
  VarLoc* n = regVar(y);
  if (!n || n == i) return 0;
  *bound = n->idx;
  return 1;
}

// ---- range ----------------------------------------------------------------------------------

void FuncCompiler::rangeStmt(const ast::RangeStmt* s, const ast::Stmt* owner) {
  if (s->x->type->underlying()->kind == Kind::Signature) {
    rangeFunc(s, owner);
    return;
  }
  uint32_t savedTop = localTop_;
  const Type* xt = s->x->type;
  const Type* u = xt->underlying();
  bool isPtr = false;
  const Type* pu = derefPtr(u, &isPtr)->underlying();
  bool define = s->op == ast::Op::Define;
  const types::Var* keyVar = define ? definedVar(s->key) : nullptr;
  const types::Var* valVar = define ? definedVar(s->value) : nullptr;
  bool wantKey =
      s->key && !(unparen(s->key)->as<ast::Ident>() && unparen(s->key)->as<ast::Ident>()->blank());
  bool wantVal = s->value && !(unparen(s->value)->as<ast::Ident>() &&
                               unparen(s->value)->as<ast::Ident>()->blank());

  Label body, cont, check, brk;
  Jumps j{&brk, &cont, {}};
  jumps_[owner] = j;
  jumps_[s] = j;

  // Per-iteration variables live in registers allocated once for the loop.
  auto declareLoopVars = [&]() {
    b_.freeTo(localTop_);
    if (keyVar) declareVar(keyVar, false);
    if (valVar) declareVar(valVar, isInlineType(valVar->type) && !inCell(valVar));
  };
  // `for k, v = range x` assigns like `k, v = key, value`: both locations are evaluated
  // before either is stored (assignKey does both evaluations).
  LValue keyLv, valLv;
  auto assignKey = [&](Val v, const Type* from) {
    if (!define && wantKey && wantVal) {
      std::vector<LValue> lvs{lvalue(s->key), lvalue(s->value)};
      pinLocations(lvs, {nullptr, nullptr});
      keyLv = lvs[0];
      valLv = lvs[1];
    } else if (!define && wantVal) {
      valLv = lvalue(s->value);
    }
    if (!wantKey) return;
    if (keyVar) {
      bindIterationVar(keyVar, v, from);
    } else if (!define) {
      if (!wantVal) keyLv = lvalue(s->key);
      store(keyLv, convertValue(v, from, keyLv.type, -1));
    }
  };
  auto assignVal = [&](Val v, const Type* from) {
    if (!wantVal) return;
    if (valVar) {
      bindIterationVar(valVar, v, from);
    } else if (!define) {
      if (isInlineType(valLv.type)) v = own(v, valLv.type, -1);
      store(valLv, convertValue(v, from, valLv.type, -1));
    }
  };
  const Type* intT = pc_.basic(Kind::Int);

  if (u->isInteger()) {
    uint32_t h = hiddenLocals(2);  // n, i
    expr(s->x, static_cast<int>(h));
    b_.emitAsBx(Op::LOADI, h + 1, 0);
    declareLoopVars();
    bool fused = !u->isUnsigned() && !b_.longBranches;
    if (fused)
      b_.branch(Op::JLE_INT, h, h + 1, brk);
    else
      b_.jump(check);
    b_.bind(body);
    assignKey(Val{h + 1, true}, xt);
    block(s->body->list);
    b_.bind(cont);
    if (fused) {
      b_.branch(Op::FORLOOP, h + 1, h, body);
    } else {
      b_.emitABsC(Op::ADDI, h + 1, h + 1, 1);
      b_.bind(check);
      b_.branch(u->isUnsigned() ? Op::JLT_UINT : Op::JLT_INT, h + 1, h, body);
    }
  } else if (u->kind == Kind::Slice || pu->kind == Kind::Array) {
    bool isSlice = u->kind == Kind::Slice;
    const Type* elem = isSlice ? static_cast<const types::Slice*>(u)->elem
                               : static_cast<const types::Array*>(pu)->elem;
    int64_t alen = isSlice ? 0 : static_cast<const types::Array*>(pu)->len;
    uint32_t h = hiddenLocals(3);  // x, len, i
    if (!isSlice && !isPtr && wantVal) {
      // Ranging over an array value iterates over a copy of it.
      Val a = exprOwned(s->x, xt, static_cast<int>(h));
      move(h, a.reg);
    } else {
      expr(s->x, static_cast<int>(h));
    }
    if (isSlice)
      b_.emitABC(Op::LEN_SLICE, h + 1, h);
    else
      b_.loadInt(h + 1, alen);
    b_.emitAsBx(Op::LOADI, h + 2, 0);
    declareLoopVars();
    bool fusedSlice = !b_.longBranches;
    if (fusedSlice)
      b_.branch(Op::JLE_INT, h + 1, h + 2, brk);
    else
      b_.jump(check);
    b_.bind(body);
    assignKey(Val{h + 2, true}, intT);
    if (wantVal) {
      // Load straight into a register variable.
      VarLoc* vl = valVar ? findVar(valVar) : nullptr;
      bool direct = vl && vl->k == VarLoc::K::Reg && !isIface(valVar->type);
      uint32_t r = direct ? vl->idx : b_.alloc();
      int32_t slots = vm::slotsOf(elem);
      if (isSlice) {
        if (isInlineType(elem))
          b_.emitABCX(Op::SADDR, r, h, h + 2, static_cast<uint64_t>(slots));
        else
          b_.emitABC(Op::SLOAD, r, h, h + 2), b_.noteWrite(elem);
      } else {
        if (isInlineType(elem))
          b_.emitABCX(Op::AADDR, r, h, h + 2,
                      static_cast<uint64_t>(alen) | (static_cast<uint64_t>(slots) << 32));
        else
          b_.emitABCX(Op::ALOAD, r, h, h + 2, static_cast<uint64_t>(alen)), b_.noteWrite(elem);
      }
      if (!direct) assignVal(Val{r, false}, elem);
      b_.freeTo(localTop_);
    }
    block(s->body->list);
    b_.bind(cont);
    if (fusedSlice) {
      b_.branch(Op::FORLOOP, h + 2, h + 1, body);
    } else {
      b_.emitABsC(Op::ADDI, h + 2, h + 2, 1);
      b_.bind(check);
      b_.branch(Op::JLT_INT, h + 2, h + 1, body);
    }
  } else if (u->kind == Kind::String) {
    uint32_t h = hiddenLocals(5);  // s, len, i, rune, width
    expr(s->x, static_cast<int>(h));
    b_.emitABC(Op::LEN_STR, h + 1, h);
    b_.emitAsBx(Op::LOADI, h + 2, 0);
    b_.emitAsBx(Op::LOADI, h + 4, 0);
    declareLoopVars();
    b_.jump(check);
    b_.bind(body);
    b_.emitABC(Op::STRNEXT, h + 3, h, h + 2);
    assignKey(Val{h + 2, true}, intT);
    assignVal(Val{h + 3, true}, pc_.basic(Kind::Int32));
    b_.freeTo(localTop_);
    block(s->body->list);
    b_.bind(cont);
    b_.emitABC(Op::ADD_INT, h + 2, h + 2, h + 4);
    b_.bind(check);
    b_.branch(Op::JLT_INT, h + 2, h + 1, body);
  } else if (u->kind == Kind::Map) {
    auto* mt = static_cast<const types::Map*>(u);
    uint32_t h = hiddenLocals(3);  // iterator, key, value
    Val m = expr(s->x);
    b_.emitABCX(Op::MAPITER, h, m.reg, 0, tIdx(xt));
    b_.freeTo(localTop_);
    declareLoopVars();
    b_.bind(body);
    b_.bind(cont);
    b_.jumpOpX(Op::MAPNEXT, h, tIdx(xt), brk);
    b_.noteWrites({mt->key, mt->elem});
    assignKey(Val{h + 1, true}, mt->key);
    assignVal(Val{h + 2, true}, mt->elem);
    b_.freeTo(localTop_);
    block(s->body->list);
    b_.jump(body);
    b_.bind(check);
  } else if (u->kind == Kind::Chan) {
    const Type* elem = static_cast<const types::Chan*>(u)->elem;
    uint32_t h = hiddenLocals(3);  // channel, value, ok
    expr(s->x, static_cast<int>(h));
    declareLoopVars();
    b_.bind(body);
    b_.bind(cont);
    if (isInlineType(elem))
      b_.emitABx(Op::NEW, h + 1, tIdx(elem));
    else
      b_.zeroForReceive(h + 1, elem);
    b_.emitABC(Op::RECV2, h + 1, h);
    b_.noteWrite(elem);
    b_.jumpOp(Op::JF, h + 2, brk);
    assignKey(Val{h + 1, true}, elem);
    b_.freeTo(localTop_);
    block(s->body->list);
    b_.jump(body);
    b_.bind(check);
  } else {
    fail(s->pos, "range over " + xt->str(true) + " is not supported");
  }
  b_.freeTo(localTop_);
  b_.bind(brk);
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

// ---- switch ---------------------------------------------------------------------------------

void FuncCompiler::switchStmt(const ast::SwitchStmt* s, const ast::Stmt* owner) {
  uint32_t savedTop = localTop_;
  if (s->init) {
    stmt(s->init);
    b_.freeTo(localTop_);
  }
  Label brk;
  Jumps j{&brk, nullptr, {}};
  jumps_[owner] = j;
  jumps_[s] = j;
  std::vector<const ast::CaseClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<const ast::CaseClause*>(st));
  std::vector<Label> bodies(clauses.size());
  int def = -1;
  uint32_t tag = 0;
  const Type* tagT = nullptr;
  if (s->tag) {
    tagT = s->tag->type;
    tag = exprTemp(s->tag);
  }
  for (std::size_t i = 0; i < clauses.size(); i++) {
    const ast::CaseClause* cc = clauses[i];
    if (cc->isDefault) {
      def = static_cast<int>(i);
      continue;
    }
    for (const ast::Expr* e : cc->list) {
      b_.setPos(e->pos);
      uint32_t mark = b_.freeReg();
      if (!s->tag) {
        condJump(e, true, bodies[i]);
      } else if (intLikeType(tagT) && !isIface(e->type)) {
        int64_t c = 0;
        const ast::Expr* ue = unparen(e);
        if (ue->mode == ast::Mode::Constant && ue->value && ue->value->toInt64() &&
            *ue->value->toInt64() >= -32768 && *ue->value->toInt64() <= 32767 &&
            ue->value->kind == types::ConstValue::Kind::Int) {
          c = *ue->value->toInt64();
          b_.branch(Op::JEQI, tag, static_cast<uint32_t>(c) & 0xFFFF, bodies[i]);
        } else {
          Val v = exprAs(e, tagT);
          b_.branch(Op::JEQ_INT, tag, v.reg, bodies[i]);
        }
      } else {
        Val v = exprAs(e, isIface(tagT) ? nullptr : tagT);
        Val c = compareRegs(ast::Op::Eql, tag, tagT, v.reg, e->type, -1);
        b_.jumpOp(Op::JT, c.reg, bodies[i]);
      }
      b_.freeTo(mark);
    }
  }
  if (def >= 0)
    b_.jump(bodies[def]);
  else
    b_.jump(brk);
  b_.freeTo(localTop_);
  for (std::size_t i = 0; i < clauses.size(); i++) {
    if (i + 1 < clauses.size()) fallthroughTarget_[clauses[i + 1]] = &bodies[i + 1];
    b_.bind(bodies[i]);
    block(clauses[i]->body);
    bool endsInFallthrough = false;
    if (!clauses[i]->body.empty())
      if (auto* br = clauses[i]->body.back()->as<ast::BranchStmt>())
        endsInFallthrough = br->tok == ast::Branch::Fallthrough;
    if (!endsInFallthrough && i + 1 < clauses.size()) b_.jump(brk);
  }
  b_.bind(brk);
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

void FuncCompiler::typeSwitchStmt(const ast::TypeSwitchStmt* s, const ast::Stmt* owner) {
  uint32_t savedTop = localTop_;
  if (s->init) {
    stmt(s->init);
    b_.freeTo(localTop_);
  }
  Label brk;
  Jumps j{&brk, nullptr, {}};
  jumps_[owner] = j;
  jumps_[s] = j;
  uint32_t x = hiddenLocals(1);
  expr(s->x, static_cast<int>(x));
  b_.freeTo(localTop_);
  std::vector<const ast::CaseClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<const ast::CaseClause*>(st));
  std::vector<Label> bodies(clauses.size());
  int def = -1;
  for (std::size_t i = 0; i < clauses.size(); i++) {
    const ast::CaseClause* cc = clauses[i];
    if (cc->isDefault) {
      def = static_cast<int>(i);
      continue;
    }
    for (const ast::Expr* te : cc->list) {
      const ast::Expr* ue = unparen(te);
      auto* id = ue->as<ast::Ident>();
      if (id && id->obj && id->obj->kind == types::ObjKind::Nil) {
        b_.branch(Op::JEQI, x, 0, bodies[i]);
        continue;
      }
      const Type* t = te->type;
      uint32_t c = b_.alloc();
      if (isIface(t))
        b_.emitABC(Op::IMPLEMENTS, c, x, tIdx(t));
      else
        b_.emitABC(Op::TYPEIS, c, x, tIdx(t));
      b_.jumpOp(Op::JT, c, bodies[i]);
      b_.freeTo(localTop_);
    }
  }
  if (def >= 0)
    b_.jump(bodies[def]);
  else
    b_.jump(brk);
  for (std::size_t i = 0; i < clauses.size(); i++) {
    const ast::CaseClause* cc = clauses[i];
    b_.bind(bodies[i]);
    uint32_t top = localTop_;
    if (auto* v = static_cast<const types::Var*>(cc->implicitVar)) {
      const ast::Expr* only = cc->list.size() == 1 ? unparen(cc->list[0]) : nullptr;
      bool isNil = only && only->as<ast::Ident>() && only->as<ast::Ident>()->obj &&
                   only->as<ast::Ident>()->obj->kind == types::ObjKind::Nil;
      VarLoc& loc = declareVar(v, false);
      Val val{x, false};
      if (only && !isNil && !isIface(v->type)) {
        uint32_t r = b_.alloc();
        b_.emitABCX(Op::ASSERT, r, x, tIdx(v->type), tIdx(s->x->type));
        b_.noteWrite(v->type);
        val = Val{r, false};
      }
      switch (loc.k) {
        case VarLoc::K::Reg:
          move(loc.idx, val.reg);
          break;
        case VarLoc::K::Cell:
          b_.emitABx(Op::NEW, loc.idx, tIdx(v->type));
          b_.emitABC(Op::STORE, loc.idx, 0, val.reg);
          break;
        case VarLoc::K::Storage:
          b_.emitABC(Op::CLONE, loc.idx, val.reg, tIdx(v->type));
          break;
        default:
          break;
      }
      b_.freeTo(localTop_);
    }
    block(cc->body);
    localTop_ = top;
    b_.freeTo(localTop_);
    if (i + 1 < clauses.size()) b_.jump(brk);
  }
  b_.bind(brk);
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

// ---- select ---------------------------------------------------------------------------------

void FuncCompiler::selectStmt(const ast::SelectStmt* s, const ast::Stmt* owner) {
  uint32_t savedTop = localTop_;
  Label brk;
  Jumps j{&brk, nullptr, {}};
  jumps_[owner] = j;
  jumps_[s] = j;
  std::vector<const ast::CommClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<const ast::CommClause*>(st));
  int def = -1;
  std::vector<int> caseOf(clauses.size(), -1);
  uint32_t ncases = 0;
  for (std::size_t i = 0; i < clauses.size(); i++) {
    if (!clauses[i]->comm)
      def = static_cast<int>(i);
    else
      caseOf[i] = static_cast<int>(ncases++);
  }
  if (ncases > 64) fail(s->pos, "select with more than 64 cases is not supported");
  uint32_t result = hiddenLocals(1);
  uint32_t table = hiddenLocals(std::max(3 * ncases, 1u));
  uint64_t sendMask = 0;
  std::vector<const Type*> received(ncases, nullptr);  // per case: the received element type
  // The receive expression of a case: <-ch in `<-ch`, `v := <-ch`, `v, ok = <-ch`.
  auto recvOf = [](const ast::Stmt* comm) -> const ast::UnaryExpr* {
    const ast::Expr* e = nullptr;
    if (auto* es = comm->as<ast::ExprStmt>())
      e = es->x;
    else if (auto* as = comm->as<ast::AssignStmt>())
      e = as->rhs[0];
    e = e ? unparen(e) : nullptr;
    auto* u = e ? e->as<ast::UnaryExpr>() : nullptr;
    return u && u->op == ast::Op::Arrow ? u : nullptr;
  };
  for (std::size_t i = 0; i < clauses.size(); i++) {
    const ast::Stmt* comm = clauses[i]->comm;
    if (!comm) continue;
    uint32_t k = static_cast<uint32_t>(caseOf[i]);
    uint32_t slot = table + 3 * k;
    b_.setPos(comm->pos);
    if (auto* ss = comm->as<ast::SendStmt>()) {
      sendMask |= uint64_t(1) << k;
      const Type* elem = static_cast<const types::Chan*>(ss->chan->type->underlying())->elem;
      expr(ss->chan, static_cast<int>(slot));
      Val v = exprAs(ss->value, elem, static_cast<int>(slot + 1));
      move(slot + 1, v.reg);
    } else {
      const ast::UnaryExpr* r = recvOf(comm);
      if (!r) fail(comm->pos, "malformed select case");
      expr(r->x, static_cast<int>(slot));
      const Type* elem = static_cast<const types::Chan*>(r->x->type->underlying())->elem;
      if (isInlineType(elem))
        b_.emitABx(Op::NEW, slot + 1, tIdx(elem));
      else
        b_.zeroForReceive(slot + 1, elem);
      received[k] = elem;
    }
    b_.freeTo(localTop_);
  }
  b_.setPos(s->pos);
  b_.emitABCX(Op::SELECT, result, table, ncases | (def >= 0 ? 0x8000u : 0u), sendMask);
  b_.noteWrites(received);
  std::vector<Label> bodies(clauses.size());
  for (std::size_t i = 0; i < clauses.size(); i++) {
    if (caseOf[i] >= 0) b_.branch(Op::JEQI, result, static_cast<uint32_t>(caseOf[i]), bodies[i]);
  }
  if (def >= 0)
    b_.jump(bodies[def]);
  else
    b_.jump(brk);
  for (std::size_t i = 0; i < clauses.size(); i++) {
    b_.bind(bodies[i]);
    uint32_t top = localTop_;
    const ast::Stmt* comm = clauses[i]->comm;
    if (auto* as = comm ? comm->as<ast::AssignStmt>() : nullptr) {
      uint32_t slot = table + 3 * static_cast<uint32_t>(caseOf[i]);
      const ast::UnaryExpr* r = recvOf(comm);
      const Type* elem = static_cast<const types::Chan*>(r->x->type->underlying())->elem;
      for (std::size_t li = 0; li < as->lhs.size() && li < 2; li++) {
        const Type* from = li == 0 ? elem : pc_.basic(Kind::Bool);
        Val v{slot + 1 + static_cast<uint32_t>(li), true};
        if (as->op == ast::Op::Define) {
          if (auto* var = definedVar(as->lhs[li])) {
            declareVar(var, false);
            bindIterationVar(var, v, from);
          }
        } else {
          LValue lv = lvalue(as->lhs[li]);
          if (lv.k != LValue::K::Blank) store(lv, convertValue(v, from, lv.type, -1));
        }
        b_.freeTo(localTop_);
      }
    }
    block(clauses[i]->body);
    localTop_ = top;
    b_.freeTo(localTop_);
    if (i + 1 < clauses.size()) b_.jump(brk);
  }
  b_.bind(brk);
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

// ---- channel receive ----------------------------------------------------------------------------

Val FuncCompiler::recvExpr(const ast::UnaryExpr* e, int dst, bool commaOk) {
  const Type* elem = static_cast<const types::Chan*>(e->x->type->underlying())->elem;
  Val c = expr(e->x);
  uint32_t r = commaOk ? (dst >= 0 ? static_cast<uint32_t>(dst) : b_.alloc(2)) : target(dst);
  if (isInlineType(elem))
    b_.emitABx(Op::NEW, r, tIdx(elem));
  else if (r != c.reg)  // (`c = <-c` with `type C chan C`: r already holds a reference)
    b_.zeroForReceive(r, elem);
  b_.setPos(e->pos);
  b_.emitABC(commaOk ? Op::RECV2 : Op::RECV, r, c.reg);
  b_.noteWrite(elem);
  return Val{r, true};
}

// ---- thunks for go/defer
// --------------------------------------------------------------------------

// `go`/`defer` of a builtin, an interface method or (for go) a native: the operands are evaluated
// now into the arguments of a small synthesized function that performs the call later.
void FuncCompiler::thunkCall(const ast::CallExpr* c, bool isGo) {
  ast::Arena& arena = pc_.synthArena();
  lang::check::TypeTable& tt = pc_.typeTable();
  std::vector<const Type*> ptypes;
  auto* call = arena.make<ast::CallExpr>(c->pos);
  call->callKind = c->callKind;
  call->type = c->type;
  call->mode = c->mode;
  call->fun = c->fun;
  call->lparen = c->lparen;
  call->rparen = c->rparen;
  std::vector<types::Var*> params;
  auto param = [&](const Type* t) {
    auto* v = tt.newObject<types::Var>("arg" + std::to_string(params.size()), c->pos, t);
    v->isParam = true;
    params.push_back(v);
    auto* id = arena.make<ast::Ident>(c->pos, v->name);
    id->obj = v;
    id->type = t;
    id->mode = ast::Mode::Variable;
    return id;
  };
  uint32_t base = 0, n = 0;
  if (c->callKind == ast::CallKind::Builtin) {
    for (const ast::Expr* a : c->args) {
      const Type* t = a->type;
      if (t->isUntyped()) t = tt.defaultType(t);
      call->args.push_back(param(t));
      ptypes.push_back(t);
    }
    call->hasEllipsis = c->hasEllipsis;
    n = static_cast<uint32_t>(ptypes.size());
    base = b_.alloc(std::max(n, 1u));
    for (uint32_t i = 0; i < n; i++) {
      Val v = exprAs(c->args[i], ptypes[i], static_cast<int>(base + i));
      own(v, ptypes[i], static_cast<int>(base + i));
    }
  } else {
    Callee ce = resolveCallee(c);
    const types::Signature* sig = ce.sig;
    n = static_cast<uint32_t>(sig->params->size()) + (ce.method ? 1 : 0);
    base = b_.alloc(std::max(n, 1u));
    if (ce.method) {
      const Type* rt;
      if (ce.kind == Callee::Iface) {
        Val x = expr(ce.sel->x);
        rt = ce.sel->x->type;
        if (!ce.sel->path.empty()) {
          LValue lv = fieldPath(x.reg, ce.sel->x->type, ce.sel->path, ce.sel->path.size());
          load(lv, static_cast<int>(base));
          rt = lv.type;
        } else {
          move(base, x.reg);
        }
        b_.emitABC(Op::NILCHECK, base);
      } else {
        receiver(ce.sel, ce.method, base, true);
        rt = ce.method->sig()->recv->type;
      }
      auto* sel = arena.make<ast::SelectorExpr>(ce.sel->pos);
      sel->x = param(rt);
      sel->sel = ce.sel->sel;
      sel->selKind = ast::SelKind::Method;
      sel->indirect = false;
      sel->type = ce.sel->type;
      sel->mode = ce.sel->mode;
      call->fun = sel;
    }
    args(c, sig, base + (ce.method ? 1 : 0), true);
    for (auto* v : sig->params->vars) call->args.push_back(param(v->type));
    call->hasEllipsis = sig->variadic;
  }
  std::string name =
      proto().name + (isGo ? ".gowrap" : ".deferwrap") + std::to_string(++closureCounter);
  uint32_t idx = pc_.newFunc(name, file_, static_cast<int32_t>(c->pos.line));
  pc_.compileWithRetry(idx, nullptr, file_,
                       [&](FuncCompiler& inner) { inner.compileThunk(params, call); });
  b_.setPos(c->pos);
  b_.emitABCX(isGo ? Op::GO : Op::DEFER, base, n, 0, idx);
}

void FuncCompiler::compileThunk(const std::vector<types::Var*>& params, const ast::CallExpr* call) {
  vm::FuncProto& p = proto();
  p.wrapper = false;
  p.nparams = static_cast<uint32_t>(params.size());
  {
    std::vector<const Type*> types;
    for (const types::Var* v : params) types.push_back(v->type);
    b_.noteParams(types);
  }
  b_.alloc(p.nparams);
  localTop_ = b_.freeReg();
  for (uint32_t i = 0; i < params.size(); i++) {
    vars_[params[i]] =
        VarLoc{isInlineType(params[i]->type) ? VarLoc::K::Storage : VarLoc::K::Reg, i, false};
  }
  b_.setPos(call->pos);
  if (call->callKind == ast::CallKind::Builtin)
    builtin(call, -1);
  else
    this->call(call);
  b_.freeTo(localTop_);
  b_.emitABC(Op::RET0, 0);
  b_.finish();
}

}  // namespace weft::compile
