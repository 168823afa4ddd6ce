// Builtin functions (len, append, make, ...) and composite literals.
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

namespace {

types::BuiltinId builtinId(const ast::CallExpr* e) {
  const ast::Expr* f = unparen(e->fun);
  auto* id = f->as<ast::Ident>();
  if (!id) {
    if (auto* sel = f->as<ast::SelectorExpr>()) id = sel->sel;
  }
  return static_cast<const types::Builtin*>(id->obj)->id;
}

bool isFloatKind(Kind k) {
  return k == Kind::Float32 || k == Kind::Float64;
}

}  // namespace

Val FuncCompiler::builtin(const ast::CallExpr* e, int dst) {
  using B = types::BuiltinId;
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == Kind::Tuple &&
      static_cast<const types::Tuple*>(e->args[0]->type)->size() > 1) {
    // copy(f()), delete(g()): the results become the arguments (names for their registers).
    auto* tuple = static_cast<const types::Tuple*>(e->args[0]->type);
    uint32_t base = multi(e->args[0], static_cast<int>(tuple->size()));
    ast::Arena& arena = pc_.synthArena();
    auto* call = arena.make<ast::CallExpr>(e->pos);
    call->fun = e->fun;
    call->callKind = e->callKind;
    call->type = e->type;
    call->mode = e->mode;
    call->hasEllipsis = e->hasEllipsis;
    for (std::size_t i = 0; i < tuple->size(); i++) {
      auto* v = pc_.typeTable().newObject<types::Var>("~r" + std::to_string(i), e->pos,
                                                      tuple->vars[i]->type);
      vars_[v] = VarLoc{VarLoc::K::Reg, base + static_cast<uint32_t>(i)};
      auto* id = arena.make<ast::Ident>(e->pos, v->name);
      id->obj = v;
      id->type = v->type;
      id->mode = ast::Mode::Variable;
      call->args.push_back(id);
    }
    return builtin(call, dst);
  }
  B id = builtinId(e);
  const auto& a = e->args;
  switch (id) {
    case B::Len:
    case B::Cap: {
      const Type* t = a[0]->type;
      const Type* u = derefPtr(t->underlying())->underlying();
      Val x = expr(a[0]);
      uint32_t r = target(dst);
      switch (u->kind) {
        case Kind::String:
        case Kind::UntypedString:
          b_.emitABC(Op::LEN_STR, r, x.reg);
          break;
        case Kind::Slice:
          b_.emitABC(id == B::Len ? Op::LEN_SLICE : Op::CAP_SLICE, r, x.reg);
          break;
        case Kind::Map:
          b_.emitABC(Op::LEN_MAP, r, x.reg);
          break;
        case Kind::Chan:
          b_.emitABC(id == B::Len ? Op::LEN_CHAN : Op::CAP_CHAN, r, x.reg);
          break;
        case Kind::Array:
          b_.loadInt(r, static_cast<const types::Array*>(u)->len);
          break;
        default:
          fail(e->pos, "unsupported len/cap operand");
      }
      return Val{r, true};
    }
    case B::Append: {
      const Type* st = e->type;
      const Type* elem = static_cast<const types::Slice*>(st->underlying())->elem;
      uint32_t r = b_.alloc();
      expr(a[0], static_cast<int>(r));
      if (e->hasEllipsis) {
        Val t = expr(a[1]);
        bool isStr = a[1]->type->underlying()->kind == Kind::String ||
                     a[1]->type->underlying()->kind == Kind::UntypedString;
        b_.emitABCX(Op::APPENDSLICE, r, r, t.reg,
                    static_cast<uint64_t>(tIdx(st)) | (static_cast<uint64_t>(isStr) << 32));
      } else if (a.size() > 1) {
        uint32_t n = static_cast<uint32_t>(a.size() - 1);
        uint32_t base = b_.alloc(n);
        for (uint32_t i = 0; i < n; i++) {
          Val v = exprAs(a[i + 1], elem, static_cast<int>(base + i));
          if (v.reg != base + i) move(base + i, v.reg);
        }
        b_.emitABCX(Op::APPEND, r, base, n, tIdx(st));
      }
      if (dst >= 0) move(static_cast<uint32_t>(dst), r), r = static_cast<uint32_t>(dst);
      return Val{r, true};
    }
    case B::Copy: {
      Val d = expr(a[0]);
      Val s = expr(a[1]);
      const Type* su = a[1]->type->underlying();
      bool isStr = su->kind == Kind::String || su->kind == Kind::UntypedString;
      const Type* elem = static_cast<const types::Slice*>(a[0]->type->underlying())->elem;
      uint32_t r = target(dst);
      b_.emitABCX(Op::COPYSLICE, r, d.reg, s.reg,
                  static_cast<uint64_t>(vm::slotsOf(elem)) | (static_cast<uint64_t>(isStr) << 32));
      return Val{r, true};
    }
    case B::Delete: {
      const Type* mt = a[0]->type;
      Val m = expr(a[0]);
      Val k = exprAs(a[1], static_cast<const types::Map*>(mt->underlying())->key);
      b_.emitABCX(Op::MAPDELETE, m.reg, k.reg, 0, tIdx(mt));
      return Val{m.reg, true};
    }
    case B::Make: {
      const Type* t = a[0]->type;
      const Type* u = t->underlying();
      uint32_t r = target(dst);
      if (u->kind == Kind::Slice) {
        uint32_t lc = b_.alloc(2);
        exprAs(a[1], pc_.basic(Kind::Int), static_cast<int>(lc));
        if (a.size() > 2)
          exprAs(a[2], pc_.basic(Kind::Int), static_cast<int>(lc + 1));
        else
          move(lc + 1, lc);
        b_.emitABCX(Op::MAKESLICE, r, lc, lc + 1, tIdx(static_cast<const types::Slice*>(u)->elem));
        return Val{r, true};
      }
      if (u->kind == Kind::Map) {
        uint32_t h = b_.alloc();
        if (a.size() > 1)
          exprAs(a[1], pc_.basic(Kind::Int), static_cast<int>(h));
        else
          b_.emitAsBx(Op::LOADI, h, 0);
        b_.emitABx(Op::MAKEMAP, h, tIdx(t));
        move(r, h);
        return Val{r, true};
      }
      if (u->kind == Kind::Chan) {
        uint32_t n = b_.alloc();
        if (a.size() > 1)
          exprAs(a[1], pc_.basic(Kind::Int), static_cast<int>(n));
        else
          b_.emitAsBx(Op::LOADI, n, 0);
        b_.emitABC(Op::MAKECHAN, r, n, tIdx(t));
        return Val{r, true};
      }
      fail(e->pos, "unsupported make");
    }
    case B::New: {
      uint32_t r = target(dst);
      b_.emitABx(Op::NEW, r, tIdx(a[0]->type));
      return Val{r, true};
    }
    case B::Panic: {
      Val v = exprAs(a[0], pc_.typeTable().emptyInterface());
      b_.setPos(e->pos);
      b_.emitABC(Op::PANIC, v.reg);
      return v;
    }
    case B::Recover: {
      uint32_t r = target(dst);
      b_.emitABC(Op::RECOVER, r);
      return Val{r, true};
    }
    case B::Print:
    case B::Println: {
      bool ln = id == B::Println;
      for (std::size_t i = 0; i < a.size(); i++) {
        const Type* t = a[i]->type;
        if (t->isUntyped()) t = pc_.typeTable().defaultType(t);
        if (isInlineType(t)) fail(a[i]->pos, "illegal types for operand: print");
        Val v = expr(a[i]);
        b_.emitABC(Op::PRINT, v.reg, tIdx(t), ln && i > 0 ? 1 : 0);
      }
      b_.emitABC(Op::PRINTEND, ln ? 1 : 0);
      return Val{0, true};
    }
    case B::Min:
    case B::Max: {
      const Type* t = e->type;
      Kind k = t->underlying()->kind;
      uint32_t r = b_.alloc();
      expr(a[0], static_cast<int>(r));
      for (std::size_t i = 1; i < a.size(); i++) {
        Val v = expr(a[i]);
        if (isFloatKind(k)) {
          b_.emitABC(id == B::Min ? Op::MIN_FLOAT : Op::MAX_FLOAT, r, r, v.reg);
          continue;
        }
        // r = (v < r) ? v : r   for min;   (r < v) ? v : r   for max
        uint32_t c = b_.alloc();
        Label keep;
        bool str = k == Kind::String;
        bool sgn = t->isInteger() && !t->isUnsigned();
        Op lt = str ? Op::LT_STR : sgn ? Op::LT_INT : Op::LT_UINT;
        if (id == B::Min)
          b_.emitABC(lt, c, v.reg, r);
        else
          b_.emitABC(lt, c, r, v.reg);
        b_.jumpOp(Op::JF, c, keep);
        move(r, v.reg);
        b_.bind(keep);
      }
      if (dst >= 0) move(static_cast<uint32_t>(dst), r), r = static_cast<uint32_t>(dst);
      return Val{r, true};
    }
    case B::Clear: {
      const Type* u = a[0]->type->underlying();
      Val x = expr(a[0]);
      if (u->kind == Kind::Map) {
        b_.emitABC(Op::MAPCLEAR, x.reg);
      } else {
        int32_t slots = vm::slotsOf(static_cast<const types::Slice*>(u)->elem);
        b_.emitABC(Op::CLEARSLICE, x.reg, static_cast<uint32_t>(slots));
      }
      return x;
    }
    case B::Close: {
      Val x = expr(a[0]);
      b_.setPos(e->pos);
      b_.emitABC(Op::CLOSE, x.reg);
      return x;
    }
    case B::Complex:
    case B::Real:
    case B::Imag:
      fail(e->pos, "complex numbers are not supported");
  }
  fail(e->pos, "unsupported builtin");
}

// ---- composite literals -------------------------------------------------------------------------

Val FuncCompiler::compositeLit(const ast::CompositeLit* e, int dst) {
  const Type* t = e->type;
  bool isPtr = false;
  const Type* base = derefPtr(t, &isPtr);
  if (!isPtr) base = t;
  if (isPtr && !isInlineType(base)) {
    // An elided &T{...} of a slice or map type: a new variable holding the value.
    auto* inner = const_cast<ast::CompositeLit*>(e);
    const Type* saved = inner->type;
    inner->type = base;
    Val v = compositeLit(inner, -1);
    inner->type = saved;
    uint32_t r = target(dst);
    b_.emitABx(Op::NEW, r, tIdx(base));
    b_.emitABC(Op::STORE, r, 0, v.reg);
    return Val{r, true};
  }
  const Type* u = base->underlying();
  auto elemStore = [&](uint32_t storage, int64_t off, const Type* et, const ast::Expr* v) {
    LValue lv;
    lv.k = LValue::K::Mem;
    lv.a = storage;
    lv.type = et;
    if (off > 0xFFFF) {
      lv.a = b_.alloc();
      b_.emitABCX(Op::ADDRX, lv.a, storage, 0, static_cast<uint64_t>(off));
    } else {
      lv.off = static_cast<uint32_t>(off);
    }
    uint32_t mark = b_.freeReg();
    store(lv, exprAs(v, et));
    b_.freeTo(mark);
  };
  switch (u->kind) {
    case Kind::Struct: {
      auto* st = static_cast<const types::Struct*>(u);
      uint32_t r = b_.alloc();
      b_.emitABx(Op::NEW, r, tIdx(base));
      for (std::size_t i = 0; i < e->elts.size(); i++) {
        const ast::Expr* el = e->elts[i];
        std::size_t fi = i;
        if (auto* kv = el->as<ast::KeyValueExpr>()) {
          auto* key = unparen(kv->key)->as<ast::Ident>();
          fi = st->fields.size();
          for (std::size_t k = 0; k < st->fields.size(); k++)
            if (key && st->fields[k]->name == key->name) fi = k;
          if (fi == st->fields.size()) fail(el->pos, "unknown field in struct literal");
          el = kv->value;
        }
        elemStore(r, vm::fieldOffset(base, static_cast<int>(fi)), st->fields[fi]->type, el);
      }
      if (dst >= 0) move(static_cast<uint32_t>(dst), r), r = static_cast<uint32_t>(dst);
      return Val{r, true};
    }
    case Kind::Array:
    case Kind::Slice: {
      const Type* et = u->kind == Kind::Array ? static_cast<const types::Array*>(u)->elem
                                              : static_cast<const types::Slice*>(u)->elem;
      int32_t slots = vm::slotsOf(et);
      // Element indices (keys are constant).
      std::vector<std::pair<int64_t, const ast::Expr*>> items;
      int64_t next = 0, count = 0;
      for (const ast::Expr* el : e->elts) {
        const ast::Expr* v = el;
        if (auto* kv = el->as<ast::KeyValueExpr>()) {
          auto k = kv->key->value ? kv->key->value->toInt64() : std::nullopt;
          if (!k) fail(el->pos, "array index must be a constant");
          next = *k;
          v = kv->value;
        }
        items.push_back({next, v});
        next++;
        count = std::max(count, next);
      }
      uint32_t r = b_.alloc();
      uint32_t storage = r;
      uint32_t n = 0;
      if (u->kind == Kind::Array) {
        b_.emitABx(Op::NEW, r, tIdx(base));
      } else {
        storage = b_.alloc();
        n = b_.alloc();
        b_.loadInt(n, count);
        b_.emitABC(Op::NEWARRAY, storage, n, tIdx(et));
      }
      for (auto& [idx, v] : items) elemStore(storage, idx * slots, et, v);
      if (u->kind == Kind::Slice) b_.emitABC(Op::SLICEHDR, r, storage, n);
      if (dst >= 0) move(static_cast<uint32_t>(dst), r), r = static_cast<uint32_t>(dst);
      return Val{r, true};
    }
    case Kind::Map: {
      auto* mt = static_cast<const types::Map*>(u);
      uint32_t r = b_.alloc();
      b_.loadInt(r, static_cast<int64_t>(e->elts.size()));
      b_.emitABx(Op::MAKEMAP, r, tIdx(base));
      for (const ast::Expr* el : e->elts) {
        auto* kv = el->as<ast::KeyValueExpr>();
        if (!kv) fail(el->pos, "missing key in map literal");
        uint32_t mark = b_.freeReg();
        Val k = exprAs(kv->key, mt->key);
        Val v = exprAs(kv->value, mt->elem);
        b_.emitABCX(Op::MAPSET, r, k.reg, v.reg, tIdx(base));
        b_.freeTo(mark);
      }
      if (dst >= 0) move(static_cast<uint32_t>(dst), r), r = static_cast<uint32_t>(dst);
      return Val{r, true};
    }
    default:
      break;
  }
  fail(e->pos, "unsupported composite literal");
}

}  // namespace weft::compile
