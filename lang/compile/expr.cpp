// Expressions: constants, variables, operators, selectors, indexing, slicing, assertions,
// function literals and conditional jumps.
#include <cstring>

#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

namespace {

Word floatBits(double d) {
  Word w;
  std::memcpy(&w, &d, sizeof w);
  return w;
}

bool isSigned(const Type* t) {
  switch (t->underlying()->kind) {
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::UntypedInt:
    case Kind::UntypedRune:
      return true;
    default:
      return false;
  }
}

bool isFloatType(const Type* t) {
  Kind k = t->underlying()->kind;
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}

bool isNilExpr(const ast::Expr* e) {
  e = unparen(e);
  auto* id = e->as<ast::Ident>();
  return id && id->obj && id->obj->kind == types::ObjKind::Nil;
}

// A small integer constant usable as an immediate operand.
bool smallConst(const ast::Expr* e, int64_t lo, int64_t hi, int64_t* out) {
  e = unparen(e);
  if (e->mode != ast::Mode::Constant || !e->value || !e->type) return false;
  if (!e->type->isInteger()) return false;
  auto v = e->value->toInt64();
  if (!v || *v < lo || *v > hi) return false;
  *out = *v;
  return true;
}

ast::Op negate(ast::Op op) {
  switch (op) {
    case ast::Op::Eql:
      return ast::Op::Neq;
    case ast::Op::Neq:
      return ast::Op::Eql;
    case ast::Op::Lss:
      return ast::Op::Geq;
    case ast::Op::Leq:
      return ast::Op::Gtr;
    case ast::Op::Gtr:
      return ast::Op::Leq;
    case ast::Op::Geq:
      return ast::Op::Lss;
    default:
      return op;
  }
}

ast::Op swapSides(ast::Op op) {
  switch (op) {
    case ast::Op::Lss:
      return ast::Op::Gtr;
    case ast::Op::Leq:
      return ast::Op::Geq;
    case ast::Op::Gtr:
      return ast::Op::Lss;
    case ast::Op::Geq:
      return ast::Op::Leq;
    default:
      return op;
  }
}

bool isComparison(ast::Op op) {
  return op == ast::Op::Eql || op == ast::Op::Neq || op == ast::Op::Lss || op == ast::Op::Leq ||
         op == ast::Op::Gtr || op == ast::Op::Geq;
}

}  // namespace

// ---- entry points ---------------------------------------------------------------------------

Val FuncCompiler::expr(const ast::Expr* e, int dst) {
  e = unparen(e);
  if (!hoisted_.empty()) {
    // Evaluated ahead by hoistStatement (gc's order): its register holds the value.
    auto it = hoisted_.find(e);
    if (it != hoisted_.end()) {
      uint32_t r = it->second;
      if (dst >= 0 && static_cast<uint32_t>(dst) != r) {
        move(static_cast<uint32_t>(dst), r);
        return Val{static_cast<uint32_t>(dst), true};
      }
      return Val{r, true};
    }
  }
  b_.setPos(e->pos);
  if (e->mode == ast::Mode::Constant && e->value) return constant(e, dst);
  switch (e->kind) {
    case ast::NodeKind::Ident:
      return ident(static_cast<const ast::Ident*>(e), dst);
    case ast::NodeKind::CompositeLit:
      return compositeLit(static_cast<const ast::CompositeLit*>(e), dst);
    case ast::NodeKind::FuncLit:
      return funcLit(static_cast<const ast::FuncLit*>(e), dst);
    case ast::NodeKind::SelectorExpr:
      return selector(static_cast<const ast::SelectorExpr*>(e), dst);
    case ast::NodeKind::IndexExpr:
      return index(static_cast<const ast::IndexExpr*>(e), dst);
    case ast::NodeKind::SliceExpr:
      return sliceExpr(static_cast<const ast::SliceExpr*>(e), dst);
    case ast::NodeKind::TypeAssertExpr:
      return typeAssert(static_cast<const ast::TypeAssertExpr*>(e), dst, false);
    case ast::NodeKind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      if (c->callKind == ast::CallKind::Conversion) return conversion(c, dst);
      if (c->callKind == ast::CallKind::Builtin) return builtin(c, dst);
      uint32_t base = call(c);
      Val v{base, true};
      if (dst >= 0) move(static_cast<uint32_t>(dst), base), v.reg = static_cast<uint32_t>(dst);
      return v;
    }
    case ast::NodeKind::StarExpr: {
      auto* s = static_cast<const ast::StarExpr*>(e);
      return deref(s->x, e->type, dst);
    }
    case ast::NodeKind::UnaryExpr:
      return unary(static_cast<const ast::UnaryExpr*>(e), dst);
    case ast::NodeKind::BinaryExpr:
      return binary(static_cast<const ast::BinaryExpr*>(e), dst);
    default:
      break;
  }
  fail(e->pos, "unsupported expression");
}

Val FuncCompiler::exprAs(const ast::Expr* e, const Type* to, int dst) {
  e = unparen(e);
  if (!to || !e->type) return expr(e, dst);
  if (isNilExpr(e)) {
    uint32_t r = target(dst);
    b_.emitAsBx(Op::LOADI, r, 0);
    return Val{r, true};
  }
  if (isIface(to) && !isIface(e->type)) {
    Val v = expr(e);
    return convertValue(v, e->type, to, dst);
  }
  return expr(e, dst);
}

uint32_t FuncCompiler::exprTemp(const ast::Expr* e, const Type* to) {
  uint32_t r = b_.alloc();
  Val v = to ? exprAs(e, to, static_cast<int>(r)) : expr(e, static_cast<int>(r));
  if (v.reg != r) move(r, v.reg);
  return r;
}

Val FuncCompiler::exprOwned(const ast::Expr* e, const Type* to, int dst) {
  Val v = exprAs(e, to);
  return own(v, to ? to : e->type, dst);
}

Val FuncCompiler::convertValue(Val v, const Type* from, const Type* to, int dst) {
  if (to && from && isIface(to) && !isIface(from)) {
    if (from->kind == Kind::UntypedNil) {
      uint32_t r = target(dst);
      b_.emitAsBx(Op::LOADI, r, 0);
      return Val{r, true};
    }
    const Type* dyn = from;
    if (dyn->isUntyped()) dyn = pc_.typeTable().defaultType(dyn);
    pc_.ensureMethodSet(dyn);
    uint32_t r = target(dst);
    b_.emitABC(Op::BOX, r, v.reg, tIdx(dyn));
    return Val{r, true};
  }
  if (dst >= 0 && v.reg != static_cast<uint32_t>(dst)) {
    move(static_cast<uint32_t>(dst), v.reg);
    v.reg = static_cast<uint32_t>(dst);
  }
  return v;
}

// ---- constants ------------------------------------------------------------------------------

Val FuncCompiler::constant(const ast::Expr* e, int dst) {
  uint32_t r = target(dst);
  loadConst(*e->value, e->type, r);
  return Val{r, true};
}

void FuncCompiler::loadConst(const types::ConstValue& cv, const Type* t, uint32_t reg) {
  const Type* u = t ? t->underlying() : nullptr;
  if (u && u->kind == Kind::Interface) {
    // A constant converted to an interface: box its default type.
    const Type* dt = nullptr;
    switch (cv.kind) {
      case types::ConstValue::Kind::Bool:
        dt = pc_.basic(Kind::Bool);
        break;
      case types::ConstValue::Kind::String:
        dt = pc_.basic(Kind::String);
        break;
      case types::ConstValue::Kind::Int:
        dt = pc_.basic(Kind::Int);
        break;
      default:
        dt = pc_.basic(Kind::Float64);
        break;
    }
    uint32_t tmp = b_.alloc();
    loadConst(cv, dt, tmp);
    b_.emitABC(Op::BOX, reg, tmp, tIdx(dt));
    return;
  }
  switch (cv.kind) {
    case types::ConstValue::Kind::Bool:
      b_.emitAsBx(Op::LOADI, reg, cv.boolVal() ? 1 : 0);
      return;
    case types::ConstValue::Kind::String:
      if (cv.stringVal().empty())
        b_.emitAsBx(Op::LOADI, reg, 0);
      else
        b_.emitABx(Op::LOADSTR, reg, pc_.stringIndex(cv.stringVal()));
      return;
    case types::ConstValue::Kind::Int:
    case types::ConstValue::Kind::Float:
      if (u && (u->kind == Kind::Complex64 || u->kind == Kind::Complex128))
        fail(b_.pos(), "complex numbers are not supported");
      if ((u && isFloatType(u)) || (!u && cv.kind == types::ConstValue::Kind::Float) ||
          (u && u->kind == Kind::UntypedFloat)) {
        double d = cv.toFloat64();
        if (u && u->kind == Kind::Float32) d = static_cast<double>(static_cast<float>(d));
        b_.emitABx(Op::LOADK, reg, b_.constant(floatBits(d)));
      } else {
        b_.loadWord(reg, cv.wordBits());
      }
      return;
    default:
      fail(b_.pos(), "unsupported constant");
  }
}

// ---- names ----------------------------------------------------------------------------------

Val FuncCompiler::ident(const ast::Ident* id, int dst) {
  const types::Object* obj = id->obj;
  if (!obj) fail(id->pos, "internal error: unresolved name " + id->name);
  switch (obj->kind) {
    case types::ObjKind::Var:
      return load(varLValue(static_cast<const types::Var*>(obj)), dst);
    case types::ObjKind::Func: {
      uint32_t r = target(dst);
      b_.emitABx(Op::LOADFUNC, r,
                 pc_.funcValueIndex(static_cast<const types::Func*>(obj), id->pos));
      return Val{r, true};
    }
    case types::ObjKind::Nil: {
      uint32_t r = target(dst);
      b_.emitAsBx(Op::LOADI, r, 0);
      return Val{r, true};
    }
    default:
      break;
  }
  fail(id->pos, "unsupported use of " + id->name);
}

Val FuncCompiler::funcLit(const ast::FuncLit* e, int dst) {
  std::string name = outer_ ? proto().name + "." + std::to_string(++closureCounter)
                            : proto().name + ".func" + std::to_string(++closureCounter);
  uint32_t idx = pc_.newFunc(name, file_, static_cast<int32_t>(e->pos.line));
  pc_.compileWithRetry(idx, this, file_, [&](FuncCompiler& inner) {
    inner.compileBody(e->sig, e->body, nullptr, &e->captures);
  });
  uint32_t r = target(dst);
  if (e->captures.empty()) {
    b_.emitABx(Op::LOADFUNC, r, idx);
    return Val{r, true};
  }
  uint32_t base = captureAddresses(e->captures);
  b_.emitABCX(Op::CLOSURE, r, base, static_cast<uint32_t>(e->captures.size()), idx);
  return Val{r, true};
}

// ---- selectors, indexing, slicing -------------------------------------------------------------

LValue FuncCompiler::fieldPath(uint32_t baseReg, const Type* baseType, const std::vector<int>& path,
                               std::size_t n) {
  LValue lv;
  lv.k = LValue::K::Mem;
  lv.a = baseReg;
  lv.off = 0;
  const Type* t = baseType;
  for (std::size_t i = 0; i < n; i++) {
    bool isPtr = false;
    const Type* st = derefPtr(t, &isPtr);
    if (isPtr) lv.viaPointer = true;
    if (isPtr && i > 0) {
      // The previous field was a pointer: load it and continue from its target.
      uint32_t r = b_.alloc();
      b_.emitABC(Op::LOAD, r, lv.a, lv.off);
      b_.noteReference();  // the pointer field
      lv.a = r;
      lv.off = 0;
    }
    int32_t off = vm::fieldOffset(st, path[i]);
    lv.off += static_cast<uint32_t>(off);
    t = static_cast<const types::Struct*>(st->underlying())->fields[path[i]]->type;
    if (lv.off > 0xFFFF) {
      uint32_t r = b_.alloc();
      b_.emitABCX(Op::ADDRX, r, lv.a, 0, lv.off);
      lv.a = r;
      lv.off = 0;
    }
  }
  lv.type = t;
  return lv;
}

Val FuncCompiler::selector(const ast::SelectorExpr* e, int dst) {
  switch (e->selKind) {
    case ast::SelKind::Qualified: {
      const types::Object* obj = e->sel->obj;
      if (obj && obj->kind == types::ObjKind::Var)
        return load(varLValue(static_cast<const types::Var*>(obj)), dst);
      if (obj && obj->kind == types::ObjKind::Func) {
        uint32_t r = target(dst);
        b_.emitABx(Op::LOADFUNC, r,
                   pc_.funcValueIndex(static_cast<const types::Func*>(obj), e->pos));
        return Val{r, true};
      }
      break;
    }
    case ast::SelKind::Field: {
      Val x = expr(e->x);
      LValue lv = fieldPath(x.reg, e->x->type, e->path, e->path.size());
      Val v = load(lv, dst);
      if (isInlineType(lv.type)) v.fresh = x.fresh;
      return v;
    }
    case ast::SelKind::Method: {
      // A method value x.M: a closure over a copy of the receiver.
      auto* m = static_cast<const types::Func*>(e->sel->obj);
      const Type* recvT = e->x->type;
      bool ifaceMethod = false;
      {
        const Type* t = recvT;
        for (std::size_t i = 0; i < e->path.size(); i++) {
          const Type* st = derefPtr(t);
          t = static_cast<const types::Struct*>(st->underlying())->fields[e->path[i]]->type;
        }
        ifaceMethod = isIface(t);
        recvT = t;
      }
      uint32_t cell = b_.alloc();
      uint32_t recv = b_.alloc();
      if (ifaceMethod) {
        Val x = expr(e->x);
        LValue lv =
            e->path.empty() ? LValue{} : fieldPath(x.reg, e->x->type, e->path, e->path.size());
        if (!e->path.empty()) x = load(lv, static_cast<int>(recv));
        b_.emitABC(Op::NILCHECK, x.reg);
        b_.emitABx(Op::NEW, cell, tIdx(recvT));
        b_.emitABC(Op::STORE, cell, 0, x.reg);
      } else {
        receiver(e, m, recv, true);
        const Type* rt = m->sig()->recv->type;
        if (isInlineType(rt)) {
          move(cell, recv);  // the clone is the captured storage
        } else {
          b_.emitABx(Op::NEW, cell, tIdx(rt));
          b_.emitABC(Op::STORE, cell, 0, recv);
        }
      }
      uint32_t wrapper = pc_.boundMethodWrapper(m, ifaceMethod, recvT, e->pos);
      uint32_t r = target(dst);
      b_.emitABCX(Op::CLOSURE, r, cell, 1, wrapper);
      return Val{r, true};
    }
    case ast::SelKind::MethodExpr: {
      auto* m = static_cast<const types::Func*>(e->sel->obj);
      uint32_t r = target(dst);
      b_.emitABx(Op::LOADFUNC, r, pc_.methodExprFunc(e->x->type, m, e->pos));
      return Val{r, true};
    }
    default:
      break;
  }
  fail(e->pos, "unsupported selector");
}

Val FuncCompiler::index(const ast::IndexExpr* e, int dst) {
  // F[int] as a value: the instance the checker recorded on F.
  if (e->type && e->type->kind == Kind::Signature && e->x->type == e->type) {
    const ast::Expr* x = e->x;
    while (auto* p = x->as<ast::ParenExpr>()) x = p->x;
    if (auto* id = x->as<ast::Ident>()) return ident(id, dst);
    if (auto* sel = x->as<ast::SelectorExpr>()) return selector(sel, dst);
  }
  if (e->indices.size() != 1) fail(e->pos, "generic instantiation is not supported");
  const Type* xt = e->x->type;
  const Type* u = xt->underlying();
  if (u->kind == Kind::Map) {
    LValue lv = indexLValue(e, expr(e->x));
    return load(lv, dst);
  }
  if (u->kind == Kind::String) {
    Val s = expr(e->x);
    Val i = expr(e->indices[0]);
    uint32_t r = target(dst);
    b_.emitABC(Op::INDEX_STR, r, s.reg, i.reg);
    return Val{r, true};
  }
  Val x = expr(e->x);
  LValue lv = indexLValue(e, x);
  Val v = load(lv, dst);
  if (isInlineType(e->type) && u->kind == Kind::Array) v.fresh = x.fresh;
  return v;
}

Val FuncCompiler::sliceExpr(const ast::SliceExpr* e, int dst) {
  const Type* xt = e->x->type;
  const Type* u = xt->underlying();
  bool isPtr = false;
  const Type* pt = derefPtr(u, &isPtr);
  uint32_t r = target(dst);
  if (u->kind == Kind::String) {
    Val s = expr(e->x);
    uint32_t lh = b_.alloc(2);
    if (e->lo)
      expr(e->lo, static_cast<int>(lh));
    else
      b_.emitAsBx(Op::LOADI, lh, 0);
    if (e->hi)
      expr(e->hi, static_cast<int>(lh + 1));
    else
      b_.emitABC(Op::LEN_STR, lh + 1, s.reg);
    b_.emitABC(Op::SLICE_STR, r, s.reg, lh);
    return Val{r, true};
  }
  if (u->kind == Kind::Slice) {
    Val s = expr(e->x);
    uint32_t n = e->slice3 ? 3 : 2;
    uint32_t lh = b_.alloc(n);
    if (e->lo)
      expr(e->lo, static_cast<int>(lh));
    else
      b_.emitAsBx(Op::LOADI, lh, 0);
    if (e->hi)
      expr(e->hi, static_cast<int>(lh + 1));
    else
      b_.emitABC(Op::LEN_SLICE, lh + 1, s.reg);
    if (e->slice3) expr(e->max, static_cast<int>(lh + 2));
    uint64_t slots = static_cast<uint64_t>(vm::slotsOf(static_cast<const types::Slice*>(u)->elem));
    b_.emitABCX(e->slice3 ? Op::SLICE3 : Op::SLICE, r, s.reg, lh, slots);
    return Val{r, true};
  }
  // An addressable array or a pointer to an array.
  const types::Array* at = static_cast<const types::Array*>((isPtr ? pt : u)->underlying());
  Val a = isPtr ? expr(e->x) : address(e->x, -1);
  uint32_t n = e->slice3 ? 3 : 2;
  uint32_t lh = b_.alloc(n);
  if (e->lo)
    expr(e->lo, static_cast<int>(lh));
  else
    b_.emitAsBx(Op::LOADI, lh, 0);
  if (e->hi)
    expr(e->hi, static_cast<int>(lh + 1));
  else
    b_.loadInt(lh + 1, at->len);
  if (e->slice3) expr(e->max, static_cast<int>(lh + 2));
  uint64_t x =
      static_cast<uint64_t>(at->len) | (static_cast<uint64_t>(vm::slotsOf(at->elem)) << 32);
  b_.emitABCX(e->slice3 ? Op::SLICE3_ARR : Op::SLICE_ARR, r, a.reg, lh, x);
  return Val{r, true};
}

Val FuncCompiler::typeAssert(const ast::TypeAssertExpr* e, int dst, bool commaOk) {
  Val x = expr(e->x);
  const Type* want = e->assertType->type;
  uint32_t r = commaOk ? (dst >= 0 ? static_cast<uint32_t>(dst) : b_.alloc(2)) : target(dst);
  if (isIface(want)) {
    if (commaOk)
      b_.emitABC(Op::ASSERTI2, r, x.reg, tIdx(want));
    else
      b_.emitABCX(Op::ASSERTI, r, x.reg, tIdx(want), tIdx(e->x->type));
  } else {
    if (commaOk)
      b_.emitABC(Op::ASSERT2, r, x.reg, tIdx(want));
    else
      b_.emitABCX(Op::ASSERT, r, x.reg, tIdx(want), tIdx(e->x->type));
    b_.noteWrite(want);
  }
  return Val{r, false};
}

Val FuncCompiler::deref(const ast::Expr* ptr, const Type* elem, int dst) {
  Val p = expr(ptr);
  if (isInlineType(elem)) {
    b_.emitABC(Op::NILCHECK, p.reg);
    if (dst >= 0) move(static_cast<uint32_t>(dst), p.reg), p.reg = static_cast<uint32_t>(dst);
    return Val{p.reg, false};
  }
  uint32_t r = target(dst);
  b_.emitABC(Op::LOAD, r, p.reg, 0);
  b_.noteWrite(elem);
  return Val{r, true};
}

// ---- operators ------------------------------------------------------------------------------

void FuncCompiler::truncate(const Type* t, uint32_t reg) {
  switch (t->underlying()->kind) {
    case Kind::Int8:
      b_.emitABC(Op::TRUNC_I8, reg, reg);
      break;
    case Kind::Int16:
      b_.emitABC(Op::TRUNC_I16, reg, reg);
      break;
    case Kind::Int32:
      b_.emitABC(Op::TRUNC_I32, reg, reg);
      break;
    case Kind::Uint8:
      b_.emitABC(Op::TRUNC_U8, reg, reg);
      break;
    case Kind::Uint16:
      b_.emitABC(Op::TRUNC_U16, reg, reg);
      break;
    case Kind::Uint32:
      b_.emitABC(Op::TRUNC_U32, reg, reg);
      break;
    case Kind::Float32:
      b_.emitABC(Op::ROUND_F32, reg, reg);
      break;
    default:
      break;
  }
}

Val FuncCompiler::unary(const ast::UnaryExpr* e, int dst) {
  switch (e->op) {
    case ast::Op::Add:
      return expr(e->x, dst);
    case ast::Op::Sub: {
      Val x = expr(e->x);
      uint32_t r = target(dst);
      b_.emitABC(isFloatType(e->type) ? Op::NEG_FLOAT : Op::NEG_INT, r, x.reg);
      truncate(e->type, r);
      return Val{r, true};
    }
    case ast::Op::Xor: {
      Val x = expr(e->x);
      uint32_t r = target(dst);
      b_.emitABC(Op::COMPL, r, x.reg);
      truncate(e->type, r);
      return Val{r, true};
    }
    case ast::Op::Not: {
      Val x = expr(e->x);
      uint32_t r = target(dst);
      b_.emitABC(Op::NOT, r, x.reg);
      return Val{r, true};
    }
    case ast::Op::Addr:
      return address(e->x, dst);
    case ast::Op::Arrow:
      return recvExpr(e, dst, false);
    default:
      break;
  }
  fail(e->pos, "unsupported unary operator");
}

Val FuncCompiler::arith(ast::Op op, const Type* t, uint32_t x, uint32_t y, int dst) {
  bool flt = isFloatType(t);
  bool sgn = isSigned(t);
  Op o;
  switch (op) {
    case ast::Op::Add:
      o = t->underlying()->kind == Kind::String ? Op::CONCAT : flt ? Op::ADD_FLOAT : Op::ADD_INT;
      break;
    case ast::Op::Sub:
      o = flt ? Op::SUB_FLOAT : Op::SUB_INT;
      break;
    case ast::Op::Mul:
      o = flt ? Op::MUL_FLOAT : Op::MUL_INT;
      break;
    case ast::Op::Quo:
      o = flt ? Op::DIV_FLOAT : sgn ? Op::DIV_INT : Op::DIV_UINT;
      break;
    case ast::Op::Rem:
      o = sgn ? Op::REM_INT : Op::REM_UINT;
      break;
    case ast::Op::And:
      o = Op::AND;
      break;
    case ast::Op::Or:
      o = Op::OR;
      break;
    case ast::Op::Xor:
      o = Op::XOR;
      break;
    case ast::Op::AndNot:
      o = Op::ANDNOT;
      break;
    default:
      fail(b_.pos(), "unsupported operator");
  }
  uint32_t r = target(dst);
  b_.emitABC(o, r, x, y);
  truncate(t, r);
  return Val{r, true};
}

Val FuncCompiler::binary(const ast::BinaryExpr* e, int dst) {
  ast::Op op = e->op;
  if (op == ast::Op::LAnd || op == ast::Op::LOr) {
    // Short circuit into a fresh register (dst may be read by the right operand).
    uint32_t r = b_.alloc();
    Label done;
    expr(e->x, static_cast<int>(r));
    b_.jumpOp(op == ast::Op::LAnd ? Op::JF : Op::JT, r, done);
    expr(e->y, static_cast<int>(r));
    b_.bind(done);
    if (dst >= 0) {
      move(static_cast<uint32_t>(dst), r);
      r = static_cast<uint32_t>(dst);
    }
    return Val{r, true};
  }
  if (isComparison(op)) return compare(op, e->x, e->y, dst);
  const Type* t = e->type;
  if (op == ast::Op::Shl || op == ast::Op::Shr) {
    Val x = expr(e->x);
    int64_t c;
    uint32_t r;
    if (smallConst(e->y, 0, INT64_MAX, &c)) {
      r = target(dst);
      if (c >= 64) {
        if (op == ast::Op::Shr && isSigned(t))
          b_.emitABC(Op::SHRI_INT, r, x.reg, 63);
        else
          b_.emitAsBx(Op::LOADI, r, 0);
      } else if (c == 0) {
        move(r, x.reg);
      } else {
        Op o = op == ast::Op::Shl ? Op::SHLI : isSigned(t) ? Op::SHRI_INT : Op::SHRI_UINT;
        b_.emitABC(o, r, x.reg, static_cast<uint32_t>(c));
      }
    } else {
      Val y = expr(e->y);
      r = target(dst);
      bool signedCount = isSigned(e->y->type);
      Op o = op == ast::Op::Shl ? (signedCount ? Op::SHL_S : Op::SHL)
             : isSigned(t)      ? (signedCount ? Op::SHR_INT_S : Op::SHR_INT)
                                : (signedCount ? Op::SHR_UINT_S : Op::SHR_UINT);
      b_.emitABC(o, r, x.reg, y.reg);
    }
    truncate(t, r);
    return Val{r, true};
  }
  if (op == ast::Op::Add && t->underlying()->kind == Kind::String) {
    // a + b + c + ...: one CONCATN over the flattened operands.
    std::vector<const ast::Expr*> parts;
    std::function<void(const ast::Expr*)> flatten = [&](const ast::Expr* x) {
      x = unparen(x);
      auto* be = x->as<ast::BinaryExpr>();
      if (be && be->op == ast::Op::Add && x->mode != ast::Mode::Constant) {
        flatten(be->x);
        flatten(be->y);
      } else {
        parts.push_back(x);
      }
    };
    flatten(e);
    if (parts.size() > 2) {
      uint32_t base = b_.alloc(static_cast<uint32_t>(parts.size()));
      for (std::size_t i = 0; i < parts.size(); i++) expr(parts[i], static_cast<int>(base + i));
      uint32_t r = target(dst);
      b_.emitABC(Op::CONCATN, r, base, static_cast<uint32_t>(parts.size()));
      return Val{r, true};
    }
  }
  if (!isFloatType(t) && t->underlying()->kind != Kind::String) {
    int64_t c;
    if ((op == ast::Op::Add || op == ast::Op::Sub || op == ast::Op::Mul) &&
        smallConst(e->y, -32767, 32767, &c)) {
      Val x = expr(e->x);
      uint32_t r = target(dst);
      if (op == ast::Op::Mul)
        b_.emitABsC(Op::MULI, r, x.reg, static_cast<int32_t>(c));
      else
        b_.emitABsC(Op::ADDI, r, x.reg, static_cast<int32_t>(op == ast::Op::Sub ? -c : c));
      truncate(t, r);
      return Val{r, true};
    }
    if ((op == ast::Op::Quo || op == ast::Op::Rem) && isSigned(t) &&
        smallConst(e->y, -32768, 32767, &c) && c != 0 && c != -1) {
      Val x = expr(e->x);
      uint32_t r = target(dst);
      b_.emitABsC(op == ast::Op::Quo ? Op::DIVI : Op::REMI, r, x.reg, static_cast<int32_t>(c));
      truncate(t, r);
      return Val{r, true};
    }
  }
  Val x = expr(e->x);
  Val y = expr(e->y);
  return arith(op, t, x.reg, y.reg, dst);
}

// ---- comparisons ----------------------------------------------------------------------------

Val FuncCompiler::compare(ast::Op op, const ast::Expr* xe, const ast::Expr* ye, int dst) {
  const Type* xt = xe->type;
  const Type* yt = ye->type;
  if (isNilExpr(xe)) std::swap(xe, ye), std::swap(xt, yt);
  Val x = expr(xe);
  Val y = isNilExpr(ye) ? Val{0, true} : expr(ye);
  if (isNilExpr(ye)) {
    y.reg = b_.alloc();
    b_.emitAsBx(Op::LOADI, y.reg, 0);
    yt = xt;
  }
  return compareRegs(op, x.reg, xt, y.reg, yt, dst);
}

Val FuncCompiler::compareRegs(ast::Op op, uint32_t x, const Type* xt, uint32_t y, const Type* yt,
                              int dst) {
  uint32_t r = target(dst);
  bool neg = false;
  if (isIface(xt) != isIface(yt)) {
    // interface == concrete: compare dynamic type and value.
    if (!isIface(xt)) std::swap(x, y), std::swap(xt, yt);
    b_.emitABCX(Op::EQ_IFACE_VAL, r, x, y, tIdx(yt));
    if (op == ast::Op::Neq) b_.emitABC(Op::NOT, r, r);
    return Val{r, true};
  }
  const Type* u = xt->underlying();
  Op o;
  switch (op) {
    case ast::Op::Neq:
      neg = true;
      [[fallthrough]];
    case ast::Op::Eql:
      if (u->kind == Kind::Interface)
        o = Op::EQ_IFACE;
      else if (isInlineType(xt)) {
        b_.emitABCX(Op::EQ_MEM, r, x, y, tIdx(xt));
        if (neg) b_.emitABC(Op::NOT, r, r);
        return Val{r, true};
      } else if (u->kind == Kind::String || u->kind == Kind::UntypedString)
        o = neg ? Op::NE_STR : Op::EQ_STR, neg = false;
      else if (isFloatType(u))
        o = neg ? Op::NE_FLOAT : Op::EQ_FLOAT, neg = false;
      else if (u->kind == Kind::Complex64 || u->kind == Kind::Complex128)
        fail(b_.pos(), "complex numbers are not supported");
      else
        o = neg ? Op::NE_INT : Op::EQ_INT, neg = false;
      b_.emitABC(o, r, x, y);
      if (neg) b_.emitABC(Op::NOT, r, r);
      return Val{r, true};
    case ast::Op::Gtr:
    case ast::Op::Geq:
      std::swap(x, y);
      op = op == ast::Op::Gtr ? ast::Op::Lss : ast::Op::Leq;
      [[fallthrough]];
    default: {
      bool lt = op == ast::Op::Lss;
      if (u->kind == Kind::String || u->kind == Kind::UntypedString)
        o = lt ? Op::LT_STR : Op::LE_STR;
      else if (isFloatType(u))
        o = lt ? Op::LT_FLOAT : Op::LE_FLOAT;
      else if (isSigned(u))
        o = lt ? Op::LT_INT : Op::LE_INT;
      else
        o = lt ? Op::LT_UINT : Op::LE_UINT;
      b_.emitABC(o, r, x, y);
      return Val{r, true};
    }
  }
}

void FuncCompiler::condJump(const ast::Expr* e, bool when, Label& target) {
  e = unparen(e);
  b_.setPos(e->pos);
  if (e->mode == ast::Mode::Constant && e->value &&
      e->value->kind == types::ConstValue::Kind::Bool) {
    if (e->value->boolVal() == when) b_.jump(target);
    return;
  }
  if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == ast::Op::Not) {
    condJump(u->x, !when, target);
    return;
  }
  auto* be = e->as<ast::BinaryExpr>();
  if (be && (be->op == ast::Op::LAnd || be->op == ast::Op::LOr)) {
    bool isAnd = be->op == ast::Op::LAnd;
    if (isAnd == when) {
      // (a && b) true  /  (a || b) false: both must hold
      Label skip;
      condJump(be->x, !when, skip);
      condJump(be->y, when, target);
      b_.bind(skip);
    } else {
      condJump(be->x, when, target);
      condJump(be->y, when, target);
    }
    return;
  }
  if (be && isComparison(be->op)) {
    const ast::Expr* xe = be->x;
    const ast::Expr* ye = be->y;
    ast::Op op = be->op;
    if (isNilExpr(xe)) std::swap(xe, ye), op = swapSides(op);
    const Type* t = xe->type;
    const Type* u = t->underlying();
    bool intLike = !isIface(t) && !isInlineType(t) && !isFloatType(u) && u->kind != Kind::String &&
                   u->kind != Kind::UntypedString && u->kind != Kind::Complex64 &&
                   u->kind != Kind::Complex128 && !isIface(ye->type);
    if (isNilExpr(ye) && (op == ast::Op::Eql || op == ast::Op::Neq)) {
      Val x = expr(xe);
      ast::Op o = when ? op : negate(op);
      b_.branch(o == ast::Op::Eql ? Op::JEQI : Op::JNEI, x.reg, 0, target);
      return;
    }
    if (intLike) {
      bool sgn = isSigned(u);
      int64_t c;
      if (!smallConst(ye, -32768, 32767, &c) && smallConst(xe, -32768, 32767, &c) &&
          (sgn || op == ast::Op::Eql || op == ast::Op::Neq)) {
        std::swap(xe, ye);
        op = swapSides(op);
      }
      ast::Op o = when ? op : negate(op);
      if (smallConst(ye, -32768, 32767, &c) && (sgn || o == ast::Op::Eql || o == ast::Op::Neq)) {
        Val x = expr(xe);
        Op jo = o == ast::Op::Eql   ? Op::JEQI
                : o == ast::Op::Neq ? Op::JNEI
                : o == ast::Op::Lss ? Op::JLTI
                : o == ast::Op::Leq ? Op::JLEI
                : o == ast::Op::Gtr ? Op::JGTI
                                    : Op::JGEI;
        b_.branch(jo, x.reg, static_cast<uint32_t>(c) & 0xFFFF, target);
        return;
      }
      Val x = expr(xe);
      Val y = expr(ye);
      uint32_t a = x.reg, bb = y.reg;
      Op jo;
      switch (o) {
        case ast::Op::Eql:
          jo = Op::JEQ_INT;
          break;
        case ast::Op::Neq:
          jo = Op::JNE_INT;
          break;
        case ast::Op::Lss:
          jo = sgn ? Op::JLT_INT : Op::JLT_UINT;
          break;
        case ast::Op::Leq:
          jo = sgn ? Op::JLE_INT : Op::JLE_UINT;
          break;
        case ast::Op::Gtr:
          jo = sgn ? Op::JLT_INT : Op::JLT_UINT, std::swap(a, bb);
          break;
        default:
          jo = sgn ? Op::JLE_INT : Op::JLE_UINT, std::swap(a, bb);
          break;
      }
      b_.branch(jo, a, bb, target);
      return;
    }
    if (isFloatType(u) && !isIface(ye->type)) {
      Val x = expr(xe);
      Val y = expr(ye);
      uint32_t a = x.reg, bb = y.reg;
      if (op == ast::Op::Gtr || op == ast::Op::Geq) {
        std::swap(a, bb);
        op = op == ast::Op::Gtr ? ast::Op::Lss : ast::Op::Leq;
      }
      Op jo;
      switch (op) {
        case ast::Op::Eql:
          jo = when ? Op::JEQ_FLOAT : Op::JNE_FLOAT;
          break;
        case ast::Op::Neq:
          jo = when ? Op::JNE_FLOAT : Op::JEQ_FLOAT;
          break;
        case ast::Op::Lss:
          jo = when ? Op::JLT_FLOAT : Op::JNLT_FLOAT;
          break;
        default:
          jo = when ? Op::JLE_FLOAT : Op::JNLE_FLOAT;
          break;
      }
      b_.branch(jo, a, bb, target);
      return;
    }
  }
  Val v = expr(e);
  b_.jumpOp(when ? Op::JT : Op::JF, v.reg, target);
}

}  // namespace weft::compile
