// gc's evaluation order inside one statement (cmd/compile/internal/walk/order.go): the calls
// of a call statement, an assignment or a return run first, left to right, each into a
// temporary; the other operands (variable reads, field and element loads, len, arithmetic) are
// evaluated after them. The spec leaves this order open; programs see it when a call changes a
// variable another operand reads: `fmt.Println(x, inc(&x))` prints the new x in Go.
//
// hoistStatement() walks the statement's expressions in evaluation order and compiles, into
// registers kept until the statement ends, every call with one result (and the operands gc
// also copies at their place: `&&`/`||`, type assertions, local variables of types converted to
// an interface through memory). expr() then hands out those registers. The walk stops at the
// first thing it cannot move (a receive, a multi-value call, a builtin with effects), so the
// calls it hoisted are a prefix, in order, of the statement's calls.
#include "lang/compile/compiler.hpp"

namespace weft::compile {

namespace {

struct SizeAlign {
  int64_t size = 0, align = 1;
  bool pointers = false;
};

SizeAlign goLayout(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8:
    case Kind::Uint8:
      return {1, 1, false};
    case Kind::Int16:
    case Kind::Uint16:
      return {2, 2, false};
    case Kind::Int32:
    case Kind::Uint32:
    case Kind::Float32:
      return {4, 4, false};
    case Kind::String:
      return {16, 8, true};
    case Kind::Slice:
      return {24, 8, true};
    case Kind::Interface:
      return {16, 8, true};
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Signature:
    case Kind::UnsafePointer:
      return {8, 8, true};
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(u);
      SizeAlign e = goLayout(a->elem);
      return {e.size * a->len, e.align, e.pointers && a->len > 0};
    }
    case Kind::Struct: {
      SizeAlign s;
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields) {
        SizeAlign fl = goLayout(f->type);
        s.size = (s.size + fl.align - 1) / fl.align * fl.align + fl.size;
        s.align = std::max(s.align, fl.align);
        s.pointers = s.pointers || fl.pointers;
      }
      s.size = (s.size + s.align - 1) / s.align * s.align;
      return s;
    }
    default:
      return {8, 8, false};
  }
}

// Go's Type.SoleComponent.
const Type* soleComponent(const Type* t) {
  const Type* u = t->underlying();
  if (u->kind == Kind::Struct) {
    auto* s = static_cast<const types::Struct*>(u);
    return s->fields.size() == 1 ? soleComponent(s->fields[0]->type) : nullptr;
  }
  if (u->kind == Kind::Array) {
    auto* a = static_cast<const types::Array*>(u);
    return a->len == 1 ? soleComponent(a->elem) : nullptr;
  }
  return t;
}

// cmd/compile's dataWordFuncName: does converting a T to an interface pass its address?
bool convNeedsAddr(const Type* t) {
  SizeAlign l = goLayout(t);
  if (l.size == 2 && l.align == 2) return false;
  if (l.size == 4 && l.align == 4 && !l.pointers) return false;
  if (l.size == 8 && l.align == 8 && !l.pointers) return false;
  if (const Type* sc = soleComponent(t)) {
    Kind k = sc->underlying()->kind;
    if (k == Kind::String || k == Kind::Slice) return false;
  }
  return true;
}

bool isInterface(const Type* t) {
  return t && t->underlying()->kind == Kind::Interface;
}

// Go's addressability (the operand of &).
bool addressable(const ast::Expr* e) {
  e = unparen(e);
  if (auto* id = e->as<ast::Ident>()) return id->obj && id->obj->kind == types::ObjKind::Var;
  if (e->is<ast::StarExpr>()) return true;
  if (auto* ix = e->as<ast::IndexExpr>()) {
    Kind k = ix->x->type ? ix->x->type->underlying()->kind : Kind::Invalid;
    if (k == Kind::Slice) return true;
    if (k == Kind::Pointer) return true;  // p[i] on a pointer to an array
    return k == Kind::Array && addressable(ix->x);
  }
  if (auto* sel = e->as<ast::SelectorExpr>()) {
    if (sel->selKind != ast::SelKind::Field) return false;
    if (sel->x->type && sel->x->type->underlying()->kind == Kind::Pointer) return true;
    return addressable(sel->x);
  }
  return false;
}

}  // namespace

void FuncCompiler::hoistNow(const ast::Expr* e) {
  uint32_t r = b_.alloc();
  Val v = exprOwned(e, nullptr, static_cast<int>(r));
  if (v.reg != r) move(r, v.reg);
  hoisted_[e] = r;
}

void FuncCompiler::hoistArgs(const ast::CallExpr* e, const types::Signature* sig, bool& stop) {
  std::size_t np = sig ? sig->params->size() : 0;
  for (std::size_t i = 0; i < e->args.size() && !stop; i++) {
    const ast::Expr* a = unparen(e->args[i]);
    hoistWalk(a, stop);
    if (stop || !sig || np == 0 || !a->type || hoisted_.count(a)) continue;
    const Type* pt = i < np ? sig->params->vars[i]->type : sig->params->vars[np - 1]->type;
    if (sig->variadic && !e->hasEllipsis && i + 1 >= np)
      pt = static_cast<const types::Slice*>(sig->params->vars[np - 1]->type->underlying())->elem;
    if (!isInterface(pt) || isInterface(a->type) || a->mode == ast::Mode::Constant ||
        a->type->kind == Kind::UntypedNil || !convNeedsAddr(a->type))
      continue;
    // Converted through its address: gc copies the operand here unless it is addressable
    // memory other than a local variable (a global, a field, an element).
    bool late = false;
    if (auto* id = a->as<ast::Ident>()) {
      late = id->obj && id->obj->kind == types::ObjKind::Var &&
             !findVar(static_cast<const types::Var*>(id->obj));
    } else {
      late = addressable(a);
    }
    if (!late) hoistNow(a);
  }
}

void FuncCompiler::hoistWalk(const ast::Expr* e, bool& stop) {
  if (stop || !e) return;
  e = unparen(e);
  if (e->mode == ast::Mode::Constant && e->value) return;
  if (e->mode == ast::Mode::TypeExpr) return;
  switch (e->kind) {
    case ast::NodeKind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      if (c->callKind == ast::CallKind::Conversion) {
        for (const ast::Expr* a : c->args) hoistWalk(a, stop);
        if (stop || c->args.size() != 1 || !c->type || !c->args[0]->type) return;
        // []byte(s) and []rune(s) are copied in order, like calls.
        if (c->type->underlying()->kind == Kind::Slice &&
            c->args[0]->type->underlying()->kind == Kind::String)
          hoistNow(c);
        return;
      }
      if (c->callKind == ast::CallKind::Builtin) {
        auto* id = unparen(c->fun)->as<ast::Ident>();
        auto* b = id && id->obj && id->obj->kind == types::ObjKind::Builtin
                      ? static_cast<const types::Builtin*>(id->obj)
                      : nullptr;
        using B = types::BuiltinId;
        if (!b || !(b->id == B::Len || b->id == B::Cap || b->id == B::Append || b->id == B::Make ||
                    b->id == B::New || b->id == B::Min || b->id == B::Max)) {
          stop = true;
          return;
        }
        for (const ast::Expr* a : c->args) hoistWalk(a, stop);
        if (stop) return;
        // gc copies len, cap, append, make and new into temporaries in order, like calls;
        // min and max stay in place.
        if (b->id != B::Min && b->id != B::Max && c->type && c->type->kind != Kind::Tuple)
          hoistNow(c);
        return;
      }
      if (!c->type || c->type->kind == Kind::Tuple) {
        stop = true;
        return;
      }
      Callee callee = resolveCallee(c);
      if (auto* sel = unparen(c->fun)->as<ast::SelectorExpr>()) {
        if (sel->selKind != ast::SelKind::Qualified) hoistWalk(sel->x, stop);
      } else {
        hoistWalk(c->fun, stop);
      }
      hoistArgs(c, callee.sig, stop);
      if (stop) return;
      hoistNow(c);
      return;
    }
    case ast::NodeKind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      if (u->op == ast::Op::Arrow) {
        stop = true;
        return;
      }
      hoistWalk(u->x, stop);
      return;
    }
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      if (b->op == ast::Op::LAnd || b->op == ast::Op::LOr) {
        hoistNow(b);
        return;
      }
      hoistWalk(b->x, stop);
      hoistWalk(b->y, stop);
      return;
    }
    case ast::NodeKind::TypeAssertExpr:
      hoistNow(e);
      return;
    case ast::NodeKind::StarExpr:
      hoistWalk(static_cast<const ast::StarExpr*>(e)->x, stop);
      return;
    case ast::NodeKind::SelectorExpr: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      if (s->selKind != ast::SelKind::Qualified) hoistWalk(s->x, stop);
      return;
    }
    case ast::NodeKind::IndexExpr: {
      auto* ix = static_cast<const ast::IndexExpr*>(e);
      if (ix->indices.size() != 1) {
        stop = true;
        return;
      }
      hoistWalk(ix->x, stop);
      hoistWalk(ix->indices[0], stop);
      return;
    }
    case ast::NodeKind::SliceExpr: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      hoistWalk(s->x, stop);
      hoistWalk(s->lo, stop);
      hoistWalk(s->hi, stop);
      hoistWalk(s->max, stop);
      if (!stop) hoistNow(e);  // gc copies a slice expression in order
      return;
    }
    case ast::NodeKind::CompositeLit: {
      auto* cl = static_cast<const ast::CompositeLit*>(e);
      if (!cl->type || cl->type->underlying()->kind == Kind::Map) {
        stop = true;
        return;
      }
      for (const ast::Expr* el : cl->elts) {
        if (auto* kv = el->as<ast::KeyValueExpr>()) el = kv->value;
        hoistWalk(el, stop);
      }
      return;
    }
    case ast::NodeKind::Ident:
    case ast::NodeKind::BasicLit:
    case ast::NodeKind::FuncLit:
      return;
    default:
      // Composite literals and anything else: evaluated in place, nothing after them moves.
      stop = true;
      return;
  }
}

namespace {

// Does evaluating e left to right read memory (a variable, field, element) before a call or
// another operand gc evaluates in order? Only then does hoisting change anything.
struct OrderProbe {
  bool seenLoad = false;
  bool matters = false;

  void ordered() {
    if (seenLoad) matters = true;
  }
  void walk(const ast::Expr* e) {
    if (!e || matters) return;
    e = unparen(e);
    if (e->mode == ast::Mode::Constant && e->value) return;
    if (e->mode == ast::Mode::TypeExpr) return;
    switch (e->kind) {
      case ast::NodeKind::Ident: {
        auto* id = static_cast<const ast::Ident*>(e);
        if (id->obj && id->obj->kind == types::ObjKind::Var) seenLoad = true;
        return;
      }
      case ast::NodeKind::CallExpr: {
        auto* c = static_cast<const ast::CallExpr*>(e);
        if (c->callKind != ast::CallKind::Conversion) walk(c->fun);
        for (const ast::Expr* a : c->args) walk(a);
        if (c->callKind != ast::CallKind::Conversion) ordered();
        return;
      }
      case ast::NodeKind::UnaryExpr:
        walk(static_cast<const ast::UnaryExpr*>(e)->x);
        if (static_cast<const ast::UnaryExpr*>(e)->op == ast::Op::Arrow) ordered();
        return;
      case ast::NodeKind::BinaryExpr:
        walk(static_cast<const ast::BinaryExpr*>(e)->x);
        walk(static_cast<const ast::BinaryExpr*>(e)->y);
        return;
      case ast::NodeKind::StarExpr:
        walk(static_cast<const ast::StarExpr*>(e)->x);
        seenLoad = true;
        return;
      case ast::NodeKind::SelectorExpr: {
        auto* sel = static_cast<const ast::SelectorExpr*>(e);
        if (sel->selKind != ast::SelKind::Qualified) walk(sel->x);
        if (sel->selKind == ast::SelKind::Qualified && sel->sel->obj &&
            sel->sel->obj->kind == types::ObjKind::Var)
          seenLoad = true;
        return;
      }
      case ast::NodeKind::IndexExpr: {
        auto* ix = static_cast<const ast::IndexExpr*>(e);
        walk(ix->x);
        for (const ast::Expr* i : ix->indices) walk(i);
        seenLoad = true;
        return;
      }
      case ast::NodeKind::SliceExpr: {
        auto* sl = static_cast<const ast::SliceExpr*>(e);
        walk(sl->x);
        walk(sl->lo);
        walk(sl->hi);
        walk(sl->max);
        return;
      }
      case ast::NodeKind::TypeAssertExpr:
        walk(static_cast<const ast::TypeAssertExpr*>(e)->x);
        return;
      case ast::NodeKind::CompositeLit:
        for (const ast::Expr* el : static_cast<const ast::CompositeLit*>(e)->elts) {
          if (auto* kv = el->as<ast::KeyValueExpr>()) {
            walk(kv->key);
            el = kv->value;
          }
          walk(el);
        }
        return;
      case ast::NodeKind::KeyValueExpr:
        walk(static_cast<const ast::KeyValueExpr*>(e)->key);
        walk(static_cast<const ast::KeyValueExpr*>(e)->value);
        return;
      default:
        return;
    }
  }
};

}  // namespace

void FuncCompiler::hoistStatement(const ast::Stmt* s) {
  {
    OrderProbe probe;
    switch (s->kind) {
      case ast::NodeKind::ExprStmt: {
        auto* c = unparen(static_cast<const ast::ExprStmt*>(s)->x)->as<ast::CallExpr>();
        if (!c) return;
        probe.walk(c->fun);
        for (const ast::Expr* a : c->args) probe.walk(a);
        break;
      }
      case ast::NodeKind::AssignStmt:
        // a[i] = f(): the operands of the locations count as read before the calls.
        for (const ast::Expr* l : static_cast<const ast::AssignStmt*>(s)->lhs)
          if (!unparen(l)->is<ast::Ident>()) probe.walk(l);
        for (const ast::Expr* r : static_cast<const ast::AssignStmt*>(s)->rhs) probe.walk(r);
        if (static_cast<const ast::AssignStmt*>(s)->compound) probe.matters = true;
        break;
      case ast::NodeKind::ReturnStmt:
        for (const ast::Expr* r : static_cast<const ast::ReturnStmt*>(s)->results) probe.walk(r);
        break;
      default:
        return;
    }
    if (!probe.matters) return;
  }
  bool stop = false;
  switch (s->kind) {
    case ast::NodeKind::ExprStmt: {
      const ast::Expr* x = unparen(static_cast<const ast::ExprStmt*>(s)->x);
      auto* c = x->as<ast::CallExpr>();
      if (!c || c->callKind != ast::CallKind::Call) return;
      if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind == Kind::Tuple) return;
      Callee callee = resolveCallee(c);
      if (auto* sel = unparen(c->fun)->as<ast::SelectorExpr>()) {
        if (sel->selKind != ast::SelKind::Qualified) hoistWalk(sel->x, stop);
      } else {
        hoistWalk(c->fun, stop);
      }
      hoistArgs(c, callee.sig, stop);
      return;
    }
    case ast::NodeKind::AssignStmt: {
      auto* a = static_cast<const ast::AssignStmt*>(s);
      if (a->rhs.size() != a->lhs.size()) return;
      if (a->compound && !containsCall(a->rhs[0])) return;
      if (a->op == ast::Op::Define) {
        // The new variables are declared (zeroed) first: no local may be declared once the
        // hoisted temporaries are live; assign() then stores into them.
        for (const ast::Expr* l : a->lhs) {
          auto* id = unparen(l)->as<ast::Ident>();
          if (!id || id->blank() || !id->obj) continue;
          auto* v = static_cast<const types::Var*>(id->obj);
          if (!findVar(v)) declareVar(v, true);
        }
      }
      // Calls on the left run before those on the right: leave such statements alone.
      for (const ast::Expr* l : a->lhs)
        if (containsCall(l)) return;
      for (const ast::Expr* r : a->rhs) hoistWalk(r, stop);
      return;
    }
    case ast::NodeKind::ReturnStmt: {
      auto* r = static_cast<const ast::ReturnStmt*>(s);
      if (r->results.size() == 1 && r->results[0]->type && r->results[0]->type->kind == Kind::Tuple)
        return;
      for (const ast::Expr* x : r->results) hoistWalk(x, stop);
      return;
    }
    default:
      return;
  }
}

bool FuncCompiler::containsCall(const ast::Expr* e) {
  if (!e) return false;
  e = unparen(e);
  switch (e->kind) {
    case ast::NodeKind::CallExpr:
      return true;
    case ast::NodeKind::UnaryExpr:
      return static_cast<const ast::UnaryExpr*>(e)->op == ast::Op::Arrow ||
             containsCall(static_cast<const ast::UnaryExpr*>(e)->x);
    case ast::NodeKind::BinaryExpr:
      return containsCall(static_cast<const ast::BinaryExpr*>(e)->x) ||
             containsCall(static_cast<const ast::BinaryExpr*>(e)->y);
    case ast::NodeKind::StarExpr:
      return containsCall(static_cast<const ast::StarExpr*>(e)->x);
    case ast::NodeKind::SelectorExpr:
      return containsCall(static_cast<const ast::SelectorExpr*>(e)->x);
    case ast::NodeKind::IndexExpr:
      for (const ast::Expr* i : static_cast<const ast::IndexExpr*>(e)->indices)
        if (containsCall(i)) return true;
      return containsCall(static_cast<const ast::IndexExpr*>(e)->x);
    case ast::NodeKind::Ident:
    case ast::NodeKind::BasicLit:
      return false;
    default:
      return true;  // conservatively
  }
}

}  // namespace weft::compile
