// FuncCompiler: a function's frame — parameters, results, locals, captures — and its body.
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

FuncCompiler::FuncCompiler(ProgramCompiler& pc, uint32_t protoIndex, FuncCompiler* outer,
                           const std::string& file)
    : pc_(pc), b_(pc.func(protoIndex)), protoIndex_(protoIndex), outer_(outer), file_(file) {
  b_.race = pc.options().race;
}

namespace {

// The variable at the root of an lvalue-ish expression through fields and array indexing (the
// storage of that variable is what gets written), or null.
const types::Var* rootVar(const ast::Expr* e) {
  for (;;) {
    e = unparen(e);
    if (auto* id = e->as<ast::Ident>())
      return id->obj && id->obj->kind == types::ObjKind::Var
                 ? static_cast<const types::Var*>(id->obj)
                 : nullptr;
    if (auto* sel = e->as<ast::SelectorExpr>()) {
      if (sel->selKind != ast::SelKind::Field || sel->indirect) return nullptr;
      e = sel->x;
      continue;
    }
    if (auto* ix = e->as<ast::IndexExpr>()) {
      if (!ix->x->type || ix->x->type->underlying()->kind != Kind::Array) return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
}

}  // namespace

void FuncCompiler::compileBody(const ast::FuncType* sig, const ast::BlockStmt* body,
                               const types::Func* obj,
                               const std::vector<types::Object*>* captures) {
  obj_ = obj;
  vm::FuncProto& p = proto();
  const lang::check::ParamVars* pv = pc_.checked().params(sig);
  if (!pv) fail(sig ? sig->pos : ast::Pos{}, "internal error: no parameter information");
  b_.setPos(sig ? sig->pos : ast::Pos{});

  prescan(body);
  {
    std::vector<const types::Var*> results(pv->results.begin(), pv->results.end());
    scanRangeFuncs(body, results);
  }
  if (rangeReturns_) hasDefer_ = true;  // returns from loop bodies go through the epilogue

  // Parameters arrive in R[0..nparams).
  std::vector<const types::Var*> params;
  if (pv->recv) params.push_back(pv->recv);
  for (auto* v : pv->params) params.push_back(v);
  p.nparams = static_cast<uint32_t>(params.size());
  p.nresults = static_cast<uint32_t>(pv->results.size());
  {
    std::vector<const Type*> types;
    for (const types::Var* v : params) types.push_back(v->type);
    b_.noteParams(types);
  }
  b_.alloc(p.nparams);
  localTop_ = b_.freeReg();
  for (uint32_t i = 0; i < params.size(); i++) {
    const types::Var* v = params[i];
    if (isInlineType(v->type)) {
      bool aliased = aliased_.count(v) || inCell(v);
      bool modified = mutated_.count(v) || aliased;
      if (modified) b_.emitABC(Op::CLONE, i, i, tIdx(v->type));
      vars_[v] = VarLoc{VarLoc::K::Storage, i, modified && !aliased};
    } else if (inCell(v)) {
      uint32_t cell = b_.alloc();
      localTop_ = b_.freeReg();
      b_.emitABx(Op::NEW, cell, tIdx(v->type));
      b_.emitABC(Op::STORE, cell, 0, i);
      vars_[v] = VarLoc{VarLoc::K::Cell, cell};
    } else {
      vars_[v] = VarLoc{VarLoc::K::Reg, i};
    }
  }
  if (captures) {
    for (uint32_t k = 0; k < captures->size(); k++) {
      auto* v = static_cast<const types::Var*>((*captures)[k]);
      vars_[v] = VarLoc{VarLoc::K::Capture, k};
    }
    p.ncaptures = static_cast<uint32_t>(captures->size());
  }
  for (auto* v : pv->results) resultTypes_.push_back(v->type);
  // Either every result is named (possibly "_") or none is.
  namedResults_ = !pv->results.empty() && !pv->results[0]->name.empty();
  if (hasDefer_ || namedResults_) {
    for (auto* v : pv->results) {
      declareVar(v, true);
      resultVars_.push_back(v);
    }
  }
  b_.notePrologueEnd();

  block(body->list);
  b_.freeTo(localTop_);

  // Falling off the end returns (only possible for functions without results).
  b_.setPos(body->rbrace);
  if (hasDefer_) {
    b_.bind(epilogue_);
    p.recoverPc = static_cast<int32_t>(b_.size());
    b_.emitABC(Op::RUNDEFERS, 0);
    uint32_t n = static_cast<uint32_t>(resultVars_.size());
    if (n == 0) {
      b_.emitABC(Op::RET0, 0);
    } else {
      uint32_t base = b_.alloc(n);
      for (uint32_t i = 0; i < n; i++) {
        Val v = load(varLValue(resultVars_[i]), static_cast<int>(base + i));
        own(v, resultVars_[i]->type, static_cast<int>(base + i));
      }
      b_.emitABC(Op::RET, base, n);
    }
  } else if (resultVars_.empty() || pv->results.empty()) {
    b_.emitABC(Op::RET0, 0);
  } else {
    returnStmt(nullptr);
  }
  b_.finish();
}

void FuncCompiler::compileInitializers(const std::vector<lang::check::Initializer>& inits) {
  vm::FuncProto& p = proto();
  p.nparams = 0;
  p.nresults = 0;
  for (const auto& init : inits) {
    b_.setPos(init.rhs->pos);
    if (init.lhs.size() == 1) {
      const types::Var* v = init.lhs[0];
      if (v->name == "_") {
        expr(init.rhs);
      } else {
        LValue lv = varLValue(v);
        store(lv, exprAs(init.rhs, v->type));
      }
    } else {
      uint32_t base = multi(init.rhs, static_cast<int>(init.lhs.size()));
      const auto* tuple = static_cast<const types::Tuple*>(init.rhs->type);
      for (std::size_t i = 0; i < init.lhs.size(); i++) {
        const types::Var* v = init.lhs[i];
        if (v->name == "_") continue;
        const Type* from = tuple && tuple->kind == Kind::Tuple ? tuple->vars[i]->type : v->type;
        Val val = convertValue(Val{base + static_cast<uint32_t>(i), true}, from, v->type, -1);
        store(varLValue(v), val);
      }
    }
    b_.freeTo(localTop_);
  }
  b_.emitABC(Op::RET0, 0);
  b_.finish();
}

void FuncCompiler::prescan(const ast::Node* body) {
  walkBody(body, [&](const ast::Node* n) {
    switch (n->kind) {
      case ast::NodeKind::DeferStmt:
        hasDefer_ = true;
        break;
      case ast::NodeKind::AssignStmt:
        for (auto* l : static_cast<const ast::AssignStmt*>(n)->lhs)
          if (auto* v = rootVar(l)) mutated_.insert(v);
        break;
      case ast::NodeKind::IncDecStmt:
        if (auto* v = rootVar(static_cast<const ast::IncDecStmt*>(n)->x)) mutated_.insert(v);
        break;
      case ast::NodeKind::RangeStmt: {
        auto* r = static_cast<const ast::RangeStmt*>(n);
        if (r->op == ast::Op::Assign) {
          if (r->key)
            if (auto* v = rootVar(r->key)) mutated_.insert(v);
          if (r->value)
            if (auto* v = rootVar(r->value)) mutated_.insert(v);
        }
        break;
      }
      case ast::NodeKind::UnaryExpr: {
        auto* u = static_cast<const ast::UnaryExpr*>(n);
        if (u->op == ast::Op::Addr)
          if (auto* v = rootVar(u->x)) aliased_.insert(v);
        break;
      }
      case ast::NodeKind::SliceExpr:
        if (auto* v = rootVar(static_cast<const ast::SliceExpr*>(n)->x)) aliased_.insert(v);
        break;
      case ast::NodeKind::SelectorExpr: {
        // x.M() with a pointer receiver takes x's address.
        auto* s = static_cast<const ast::SelectorExpr*>(n);
        if (s->selKind == ast::SelKind::Method && s->sel->obj &&
            static_cast<const types::Func*>(s->sel->obj)->ptrRecv)
          if (auto* v = rootVar(s->x)) aliased_.insert(v);
        break;
      }
      default:
        break;
    }
    return true;
  });
}

// ---- variables ----------------------------------------------------------------------------

VarLoc& FuncCompiler::declareVar(const types::Var* v, bool zero) {
  if (b_.freeReg() != localTop_)
    fail(b_.pos(), "internal error: local declared while temporaries are live");
  uint32_t r = b_.alloc();
  localTop_ = b_.freeReg();
  VarLoc loc;
  loc.idx = r;
  if (isInlineType(v->type)) {
    loc.k = VarLoc::K::Storage;
    loc.owned = !inCell(v) && !aliased_.count(v);
    if (zero) b_.emitABx(Op::NEW, r, tIdx(v->type));
  } else if (inCell(v)) {
    loc.k = VarLoc::K::Cell;
    if (zero) b_.emitABx(Op::NEW, r, tIdx(v->type));
  } else {
    loc.k = VarLoc::K::Reg;
    if (zero) b_.emitAsBx(Op::LOADI, r, 0);
  }
  return vars_[v] = loc;
}

VarLoc* FuncCompiler::findVar(const types::Var* v) {
  auto it = vars_.find(v);
  return it == vars_.end() ? nullptr : &it->second;
}

LValue FuncCompiler::varLValue(const types::Var* v) {
  LValue lv;
  lv.type = v->type;
  if (v->name == "_" && !findVar(v)) {
    lv.k = LValue::K::Blank;
    return lv;
  }
  if (VarLoc* loc = findVar(v)) {
    switch (loc->k) {
      case VarLoc::K::Reg:
        lv.k = LValue::K::Reg;
        lv.a = loc->idx;
        lv.var = loc;
        return lv;
      case VarLoc::K::Cell:
        lv.k = LValue::K::Mem;
        lv.a = loc->idx;
        return lv;
      case VarLoc::K::Storage:
        lv.k = LValue::K::Mem;
        lv.a = loc->idx;
        lv.var = loc;
        return lv;
      case VarLoc::K::Capture:
        if (isInlineType(v->type)) {
          lv.k = LValue::K::Mem;
          lv.a = b_.alloc();
          b_.emitABC(Op::CAPADDR, lv.a, loc->idx);
        } else {
          lv.k = LValue::K::Capture;
          lv.a = loc->idx;
        }
        return lv;
    }
  }
  if (const ProgramCompiler::Global* g = pc_.global(v)) {
    if (g->storage == vm::GlobalInfo::Storage::Direct) {
      lv.k = LValue::K::Global;
      lv.a = g->index;
    } else {
      lv.k = LValue::K::Mem;
      lv.a = b_.alloc();
      b_.emitABx(Op::GETGLOBAL, lv.a, g->index);
      b_.noteReference();  // a boxed global: the address of its storage
    }
    return lv;
  }
  fail(b_.pos(), "internal error: unknown variable " + v->name);
}

void FuncCompiler::renewCells(const std::vector<const types::Var*>& vars) {
  for (const types::Var* v : vars) {
    VarLoc* loc = findVar(v);
    if (!loc) continue;
    if (loc->k == VarLoc::K::Cell) {
      uint32_t t = b_.alloc(), c = b_.alloc();
      b_.emitABC(Op::LOAD, t, loc->idx, 0);
      b_.noteWrite(v->type);
      b_.emitABx(Op::NEW, c, tIdx(v->type));
      b_.emitABC(Op::STORE, c, 0, t);
      move(loc->idx, c);
    } else if (loc->k == VarLoc::K::Storage && inCell(v)) {
      b_.emitABC(Op::CLONE, loc->idx, loc->idx, tIdx(v->type));
    }
  }
}

uint32_t FuncCompiler::captureAddresses(const std::vector<types::Object*>& captures) {
  uint32_t base = b_.alloc(static_cast<uint32_t>(captures.size()));
  captureAddressesInto(captures, base);
  return base;
}

void FuncCompiler::captureAddressesInto(const std::vector<types::Object*>& captures,
                                        uint32_t base) {
  for (uint32_t k = 0; k < captures.size(); k++) {
    auto* v = static_cast<const types::Var*>(captures[k]);
    VarLoc* loc = findVar(v);
    if (!loc) fail(b_.pos(), "internal error: captured variable " + v->name + " not found");
    switch (loc->k) {
      case VarLoc::K::Cell:
      case VarLoc::K::Storage:
        move(base + k, loc->idx);
        break;
      case VarLoc::K::Capture:
        b_.emitABC(Op::CAPADDR, base + k, loc->idx);
        break;
      case VarLoc::K::Reg:
        fail(b_.pos(), "internal error: captured variable " + v->name + " is not in a cell");
    }
  }
}

Label* FuncCompiler::gotoLabel(const ast::LabeledStmt* s) {
  auto& l = gotoLabels_[s];
  if (!l) l = std::make_unique<Label>();
  return l.get();
}

Val FuncCompiler::own(Val v, const Type* t, int dst) {
  if (!isInlineType(t) || v.fresh) {
    if (dst >= 0 && v.reg != static_cast<uint32_t>(dst)) move(dst, v.reg);
    return Val{dst >= 0 ? static_cast<uint32_t>(dst) : v.reg, v.fresh};
  }
  uint32_t r = target(dst);
  b_.emitABC(Op::CLONE, r, v.reg, tIdx(t));
  return Val{r, true};
}

}  // namespace weft::compile
