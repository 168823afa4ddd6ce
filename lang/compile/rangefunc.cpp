// Range over function iterators (Go 1.23): `for k, v := range seq { body }` runs
// `seq(yield)` where yield is the loop body compiled as a closure returning true to go on.
//
// The body closure captures every outer variable it uses (the pre-scan moves those to cells)
// plus a state cell through which it reports why it returned false: a break, a return from the
// enclosing function (results already stored in the captured result variables), or a
// break/continue/goto to a target outside the body (an "escape", numbered). After seq returns,
// the loop dispatches on the state. A yield called again after it returned false panics, as in Go.
#include "lang/compile/compiler.hpp"

namespace weft::compile {

namespace {

bool isFuncRange(const ast::Node* n) {
  auto* r = n->as<ast::RangeStmt>();
  return r && r->x->type && r->x->type->underlying()->kind == Kind::Signature;
}

const types::Var* identVar(const ast::Expr* e) {
  if (!e) return nullptr;
  auto* id = unparen(e)->as<ast::Ident>();
  if (!id || !id->obj || id->obj->kind != types::ObjKind::Var) return nullptr;
  return static_cast<const types::Var*>(id->obj);
}

}  // namespace

void FuncCompiler::scanRangeFuncs(const ast::Node* body,
                                  const std::vector<const types::Var*>& results) {
  walkBody(body, [&](const ast::Node* n) {
    if (!isFuncRange(n)) return true;
    auto* r = static_cast<const ast::RangeStmt*>(n);
    uint32_t begin = r->body->pos.offset, end = r->body->rbrace.offset;
    const types::Var* keyVar = r->op == ast::Op::Define ? identVar(r->key) : nullptr;
    const types::Var* valVar = r->op == ast::Op::Define ? identVar(r->value) : nullptr;
    std::vector<types::Object*> caps;
    std::unordered_set<const types::Var*> seen;
    auto use = [&](const types::Var* v) {
      if (!v || v->isField || pc_.global(v) || v == keyVar || v == valVar || v->name == "_") return;
      if (v->pos.offset >= begin && v->pos.offset <= end) return;  // declared in the body
      if (!seen.insert(v).second) return;
      caps.push_back(const_cast<types::Var*>(v));
      forceCell_.insert(v);
    };
    auto visit = [&](const ast::Node* x) {
      if (auto* id = x->as<ast::Ident>()) use(identVar(id));
      return true;
    };
    walkBody(r->body, visit, true);
    if (r->op == ast::Op::Assign) {
      walkBody(r->key, visit, true);
      walkBody(r->value, visit, true);
    }
    bool returns = false;
    walkBody(r->body, [&](const ast::Node* x) {
      if (x->kind == ast::NodeKind::ReturnStmt) returns = true;
      return true;
    });
    if (returns) {
      rangeReturns_ = true;
      for (const types::Var* v : results) {
        forceCell_.insert(v);
        if (seen.insert(v).second) caps.push_back(const_cast<types::Var*>(v));
      }
    }
    rangeCaptures_[r] = std::move(caps);
    return true;
  });
}

int64_t FuncCompiler::escapeCode(ast::Branch tok, const ast::Stmt* target) {
  auto& esc = rangeBody_->escapes;
  for (std::size_t k = 0; k < esc.size(); k++)
    if (esc[k].first == tok && esc[k].second == target)
      return kRangeEscape + static_cast<int64_t>(k);
  esc.push_back({tok, target});
  return kRangeEscape + static_cast<int64_t>(esc.size() - 1);
}

void FuncCompiler::leaveRangeBody(int64_t code) {
  uint32_t r = b_.alloc();
  b_.loadInt(r, code);
  b_.emitABC(Op::SETCAP, rangeBody_->stateCapture, r);
  b_.emitAsBx(Op::LOADI, r, 0);
  b_.emitABC(Op::RET1, r);
}

void FuncCompiler::rangeFunc(const ast::RangeStmt* s, const ast::Stmt* owner) {
  uint32_t savedTop = localTop_;
  const std::vector<types::Object*>& caps = rangeCaptures_[s];
  auto* seqSig = static_cast<const types::Signature*>(s->x->type->underlying());
  const Type* yieldT = seqSig->params->vars[0]->type;
  uint32_t state = hiddenLocals(1);
  b_.emitABx(Op::NEW, state, tIdx(pc_.basic(Kind::Int)));
  Val seq = expr(s->x);
  uint32_t seqReg = b_.alloc();
  move(seqReg, seq.reg);

  RangeBody rb;
  rb.loop = s;
  rb.stateCapture = 0;
  rb.begin = s->body->pos.offset;
  rb.end = s->body->rbrace.offset;
  uint32_t idx = pc_.newFunc(proto().name + "-range" + std::to_string(++closureCounter), file_,
                             static_cast<int32_t>(s->pos.line));
  pc_.compileWithRetry(idx, this, file_, [&](FuncCompiler& inner) {
    rb.escapes.clear();
    inner.rangeBody_ = &rb;
    inner.compileRangeBody(s, caps, *this);
  });
  (void)yieldT;

  uint32_t n = static_cast<uint32_t>(caps.size()) + 1;
  uint32_t cb = b_.alloc(n);
  move(cb, state);
  captureAddressesInto(caps, cb + 1);
  uint32_t base = b_.alloc();
  b_.setPos(s->pos);
  b_.emitABCX(Op::CLOSURE, base, cb, n, idx);
  b_.emitABC(Op::CALLC, base, seqReg);
  b_.noteWrites({});
  b_.reserve(base + 2);

  // Why did the loop end?
  Label done;
  uint32_t st = b_.alloc();
  b_.emitABC(Op::LOAD, st, state, 0);
  b_.noteWrite(pc_.basic(Kind::Int));
  b_.branch(Op::JLEI, st, static_cast<uint32_t>(kRangeBreak), done);
  {
    Label next;
    b_.branch(Op::JNEI, st, static_cast<uint32_t>(kRangeReturn), next);
    if (rangeBody_)
      leaveRangeBody(kRangeReturn);
    else
      b_.jump(epilogue_);
    b_.bind(next);
  }
  for (std::size_t k = 0; k < rb.escapes.size(); k++) {
    Label next;
    b_.branch(Op::JNEI, st, static_cast<uint32_t>(kRangeEscape + static_cast<int64_t>(k)), next);
    branchTo(rb.escapes[k].first, rb.escapes[k].second, s->pos);
    b_.bind(next);
  }
  b_.bind(done);
  (void)owner;
  localTop_ = savedTop;
  b_.freeTo(localTop_);
}

void FuncCompiler::compileRangeBody(const ast::RangeStmt* s,
                                    const std::vector<types::Object*>& captures,
                                    const FuncCompiler& outer) {
  vm::FuncProto& p = proto();
  auto* seqSig = static_cast<const types::Signature*>(s->x->type->underlying());
  auto* yieldSig =
      static_cast<const types::Signature*>(seqSig->params->vars[0]->type->underlying());
  uint32_t np = static_cast<uint32_t>(yieldSig->params->size());
  p.nparams = np;
  p.nresults = 1;
  p.ncaptures = static_cast<uint32_t>(captures.size()) + 1;
  b_.setPos(s->pos);
  resultVars_ = outer.resultVars_;
  resultTypes_ = outer.resultTypes_;
  for (uint32_t k = 0; k < captures.size(); k++)
    vars_[static_cast<const types::Var*>(captures[k])] = VarLoc{VarLoc::K::Capture, k + 1};
  prescan(s->body);
  scanRangeFuncs(s->body, resultVars_);
  {
    std::vector<const Type*> types;
    for (const types::Var* v : yieldSig->params->vars) types.push_back(v->type);
    b_.noteParams(types);
  }
  b_.alloc(np);
  localTop_ = b_.freeReg();

  // A yield call after the body returned false is Go's run-time error.
  {
    Label ok;
    uint32_t t = b_.alloc();
    b_.emitABC(Op::GETCAP, t, 0);
    b_.noteWrite(pc_.basic(Kind::Int));
    b_.branch(Op::JEQI, t, 0, ok);
    b_.emitABx(Op::PANICRT, 0,
               pc_.stringIndex("runtime error: range function continued iteration after "
                               "function for loop body returned false"));
    b_.bind(ok);
    b_.freeTo(localTop_);
  }
  // The iteration variables.
  const ast::Expr* vars[2] = {s->key, s->value};
  for (uint32_t i = 0; i < np && i < 2; i++) {
    if (!vars[i]) continue;
    const Type* pt = yieldSig->params->vars[i]->type;
    if (s->op == ast::Op::Define) {
      const types::Var* v = identVar(vars[i]);
      if (!v || v->name == "_") continue;
      declareVar(v, isInlineType(v->type) && !inCell(v));
      bindIterationVar(v, Val{i, false}, pt);
    } else {
      LValue lv = lvalue(vars[i]);
      if (lv.k != LValue::K::Blank) store(lv, convertValue(Val{i, false}, pt, lv.type, -1));
    }
    b_.freeTo(localTop_);
  }
  block(s->body->list);
  b_.freeTo(localTop_);
  // Falling off the end of the body: continue.
  uint32_t r = b_.alloc();
  b_.emitAsBx(Op::LOADI, r, 1);
  b_.emitABC(Op::RET1, r);
  b_.finish();
}

}  // namespace weft::compile
