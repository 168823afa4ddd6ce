// Synthesized functions: function values of natives, method values (bound receivers), method
// expressions, and the method-table entries that walk embedded fields or adjust the receiver.
// They are small enough to be written directly with a FuncBuilder.
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

namespace {

uint32_t countParams(const types::Signature* sig) {
  return static_cast<uint32_t>(sig->params->size());
}
uint32_t countResults(const types::Signature* sig) {
  return static_cast<uint32_t>(sig->results->size());
}

// Word types for the register pointer maps (ptrmap.hpp): `first` (a receiver word), then sig's
// parameters; sig's results.
std::vector<const Type*> paramTypes(const Type* first, const types::Signature* sig) {
  std::vector<const Type*> ts;
  if (first) ts.push_back(first);
  for (const types::Var* v : sig->params->vars) ts.push_back(v->type);
  return ts;
}
std::vector<const Type*> resultTypes(const types::Signature* sig) {
  std::vector<const Type*> ts;
  for (const types::Var* v : sig->results->vars) ts.push_back(v->type);
  return ts;
}

}  // namespace

uint32_t ProgramCompiler::funcValueIndex(const types::Func* f, ast::Pos at) {
  int32_t idx = funcIndex(f);
  if (idx >= 0) return static_cast<uint32_t>(idx);
  if (!isNative(f)) throw CompileError{at, "internal error: function " + f->name + " has no body"};
  auto it = nativeValue_.find(f);
  if (it != nativeValue_.end()) return it->second;
  uint32_t native = nativeIndex(f, at);
  const types::Signature* sig = f->sig();
  uint32_t np = countParams(sig) + (sig->recv ? 1 : 0), nr = countResults(sig);
  uint32_t w = newFunc(qualifiedFuncName(f), "", 0);
  vm::FuncProto& p = func(w);
  p.wrapper = true;
  p.nparams = np;
  p.nresults = nr;
  FuncBuilder b(p);
  b.noteParams(paramTypes(sig->recv ? sig->recv->type : nullptr, sig));
  b.alloc(std::max(np, nr) + 1);
  b.emitABx(Op::CALLN, 0, native);
  b.noteWrites(resultTypes(sig));
  b.emitABC(Op::RET, 0, nr);
  b.finish();
  nativeValue_.emplace(f, w);
  return w;
}

uint32_t ProgramCompiler::boundMethodWrapper(const types::Func* m, bool ifaceMethod,
                                             const Type* recvType, ast::Pos at) {
  auto key = std::make_pair(static_cast<const void*>(m),
                            static_cast<const void*>(ifaceMethod ? recvType : nullptr));
  auto it = boundWrappers_.find(key);
  if (it != boundWrappers_.end()) return it->second;
  const types::Signature* sig = m->sig();
  uint32_t np = countParams(sig), nr = countResults(sig);
  std::string name =
      ifaceMethod ? recvType->str(true) + "." + m->name + "-fm" : qualifiedFuncName(m) + "-fm";
  uint32_t w = newFunc(name, "", 0);
  vm::FuncProto& p = func(w);
  p.wrapper = true;
  p.nparams = np;
  p.nresults = nr;
  p.ncaptures = 1;
  FuncBuilder b(p);
  b.noteParams(paramTypes(nullptr, sig));
  b.alloc(np);
  uint32_t base = b.alloc(std::max(np + 1, nr) + 1);
  const Type* rt = ifaceMethod ? recvType : sig->recv->type;
  if (!ifaceMethod && isInlineType(rt)) {
    b.emitABC(Op::CAPADDR, base, 0);
    if (isNative(m)) b.emitABC(Op::CLONE, base, base, typeIndex(rt));
  } else {
    b.emitABC(Op::GETCAP, base, 0);
    b.noteWrite(rt);
  }
  for (uint32_t i = 0; i < np; i++) b.emitABC(Op::MOVE, base + 1 + i, i);
  if (ifaceMethod)
    b.emitABCX(Op::CALLI, base, methodId(m->name), 0, callSite());
  else if (isNative(m))
    b.emitABx(Op::CALLN, base, nativeIndex(m, at));
  else
    b.emitABx(Op::CALL, base, static_cast<uint32_t>(funcIndex(m)));
  b.noteWrites(resultTypes(sig));
  b.emitABC(Op::RET, base, nr);
  b.finish();
  boundWrappers_.emplace(key, w);
  return w;
}

uint32_t ProgramCompiler::methodExprFunc(const Type* recvType, const types::Func* m, ast::Pos at) {
  auto key = std::make_pair(static_cast<const void*>(recvType), static_cast<const void*>(m));
  auto it = methodExprs_.find(key);
  if (it != methodExprs_.end()) return it->second;
  uint32_t result;
  const types::Signature* sig = m->sig();
  uint32_t np = countParams(sig) + 1, nr = countResults(sig);
  if (isIface(recvType)) {
    uint32_t w = newFunc(recvType->str(true) + "." + m->name, "", 0);
    vm::FuncProto& p = func(w);
    p.wrapper = true;
    p.nparams = np;
    p.nresults = nr;
    FuncBuilder b(p);
    b.noteParams(paramTypes(recvType, sig));
    b.alloc(std::max(np, nr) + 1);
    b.emitABCX(Op::CALLI, 0, methodId(m->name), 0, callSite());
    b.noteWrites(resultTypes(sig));
    b.emitABC(Op::RET, 0, nr);
    b.finish();
    result = w;
  } else {
    const lang::check::MethodSetEntry* entry = nullptr;
    std::vector<lang::check::MethodSetEntry> set = lang::check::methodSet(recvType);
    for (const auto& e : set)
      if (e.method == m || e.method->name == m->name) entry = &e;
    bool isPtr = false;
    const Type* base = lang::check::derefPointer(recvType, &isPtr);
    bool direct = entry && entry->path.empty() && (!isPtr ? !m->ptrRecv : m->ptrRecv);
    (void)base;
    if (direct || !entry) {
      result = funcValueIndex(m, at);
    } else {
      result = methodSetWrapper(recvType, *entry, at);
    }
  }
  methodExprs_.emplace(key, result);
  return result;
}

uint32_t ProgramCompiler::methodSetWrapper(const Type* dyn, const lang::check::MethodSetEntry& e,
                                           ast::Pos at) {
  auto key = std::make_pair(static_cast<const void*>(dyn), static_cast<const void*>(e.method));
  auto it = setWrappers_.find(key);
  if (it != setWrappers_.end()) return it->second;
  const types::Func* m = e.method;
  const types::Signature* sig = m->sig();
  uint32_t np = countParams(sig), nr = countResults(sig);
  uint32_t w = newFunc(dyn->str(true) + "." + m->name, "", 0);
  vm::FuncProto& p = func(w);
  p.wrapper = true;
  p.nparams = np + 1;
  p.nresults = nr;
  FuncBuilder b(p);
  b.noteParams(paramTypes(dyn, sig));
  b.alloc(np + 1);
  // Walk the embedded fields from the receiver word in R0.
  uint32_t cur = 0;
  const Type* curT = dyn;
  uint32_t placeBase = 0, placeOff = 0;
  bool havePlace = false;
  for (int fi : e.path) {
    bool isPtr = false;
    const Type* st = lang::check::derefPointer(curT, &isPtr);
    if (isPtr) b.emitABC(Op::NILCHECK, cur);
    auto* s = static_cast<const types::Struct*>(st->underlying());
    const Type* ft = s->fields[fi]->type;
    uint32_t off = static_cast<uint32_t>(vm::fieldOffset(st, fi));
    placeBase = cur, placeOff = off, havePlace = true;
    uint32_t r = b.alloc();
    b.emitABC(isInlineType(ft) ? Op::ADDR : Op::LOAD, r, cur, off);
    if (!isInlineType(ft)) b.noteWrite(ft);
    cur = r;
    curT = ft;
  }
  uint32_t base = b.alloc(std::max(np + 1, nr) + 1);
  bool curIsPtr = curT->underlying()->kind == Kind::Pointer;
  if (m->ptrRecv) {
    if (curIsPtr || isInlineType(curT)) {
      b.emitABC(Op::MOVE, base, cur);
    } else if (havePlace) {
      b.emitABC(Op::ADDR, base, placeBase, placeOff);
    } else {
      throw CompileError{at, "internal error: pointer method on a non-addressable receiver"};
    }
  } else if (curIsPtr) {
    const Type* pointee = static_cast<const types::Pointer*>(curT->underlying())->elem;
    if (e.path.empty()) {
      std::string tname = pointee->kind == Kind::Named
                              ? static_cast<const types::Named*>(pointee)->obj->name
                              : pointee->str(false);
      std::string pkg = m->pkg ? m->pkg->path : "main";
      b.emitABx(Op::PANICWRAP, cur,
                stringIndex("value method " + pkg + "." + tname + "." + m->name +
                            " called using nil *" + tname + " pointer"));
    }
    if (isInlineType(pointee)) {
      b.emitABC(Op::NILCHECK, cur);
      b.emitABC(Op::MOVE, base, cur);
    } else {
      b.emitABC(Op::LOAD, base, cur, 0);
      b.noteWrite(pointee);
    }
  } else {
    b.emitABC(Op::MOVE, base, cur);
  }
  if (isNative(m) && !m->ptrRecv && isInlineType(sig->recv->type))
    b.emitABC(Op::CLONE, base, base, typeIndex(sig->recv->type));
  for (uint32_t i = 0; i < np; i++) b.emitABC(Op::MOVE, base + 1 + i, 1 + i);
  const Type* recvDeclType = lang::check::derefPointer(curT);
  if (isIface(recvDeclType) || isIface(curT)) {
    b.emitABCX(Op::CALLI, base, methodId(m->name), 0, callSite());
  } else if (isNative(m)) {
    b.emitABx(Op::CALLN, base, nativeIndex(m, at));
  } else {
    int32_t idx = funcIndex(m);
    if (idx < 0) throw CompileError{at, "internal error: method " + m->name + " has no body"};
    b.emitABx(Op::CALL, base, static_cast<uint32_t>(idx));
  }
  b.noteWrites(resultTypes(sig));
  b.emitABC(Op::RET, base, nr);
  b.finish();
  setWrappers_.emplace(key, w);
  return w;
}

}  // namespace weft::compile
