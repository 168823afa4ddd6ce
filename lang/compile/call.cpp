// Calls (static, native, closure, interface), receivers, arguments, conversions and the
// multi-valued forms.
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

namespace {

const types::Tuple* tupleOf(const ast::Expr* e) {
  if (!e->type || e->type->kind != Kind::Tuple) return nullptr;
  return static_cast<const types::Tuple*>(e->type);
}

}  // namespace

FuncCompiler::Callee FuncCompiler::resolveCallee(const ast::CallExpr* e) {
  Callee c;
  const ast::Expr* fun = unparen(e->fun);
  // F[int](...): the checker pointed F at the instance.
  if (auto* ix = fun->as<ast::IndexExpr>();
      ix && ix->mode == ast::Mode::Value && ix->type && ix->type->kind == Kind::Signature) {
    const ast::Expr* x = unparen(ix->x);
    if ((x->is<ast::Ident>() || x->is<ast::SelectorExpr>()) && x->type == ix->type) fun = x;
  }
  const types::Func* f = nullptr;
  if (auto* id = fun->as<ast::Ident>()) {
    if (id->obj && id->obj->kind == types::ObjKind::Func)
      f = static_cast<const types::Func*>(id->obj);
  } else if (auto* sel = fun->as<ast::SelectorExpr>()) {
    if (sel->selKind == ast::SelKind::Qualified && sel->sel->obj &&
        sel->sel->obj->kind == types::ObjKind::Func) {
      f = static_cast<const types::Func*>(sel->sel->obj);
    } else if (sel->selKind == ast::SelKind::Method) {
      auto* m = static_cast<const types::Func*>(sel->sel->obj);
      const Type* t = sel->x->type;
      for (int i : sel->path)
        t = static_cast<const types::Struct*>(derefPtr(t)->underlying())->fields[i]->type;
      c.method = m;
      c.sel = sel;
      c.sig = m->sig();
      if (isIface(t)) {
        c.kind = Callee::Iface;
      } else if (pc_.isNative(m)) {
        c.kind = Callee::Native;
        c.index = pc_.nativeIndex(m, e->pos);
      } else {
        int32_t idx = pc_.funcIndex(m);
        if (idx < 0) fail(e->pos, "internal error: method " + m->name + " has no body");
        c.kind = Callee::Static;
        c.index = static_cast<uint32_t>(idx);
      }
      return c;
    }
  }
  if (f) {
    c.sig = f->sig();
    if (pc_.isNative(f)) {
      c.kind = Callee::Native;
      c.index = pc_.nativeIndex(f, e->pos);
    } else {
      int32_t idx = pc_.funcIndex(f);
      if (idx < 0) fail(e->pos, "internal error: function " + f->name + " has no body");
      c.kind = Callee::Static;
      c.index = static_cast<uint32_t>(idx);
    }
    return c;
  }
  c.kind = Callee::Value;
  c.sig = static_cast<const types::Signature*>(fun->type->underlying());
  return c;
}

namespace {

// Natives the compiler turns into single instructions: {op, C operand}.
bool mathIntrinsic(const std::string& name, Op* op, uint32_t* c) {
  static const struct {
    const char* name;
    Op op;
    uint32_t c;
  } table[] = {{"math.Sqrt", Op::SQRT, 0},
               {"math.Abs", Op::MATHF, 0},
               {"math.Floor", Op::MATHF, 1},
               {"math.Ceil", Op::MATHF, 2},
               {"math.Trunc", Op::MATHF, 3}};
  for (const auto& t : table)
    if (name == t.name) {
      *op = t.op;
      *c = t.c;
      return true;
    }
  return false;
}

}  // namespace

uint32_t FuncCompiler::call(const ast::CallExpr* e) {
  Callee c = resolveCallee(e);
  if (c.kind == Callee::Native && !c.method && e->args.size() == 1) {
    Op op;
    uint32_t sub;
    if (mathIntrinsic(pc_.prog().natives[c.index].name, &op, &sub)) {
      uint32_t r = b_.alloc();
      Val x = exprAs(e->args[0], c.sig->params->vars[0]->type);
      b_.setPos(e->pos);
      b_.emitABC(op, r, x.reg, sub);
      b_.freeTo(r + 1);
      return r;
    }
  }
  uint32_t fnReg = 0;
  if (c.kind == Callee::Value) fnReg = expr(e->fun).reg;
  uint32_t np = static_cast<uint32_t>(c.sig->params->size()) + (c.method ? 1 : 0);
  uint32_t nres = static_cast<uint32_t>(c.sig->results->size());
  uint32_t base = b_.alloc(std::max({np, nres, 1u}));
  bool native = c.kind == Callee::Native;
  if (c.method) {
    if (c.kind == Callee::Iface) {
      Val x = expr(c.sel->x);
      if (!c.sel->path.empty()) {
        LValue lv = fieldPath(x.reg, c.sel->x->type, c.sel->path, c.sel->path.size());
        load(lv, static_cast<int>(base));
      } else {
        move(base, x.reg);
      }
    } else {
      receiver(c.sel, c.method, base, native);
    }
  }
  args(e, c.sig, base + (c.method ? 1 : 0), native);
  b_.setPos(e->rparen.valid() ? e->pos : e->pos);
  switch (c.kind) {
    case Callee::Static:
      b_.emitABx(Op::CALL, base, c.index);
      break;
    case Callee::Native:
      b_.emitABx(Op::CALLN, base, c.index);
      break;
    case Callee::Value:
      b_.emitABC(Op::CALLC, base, fnReg);
      break;
    case Callee::Iface:
      b_.emitABCX(Op::CALLI, base, pc_.methodId(c.method->name), 0, pc_.callSite());
      break;
  }
  {
    std::vector<const Type*> results;
    for (const types::Var* v : c.sig->results->vars) results.push_back(v->type);
    b_.noteWrites(results);
  }
  b_.reserve(base + std::max(np, nres) + 1);
  b_.freeTo(base + std::max(nres, 1u));
  return base;
}

void FuncCompiler::args(const ast::CallExpr* e, const types::Signature* sig, uint32_t base,
                        bool cloneInline) {
  const auto& params = sig->params->vars;
  std::size_t n = params.size();
  bool packVariadic = sig->variadic && !e->hasEllipsis;
  std::size_t fixed = packVariadic ? n - 1 : n;

  // f(g()) with g returning several values.
  if (e->args.size() == 1 && tupleOf(e->args[0]) && tupleOf(e->args[0])->size() > 1) {
    const types::Tuple* tt = tupleOf(e->args[0]);
    uint32_t t = multi(e->args[0], static_cast<int>(tt->size()));
    std::vector<Val> vals;
    for (std::size_t i = 0; i < tt->size(); i++)
      vals.push_back(Val{t + static_cast<uint32_t>(i), true});
    for (std::size_t i = 0; i < fixed; i++)
      convertValue(vals[i], tt->vars[i]->type, params[i]->type, static_cast<int>(base + i));
    if (packVariadic) {
      const Type* elem = static_cast<const types::Slice*>(params[n - 1]->type->underlying())->elem;
      std::vector<std::pair<Val, const Type*>> rest;
      for (std::size_t i = fixed; i < tt->size(); i++) rest.push_back({vals[i], tt->vars[i]->type});
      packSlice(rest, params[n - 1]->type, elem, base + static_cast<uint32_t>(fixed));
    }
    return;
  }
  for (std::size_t i = 0; i < fixed && i < e->args.size(); i++) {
    const Type* pt = params[i]->type;
    if (i == n - 1 && sig->variadic && e->hasEllipsis) pt = params[i]->type;
    Val v = exprAs(e->args[i], pt, static_cast<int>(base + i));
    if (cloneInline) v = own(v, pt, static_cast<int>(base + i));
    if (v.reg != base + i) move(base + static_cast<uint32_t>(i), v.reg);
  }
  if (packVariadic) {
    const Type* st = params[n - 1]->type;
    const Type* elem = static_cast<const types::Slice*>(st->underlying())->elem;
    std::vector<std::pair<Val, const Type*>> rest;
    uint32_t mark = b_.freeReg();
    for (std::size_t i = fixed; i < e->args.size(); i++) {
      Val v = exprAs(e->args[i], elem);
      if (isInlineType(elem) || v.reg < mark) {
        // Keep each value in its own register while the rest are evaluated.
        uint32_t r = b_.alloc();
        move(r, v.reg);
        v.reg = r;
      }
      rest.push_back({v, elem});
    }
    packSlice(rest, st, elem, base + static_cast<uint32_t>(fixed));
  }
}

void FuncCompiler::packSlice(const std::vector<std::pair<Val, const Type*>>& vals,
                             const Type* sliceType, const Type* elem, uint32_t dst) {
  if (vals.empty()) {
    b_.emitAsBx(Op::LOADI, dst, 0);
    return;
  }
  uint32_t storage = b_.alloc(), count = b_.alloc();
  b_.loadInt(count, static_cast<int64_t>(vals.size()));
  b_.emitABC(Op::NEWARRAY, storage, count, tIdx(elem));
  int32_t slots = vm::slotsOf(elem);
  for (std::size_t i = 0; i < vals.size(); i++) {
    Val v = convertValue(vals[i].first, vals[i].second, elem, -1);
    LValue lv;
    lv.k = LValue::K::Mem;
    lv.a = storage;
    lv.type = elem;
    int64_t off = static_cast<int64_t>(i) * slots;
    if (off > 0xFFFF) {
      uint32_t r = b_.alloc();
      b_.emitABCX(Op::ADDRX, r, storage, 0, static_cast<uint64_t>(off));
      lv.a = r;
    } else {
      lv.off = static_cast<uint32_t>(off);
    }
    store(lv, v);
  }
  b_.emitABC(Op::SLICEHDR, dst, storage, count);
  (void)sliceType;
}

void FuncCompiler::receiver(const ast::SelectorExpr* sel, const types::Func* m, uint32_t dst,
                            bool cloneInline) {
  const ast::Expr* x = sel->x;
  const Type* recvT = m->sig()->recv->type;
  if (!sel->path.empty()) {
    Val xv = expr(x);
    LValue lv = fieldPath(xv.reg, x->type, sel->path, sel->path.size());
    const Type* ft = lv.type;
    bool fieldIsPtr = ft->underlying()->kind == Kind::Pointer;
    if (m->ptrRecv) {
      if (fieldIsPtr || isInlineType(ft)) {
        load(lv, static_cast<int>(dst));
      } else {
        b_.emitABC(Op::ADDR, dst, lv.a, lv.off);
      }
      return;
    }
    if (fieldIsPtr) {
      Val p = load(lv, static_cast<int>(dst));
      if (isInlineType(recvT))
        b_.emitABC(Op::NILCHECK, p.reg);
      else
        b_.emitABC(Op::LOAD, dst, dst, 0), b_.noteWrite(recvT);
    } else {
      Val v = load(lv, static_cast<int>(dst));
      if (cloneInline) own(v, recvT, static_cast<int>(dst));
    }
    return;
  }
  bool xIsPtr = x->type->underlying()->kind == Kind::Pointer;
  if (m->ptrRecv) {
    if (xIsPtr)
      expr(x, static_cast<int>(dst));
    else
      address(x, static_cast<int>(dst));
    return;
  }
  if (xIsPtr) {
    Val p = expr(x, static_cast<int>(dst));
    if (isInlineType(recvT)) {
      b_.emitABC(Op::NILCHECK, p.reg);
      if (cloneInline) own(Val{dst, false}, recvT, static_cast<int>(dst));
    } else {
      b_.emitABC(Op::LOAD, dst, dst, 0);
      b_.noteWrite(recvT);
    }
    return;
  }
  Val v = expr(x, static_cast<int>(dst));
  if (cloneInline) own(v, recvT, static_cast<int>(dst));
}

uint32_t FuncCompiler::multi(const ast::Expr* e, int n) {
  e = unparen(e);
  if (auto* c = e->as<ast::CallExpr>()) {
    if (c->callKind == ast::CallKind::Call) return call(c);
  }
  if (auto* ix = e->as<ast::IndexExpr>()) {
    LValue lv = indexLValue(ix, expr(ix->x));
    uint32_t r = b_.alloc(2);
    b_.emitABCX(Op::MAPGET2, r, lv.a, lv.b, tIdx(lv.mapType));
    b_.noteWrite(static_cast<const types::Map*>(lv.mapType->underlying())->elem);
    return r;
  }
  if (auto* ta = e->as<ast::TypeAssertExpr>()) {
    uint32_t r = b_.alloc(2);
    typeAssert(ta, static_cast<int>(r), true);
    return r;
  }
  if (auto* u = e->as<ast::UnaryExpr>(); u && u->op == ast::Op::Arrow) {
    uint32_t r = b_.alloc(2);
    recvExpr(u, static_cast<int>(r), true);
    return r;
  }
  fail(e->pos, "unsupported multi-valued expression");
  (void)n;
}

// ---- conversions ------------------------------------------------------------------------------

Val FuncCompiler::conversion(const ast::CallExpr* e, int dst) {
  const Type* to = e->type;
  const ast::Expr* arg = e->args[0];
  const Type* from = arg->type;
  if (isIface(to)) return exprAs(arg, to, dst);
  const Type* tu = to->underlying();
  const Type* fu = from->underlying();
  // Strings.
  if (tu->kind == Kind::String) {
    if (fu->isInteger()) {
      Val v = expr(arg);
      uint32_t r = target(dst);
      b_.emitABC(Op::RUNE2STR, r, v.reg);
      return Val{r, true};
    }
    if (fu->kind == Kind::Slice) {
      const Type* elem = static_cast<const types::Slice*>(fu)->elem->underlying();
      Val v = expr(arg);
      uint32_t r = target(dst);
      b_.emitABC(elem->kind == Kind::Int32 ? Op::RUNES2STR : Op::BYTES2STR, r, v.reg);
      return Val{r, true};
    }
    return expr(arg, dst);
  }
  if (tu->kind == Kind::Slice && (fu->kind == Kind::String || fu->kind == Kind::UntypedString)) {
    const Type* elem = static_cast<const types::Slice*>(tu)->elem->underlying();
    Val v = expr(arg);
    uint32_t r = target(dst);
    b_.emitABC(elem->kind == Kind::Int32 ? Op::STR2RUNES : Op::STR2BYTES, r, v.reg);
    return Val{r, true};
  }
  // Slice to array or array pointer (Go 1.17 / 1.20).
  if (fu->kind == Kind::Slice && (tu->kind == Kind::Pointer || tu->kind == Kind::Array)) {
    const Type* at = tu->kind == Kind::Pointer ? static_cast<const types::Pointer*>(tu)->elem : to;
    int64_t len = static_cast<const types::Array*>(at->underlying())->len;
    Val v = expr(arg);
    uint32_t r = target(dst);
    b_.emitABC(Op::SLICE2ARR, r, v.reg, static_cast<uint32_t>(len));
    if (tu->kind == Kind::Array) {
      b_.emitABC(Op::CLONE, r, r, tIdx(to));
      return Val{r, true};
    }
    return Val{r, true};
  }
  // Numbers.
  if (tu->isNumeric() && fu->isNumeric()) {
    bool toFloat = tu->isFloat(), fromFloat = fu->isFloat();
    if (tu->kind == Kind::Complex64 || tu->kind == Kind::Complex128)
      fail(e->pos, "complex numbers are not supported");
    Val v = expr(arg);
    uint32_t r = target(dst);
    if (toFloat && !fromFloat) {
      b_.emitABC(fu->isUnsigned() ? Op::U2F : Op::I2F, r, v.reg);
      truncate(to, r);
    } else if (!toFloat && fromFloat) {
      b_.emitABC(tu->isUnsigned() ? Op::F2U : Op::F2I, r, v.reg);
      truncate(to, r);
    } else if (toFloat && fromFloat) {
      move(r, v.reg);
      truncate(to, r);
    } else {
      move(r, v.reg);
      truncate(to, r);
    }
    return Val{r, true};
  }
  // Same representation (named <-> underlying, pointers, channels of different direction).
  return expr(arg, dst);
}

}  // namespace weft::compile
