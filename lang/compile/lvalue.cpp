// Locations: evaluating assignable expressions, loading from and storing to them, addresses.
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

LValue FuncCompiler::lvalue(const ast::Expr* e) {
  e = unparen(e);
  b_.setPos(e->pos);
  if (auto* id = e->as<ast::Ident>()) {
    if (id->blank()) {
      LValue lv;
      lv.k = LValue::K::Blank;
      lv.type = e->type;
      return lv;
    }
    if (id->obj && id->obj->kind == types::ObjKind::Var)
      return varLValue(static_cast<const types::Var*>(id->obj));
    fail(e->pos, "cannot assign to " + id->name);
  }
  if (auto* sel = e->as<ast::SelectorExpr>()) {
    if (sel->selKind == ast::SelKind::Qualified && sel->sel->obj &&
        sel->sel->obj->kind == types::ObjKind::Var)
      return varLValue(static_cast<const types::Var*>(sel->sel->obj));
    if (sel->selKind == ast::SelKind::Field) {
      Val x = expr(sel->x);
      return fieldPath(x.reg, sel->x->type, sel->path, sel->path.size());
    }
  }
  if (auto* ix = e->as<ast::IndexExpr>()) return indexLValue(ix, expr(ix->x));
  if (auto* st = e->as<ast::StarExpr>()) {
    Val p = expr(st->x);
    LValue lv;
    lv.k = LValue::K::Mem;
    lv.a = p.reg;
    lv.type = e->type;
    if (isInlineType(lv.type)) b_.emitABC(Op::NILCHECK, p.reg);
    return lv;
  }
  fail(e->pos, "unsupported assignment target");
}

LValue FuncCompiler::indexLValue(const ast::IndexExpr* ix, Val base) {
  const ast::Expr* e = ix;
  const Type* xt = ix->x->type;
  const Type* u = xt->underlying();
  LValue lv;
  lv.type = e->type;
  if (u->kind == Kind::Map) {
    lv.k = LValue::K::MapElem;
    lv.mapType = xt;
    lv.a = base.reg;
    const Type* keyT = static_cast<const types::Map*>(u)->key;
    lv.b = exprAs(ix->indices[0], keyT).reg;
    return lv;
  }
  if (u->kind == Kind::Slice) {
    Val s = base;
    Val i = expr(ix->indices[0]);
    if (isInlineType(lv.type)) {
      uint32_t r = b_.alloc();
      b_.emitABCX(Op::SADDR, r, s.reg, i.reg, static_cast<uint64_t>(vm::slotsOf(lv.type)));
      lv.k = LValue::K::Mem;
      lv.a = r;
      return lv;
    }
    lv.k = LValue::K::SliceElem;
    lv.a = s.reg;
    lv.b = i.reg;
    return lv;
  }
  bool isPtr = false;
  const Type* at = derefPtr(u, &isPtr);
  if (at->underlying()->kind == Kind::Array) {
    auto* arr = static_cast<const types::Array*>(at->underlying());
    uint32_t storage = base.reg;  // storage address (or the pointer to it)
    int32_t slots = vm::slotsOf(arr->elem);
    const ast::Expr* ie = unparen(ix->indices[0]);
    if (ie->mode == ast::Mode::Constant && ie->value) {
      auto c = ie->value->toInt64();
      if (c && *c >= 0 && *c < arr->len) {
        lv.k = LValue::K::Mem;
        lv.a = storage;
        lv.off = static_cast<uint32_t>(*c * slots);
        if (lv.off > 0xFFFF) {
          uint32_t r = b_.alloc();
          b_.emitABCX(Op::ADDRX, r, storage, 0, lv.off);
          lv.a = r;
          lv.off = 0;
        } else if (isPtr && lv.off == 0) {
          b_.emitABC(Op::NILCHECK, storage);
        }
        return lv;
      }
    }
    Val i = expr(ix->indices[0]);
    if (isInlineType(arr->elem) || slots != 1) {
      uint32_t r = b_.alloc();
      uint64_t x = static_cast<uint64_t>(arr->len) | (static_cast<uint64_t>(slots) << 32);
      b_.emitABCX(Op::AADDR, r, storage, i.reg, x);
      lv.k = LValue::K::Mem;
      lv.a = r;
      return lv;
    }
    lv.k = LValue::K::ArrayElem;
    lv.a = storage;
    lv.b = i.reg;
    lv.len = arr->len;
    return lv;
  }
  fail(ix->pos, "unsupported index expression");
}

Val FuncCompiler::load(const LValue& lv, int dst) {
  switch (lv.k) {
    case LValue::K::Blank:
      fail(b_.pos(), "cannot use _ as value");
    case LValue::K::Reg:
      if (dst < 0) return Val{lv.a, false};
      move(static_cast<uint32_t>(dst), lv.a);
      return Val{static_cast<uint32_t>(dst), false};
    case LValue::K::Global: {
      uint32_t r = target(dst);
      b_.emitABx(Op::GETGLOBAL, r, lv.a);
      b_.noteWrite(lv.type);
      return Val{r, false};
    }
    case LValue::K::Capture: {
      uint32_t r = target(dst);
      b_.emitABC(Op::GETCAP, r, lv.a);
      b_.noteWrite(lv.type);
      return Val{r, false};
    }
    case LValue::K::Mem: {
      if (isInlineType(lv.type)) {
        if (lv.off == 0) {
          if (lv.viaPointer) b_.emitABC(Op::NILCHECK, lv.a);
          if (dst < 0) return Val{lv.a, false};
          move(static_cast<uint32_t>(dst), lv.a);
          return Val{static_cast<uint32_t>(dst), false};
        }
        uint32_t r = target(dst);
        b_.emitABC(Op::ADDR, r, lv.a, lv.off);
        return Val{r, false};
      }
      uint32_t r = target(dst);
      b_.emitABC(Op::LOAD, r, lv.a, lv.off);
      b_.noteWrite(lv.type);
      return Val{r, false};
    }
    case LValue::K::SliceElem: {
      uint32_t r = target(dst);
      b_.emitABC(Op::SLOAD, r, lv.a, lv.b);
      b_.noteWrite(lv.type);
      return Val{r, false};
    }
    case LValue::K::ArrayElem: {
      uint32_t r = target(dst);
      b_.emitABCX(Op::ALOAD, r, lv.a, lv.b, static_cast<uint64_t>(lv.len));
      b_.noteWrite(lv.type);
      return Val{r, false};
    }
    case LValue::K::MapElem: {
      uint32_t r = target(dst);
      b_.emitABCX(Op::MAPGET, r, lv.a, lv.b, tIdx(lv.mapType));
      b_.noteWrite(lv.type);
      return Val{r, true};
    }
  }
  fail(b_.pos(), "internal error: bad location");
}

void FuncCompiler::store(const LValue& lv, Val v) {
  switch (lv.k) {
    case LValue::K::Blank:
      return;
    case LValue::K::Reg:
      move(lv.a, v.reg);
      return;
    case LValue::K::Global:
      b_.emitABx(Op::SETGLOBAL, v.reg, lv.a);
      return;
    case LValue::K::Capture:
      b_.emitABC(Op::SETCAP, lv.a, v.reg);
      return;
    case LValue::K::Mem: {
      if (isInlineType(lv.type)) {
        if (lv.var && lv.var->k == VarLoc::K::Storage && lv.var->owned && v.fresh && lv.off == 0) {
          move(lv.a, v.reg);  // adopt the fresh storage
          return;
        }
        uint32_t d = lv.a;
        if (lv.off != 0) {
          d = b_.alloc();
          b_.emitABC(Op::ADDR, d, lv.a, lv.off);
        }
        int32_t n = vm::slotsOf(lv.type);
        if (n == 0 || d == v.reg) return;
        if (n <= 0xFFFF)
          b_.emitABC(Op::COPY, d, v.reg, static_cast<uint32_t>(n));
        else
          b_.emitABCX(Op::COPYX, d, v.reg, 0, static_cast<uint64_t>(n));
        return;
      }
      b_.emitABC(Op::STORE, lv.a, lv.off, v.reg);
      return;
    }
    case LValue::K::SliceElem:
      b_.emitABC(Op::SSTORE, lv.a, lv.b, v.reg);
      return;
    case LValue::K::ArrayElem:
      b_.emitABCX(Op::ASTORE, lv.a, lv.b, v.reg, static_cast<uint64_t>(lv.len));
      return;
    case LValue::K::MapElem:
      b_.emitABCX(Op::MAPSET, lv.a, lv.b, v.reg, tIdx(lv.mapType));
      return;
  }
}

Val FuncCompiler::address(const ast::Expr* e, int dst) {
  e = unparen(e);
  if (auto* cl = e->as<ast::CompositeLit>()) {
    const Type* t = derefPtr(cl->type);
    if (isInlineType(t)) return compositeLit(cl, dst);
    // &[]T{...}, &map[K]V{...}: a new variable holding the value.
    Val v = compositeLit(cl, -1);
    uint32_t r = target(dst);
    b_.emitABx(Op::NEW, r, tIdx(t));
    b_.emitABC(Op::STORE, r, 0, v.reg);
    return Val{r, true};
  }
  if (auto* id = e->as<ast::Ident>()) {
    if (id->obj && id->obj->kind == types::ObjKind::Var) {
      auto* v = static_cast<const types::Var*>(id->obj);
      if (VarLoc* loc = findVar(v)) {
        switch (loc->k) {
          case VarLoc::K::Cell:
          case VarLoc::K::Storage: {
            if (dst < 0) return Val{loc->idx, false};
            move(static_cast<uint32_t>(dst), loc->idx);
            return Val{static_cast<uint32_t>(dst), false};
          }
          case VarLoc::K::Capture: {
            uint32_t r = target(dst);
            b_.emitABC(Op::CAPADDR, r, loc->idx);
            return Val{r, false};
          }
          case VarLoc::K::Reg:
            fail(e->pos, "internal error: address of register variable " + v->name);
        }
      }
      if (const ProgramCompiler::Global* g = pc_.global(v)) {
        if (g->storage == vm::GlobalInfo::Storage::Direct)
          fail(e->pos, "internal error: address of direct global " + v->name);
        uint32_t r = target(dst);
        b_.emitABx(Op::GETGLOBAL, r, g->index);
        b_.noteReference();  // a boxed global: the address of its storage
        return Val{r, false};
      }
    }
  }
  if (auto* st = e->as<ast::StarExpr>()) {
    Val p = expr(st->x, dst);
    b_.emitABC(Op::NILCHECK, p.reg);
    return p;
  }
  LValue lv = lvalue(e);
  switch (lv.k) {
    case LValue::K::Mem: {
      if (lv.off == 0) {
        if (lv.viaPointer) b_.emitABC(Op::NILCHECK, lv.a);
        if (dst >= 0) move(static_cast<uint32_t>(dst), lv.a), lv.a = static_cast<uint32_t>(dst);
        return Val{lv.a, false};
      }
      uint32_t r = target(dst);
      b_.emitABC(Op::ADDR, r, lv.a, lv.off);
      return Val{r, false};
    }
    case LValue::K::SliceElem: {
      uint32_t r = target(dst);
      b_.emitABCX(Op::SADDR, r, lv.a, lv.b, 1);
      return Val{r, false};
    }
    case LValue::K::ArrayElem: {
      uint32_t r = target(dst);
      b_.emitABCX(Op::AADDR, r, lv.a, lv.b, static_cast<uint64_t>(lv.len) | (uint64_t(1) << 32));
      return Val{r, false};
    }
    default:
      break;
  }
  fail(e->pos, "cannot take the address of this expression");
}

}  // namespace weft::compile
