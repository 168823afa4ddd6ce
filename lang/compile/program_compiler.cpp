// ProgramCompiler: the program-wide part of compilation — tables, globals, function declarations,
// the entry function (package initialization, init(), main.main) and the runtime error type.
#include <algorithm>

#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"
#include "stdlib/registry.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

const ast::Expr* unparen(const ast::Expr* e) {
  while (e && e->kind == ast::NodeKind::ParenExpr) e = static_cast<const ast::ParenExpr*>(e)->x;
  return e;
}

ProgramCompiler::ProgramCompiler(std::shared_ptr<const lang::check::Program> checked,
                                 const Options& options)
    : checked_(std::move(checked)), options_(options), prog_(std::make_shared<vm::Program>()) {
  if (options_.natives) {
    registry_ = options_.natives;
  } else {
    stdlib::registerNatives(stdRegistry_);
    registry_ = &stdRegistry_;
  }
}

void ProgramCompiler::error(const std::string& file, ast::Pos pos, std::string msg) {
  diags_.push_back(lang::Diagnostic{file, pos, std::move(msg), lang::Severity::Error});
}

uint32_t ProgramCompiler::typeIndex(const Type* t) {
  auto it = typeIndex_.find(t);
  if (it != typeIndex_.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(prog_->types.size());
  if (i > 0xFFFF) throw CompileError{{}, "program uses too many types"};
  prog_->types.push_back(t);
  typeIndex_.emplace(t, i);
  return i;
}

uint32_t ProgramCompiler::stringIndex(const std::string& s) {
  auto it = stringIndex_.find(s);
  if (it != stringIndex_.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(prog_->strings.size());
  prog_->strings.push_back(s);
  stringIndex_.emplace(s, i);
  return i;
}

uint32_t ProgramCompiler::methodId(const std::string& name) {
  auto it = prog_->methodIds.find(name);
  if (it != prog_->methodIds.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(prog_->methodNames.size());
  prog_->methodNames.push_back(name);
  prog_->methodIds.emplace(name, i);
  return i;
}

uint32_t ProgramCompiler::newFunc(std::string name, const std::string& file, int32_t line) {
  auto f = std::make_unique<vm::FuncProto>();
  f->name = std::move(name);
  f->file = file;
  f->line = line;
  prog_->funcs.push_back(std::move(f));
  return static_cast<uint32_t>(prog_->funcs.size() - 1);
}

int32_t ProgramCompiler::funcIndex(const types::Func* f) const {
  auto it = funcIndex_.find(f);
  return it == funcIndex_.end() ? -1 : it->second;
}

uint32_t ProgramCompiler::nativeIndex(const types::Func* f, ast::Pos at) {
  auto it = nativeIndex_.find(f->nativeName);
  if (it != nativeIndex_.end()) return it->second;
  vm::NativeFn fn = registry_->find(f->nativeName);
  if (!fn) throw CompileError{at, "native function " + f->nativeName + " is not implemented"};
  vm::NativeEntry e;
  e.name = f->nativeName;
  e.fn = fn;
  e.sig = f->sig();
  e.nparams = static_cast<uint32_t>(f->sig()->params->size() + (f->sig()->recv ? 1 : 0));
  e.nresults = static_cast<uint32_t>(f->sig()->results->size());
  uint32_t i = static_cast<uint32_t>(prog_->natives.size());
  prog_->natives.push_back(std::move(e));
  nativeIndex_.emplace(f->nativeName, i);
  return i;
}

std::string ProgramCompiler::qualifiedFuncName(const types::Func* f) const {
  std::string pkg = f->pkg ? f->pkg->path : "main";
  const types::Signature* sig = f->sig();
  // Instances of generic functions and methods of instantiated types print as Go prints them
  // in traces: main.Map[...], main.(*Stack[...]).Push.
  if (!sig || !sig->recv) return pkg + "." + f->name + (checked_->instance(f->decl) ? "[...]" : "");
  bool isPtr = false;
  const Type* rt = lang::check::derefPointer(sig->recv->type, &isPtr);
  std::string tname =
      rt->kind == Kind::Named ? static_cast<const types::Named*>(rt)->obj->name : rt->str(false);
  if (rt->kind == Kind::Named && !static_cast<const types::Named*>(rt)->typeArgs.empty())
    tname += "[...]";
  return pkg + "." + (isPtr ? "(*" + tname + ")" : tname) + "." + f->name;
}

std::string ProgramCompiler::closureName(const std::string& outer, int& counter) {
  return outer + ".func" + std::to_string(++counter);
}

const std::string& ProgramCompiler::fileOf(const types::Package* pkg, ast::Pos) const {
  static const std::string unknown = "?";
  auto it = packageFile_.find(pkg);
  return it == packageFile_.end() ? unknown : it->second;
}

// ---- declarations -----------------------------------------------------------------------------

void ProgramCompiler::declareGlobals() {
  for (const auto& cp : newPackages()) {
    for (const types::Var* v : cp.globals) {
      vm::GlobalInfo gi;
      gi.name = (cp.pkg ? cp.pkg->path : "main") + "." + v->name;
      gi.type = v->type;
      gi.storage = isInlineType(v->type) ? vm::GlobalInfo::Storage::Inline
                   : v->addressTaken     ? vm::GlobalInfo::Storage::Cell
                                         : vm::GlobalInfo::Storage::Direct;
      globals_.emplace(v, Global{static_cast<uint32_t>(prog_->globals.size()), gi.storage});
      prog_->globals.push_back(std::move(gi));
    }
  }
}

void ProgramCompiler::declareFunctions() {
  for (const auto& cp : newPackages()) {
    std::unordered_map<const ast::Node*, std::string> fileOfDecl;
    for (const ast::File* file : cp.files) {
      for (const ast::Node* d : file->decls) fileOfDecl[d] = file->filename;
      if (!packageFile_.count(cp.pkg)) packageFile_[cp.pkg] = file->filename;
    }
    int initCount = 0;
    for (const ast::FuncDecl* fd : cp.funcs) {
      auto* f = static_cast<types::Func*>(fd->name->obj);
      if (!f || !fd->body || checked_->pruned(fd)) continue;  // pruned: never runs
      if (checked_->generic(fd)) continue;                    // only its instances are compiled
      std::string name = qualifiedFuncName(f);
      if (!fd->recv && fd->name->name == "init")
        name = (cp.pkg ? cp.pkg->path : "main") + ".init." + std::to_string(initCount++);
      auto inst = checked_->instanceFiles.find(fd);
      const std::string& file =
          inst != checked_->instanceFiles.end() ? inst->second : fileOfDecl[fd];
      uint32_t idx = newFunc(name, file, static_cast<int32_t>(fd->pos.line));
      prog_->funcs[idx]->obj = f;
      funcIndex_[f] = static_cast<int32_t>(idx);
    }
  }
}

void ProgramCompiler::compileFuncBody(uint32_t index, const ast::FuncType* sig,
                                      const ast::BlockStmt* body, const types::Func* obj,
                                      FuncCompiler* outer,
                                      const std::vector<types::Object*>* captures,
                                      const std::string& file) {
  compileWithRetry(index, outer, file,
                   [&](FuncCompiler& fc) { fc.compileBody(sig, body, obj, captures); });
}

void ProgramCompiler::compileWithRetry(uint32_t index, FuncCompiler* outer, const std::string& file,
                                       const std::function<void(FuncCompiler&)>& compile) {
  try {
    FuncCompiler fc(*this, index, outer, file);
    compile(fc);
  } catch (const CompileError& e) {
    if (!e.branchRange) throw;
    vm::FuncProto& p = func(index);
    p.code.clear();
    p.lines.clear();
    p.k.clear();
    p.recoverPc = -1;
    FuncCompiler fc(*this, index, outer, file);
    fc.b().longBranches = true;
    compile(fc);
  }
}

// Runtime errors are boxes whose payload is the message (a String*) and whose Error method
// returns it. The dynamic types carry Go's names so that %T prints what Go prints:
// runtime.boundsError, runtime.errorString, runtime.plainError, *runtime.TypeAssertionError,
// *runtime.PanicNilError (for the pointer types the payload word stands in for the pointer).
void ProgramCompiler::buildRuntimeErrorType() {
  lang::check::TypeTable& tt = typeTable();
  types::Package* rtPkg = tt.newPackage("runtime", "runtime");
  const Type* errType = tt.errorType();
  const auto& errMethods = lang::check::interfaceMethods(errType);
  const types::Signature* errorSig = errMethods.empty() ? nullptr : errMethods[0]->sig();
  const types::Signature* voidSig =
      tt.signature(std::vector<const Type*>{}, std::vector<const Type*>{}, false);
  vm::NativeFn errorFn = [](vm::NativeCall& c) {
    c.results[0] = c.args[0];
    return vm::NativeResult::Done;
  };
  vm::NativeFn runtimeErrorFn = [](vm::NativeCall&) { return vm::NativeResult::Done; };
  auto makeType = [&](const char* name, bool pointer) -> const Type* {
    auto* tn = tt.newObject<types::TypeName>(name, ast::Pos{}, nullptr);
    tn->pkg = rtPkg;
    types::Named* named = tt.newNamed(tn);
    named->underlyingType = pointer ? static_cast<const Type*>(tt.structType({}))
                                    : static_cast<const Type*>(tt.basic(Kind::String));
    tn->type = named;
    const Type* dyn = pointer ? static_cast<const Type*>(tt.pointer(named)) : named;
    auto* recv = tt.newObject<types::Var>("e", ast::Pos{}, dyn);
    vm::MethodSet set;
    for (const char* mname : {"Error", "RuntimeError"}) {
      bool isError = std::string(mname) == "Error";
      const types::Signature* sig = isError ? errorSig : voidSig;
      std::string native =
          std::string("runtime.") + (pointer ? "(*" : "") + name + (pointer ? ")." : ".") + mname;
      vm::NativeEntry e;
      e.name = native;
      e.fn = isError ? errorFn : runtimeErrorFn;
      e.sig = sig;
      e.nparams = 1;
      e.nresults = isError ? 1 : 0;
      prog_->natives.push_back(e);
      vm::MethodTarget t;
      t.recvType = dyn;
      t.nameId = methodId(mname);
      t.native = static_cast<int32_t>(prog_->natives.size() - 1);
      t.sig = sig;
      set.methods.push_back(t);
      // Declared methods too, so that code inspecting types (fmt, errors) sees them.
      auto* f = tt.newObject<types::Func>(mname, ast::Pos{}, tt.methodSignature(recv, sig));
      f->pkg = rtPkg;
      f->ptrRecv = pointer;
      f->nativeName = native;
      named->methods.push_back(f);
    }
    std::sort(set.methods.begin(), set.methods.end(),
              [](const auto& a, const auto& b) { return a.nameId < b.nameId; });
    prog_->methodSets.emplace(dyn, std::move(set));
    return dyn;
  };
  using RE = vm::RuntimeErrorKind;
  prog_->runtimeErrorTypes.assign(static_cast<std::size_t>(RE::Count_), nullptr);
  prog_->runtimeErrorTypes[static_cast<int>(RE::Bounds)] = makeType("boundsError", false);
  prog_->runtimeErrorTypes[static_cast<int>(RE::ErrorString)] = makeType("errorString", false);
  prog_->runtimeErrorTypes[static_cast<int>(RE::Plain)] = makeType("plainError", false);
  prog_->runtimeErrorTypes[static_cast<int>(RE::TypeAssertion)] =
      makeType("TypeAssertionError", true);
  prog_->runtimeErrorTypes[static_cast<int>(RE::PanicNil)] = makeType("PanicNilError", true);
  prog_->runtimeErrorType = prog_->runtimeErrorTypes[static_cast<int>(RE::ErrorString)];
}

// Method tables of every named type (and pointer to it) the program declares at package level;
// local named types are added when a value of theirs is boxed (FuncCompiler).
void ProgramCompiler::buildMethodSets() {
  for (const auto& cp : newPackages()) {
    if (!cp.pkg || !cp.pkg->scope) continue;
    for (const auto& [name, obj] : cp.pkg->scope->names) {
      if (obj->kind != types::ObjKind::TypeName || !obj->type) continue;
      if (static_cast<const types::TypeName*>(obj)->alias) continue;
      if (obj->type->kind != Kind::Named) continue;
      if (obj->type->underlying()->kind == Kind::Invalid) continue;  // generic (or erroneous)
      ensureMethodSet(obj->type);
      ensureMethodSet(typeTable().pointer(obj->type));
    }
  }
  for (const types::Named* t : checked_->instanceTypes) {
    if (t->underlying()->kind == Kind::Invalid) continue;
    ensureMethodSet(t);
    ensureMethodSet(typeTable().pointer(t));
  }
}

void ProgramCompiler::ensureMethodSet(const Type* dyn) {
  if (prog_->methodSets.count(dyn)) return;
  if (isIface(dyn)) return;
  std::vector<lang::check::MethodSetEntry> entries = lang::check::methodSet(dyn);
  vm::MethodSet set;
  prog_->methodSets.emplace(dyn, vm::MethodSet{});  // guards against recursion
  for (const auto& e : entries) {
    const types::Func* m = e.method;
    // An unreachable method (lang/check/prune.hpp) is named by no interface of the program, so
    // no dynamic call or type assertion can look for it.
    if (checked_->pruned(m->decl)) continue;
    vm::MethodTarget t;
    t.recvType = dyn;
    t.nameId = methodId(m->name);
    t.sig = m->sig();
    t.recvInline = isInlineType(dyn);
    bool isPtr = false;
    const Type* base = lang::check::derefPointer(dyn, &isPtr);
    // A value method reached through a pointer goes through a wrapper that reports a nil
    // pointer the way Go does ("value method main.T.M called using nil *T pointer").
    bool direct = e.path.empty() && (!isPtr ? !m->ptrRecv : m->ptrRecv);
    (void)base;
    if (direct && isNative(m)) {
      t.native = static_cast<int32_t>(nativeIndex(m, m->pos));
    } else if (direct && funcIndex(m) >= 0) {
      t.func = funcIndex(m);
    } else {
      t.func = static_cast<int32_t>(methodSetWrapper(dyn, e, m->pos));
    }
    set.methods.push_back(t);
  }
  std::sort(set.methods.begin(), set.methods.end(),
            [](const auto& a, const auto& b) { return a.nameId < b.nameId; });
  prog_->methodSets[dyn] = std::move(set);
}

// The entry function: initialize each package (variables, then init functions) in dependency
// order, then call main.main.
void ProgramCompiler::compileEntry() {
  uint32_t entry = newFunc("runtime.main", "", 0);
  prog_->entry = static_cast<int32_t>(entry);
  std::vector<uint32_t> calls;
  for (const auto& cp : newPackages()) {
    std::string path = cp.pkg ? cp.pkg->path : "main";
    if (!cp.initOrder.empty()) {
      uint32_t init = newFunc(path + ".init", fileOf(cp.pkg, {}), 0);
      compileWithRetry(init, nullptr, fileOf(cp.pkg, {}),
                       [&](FuncCompiler& fc) { fc.compileInitializers(cp.initOrder); });
      calls.push_back(init);
    }
    for (const types::Func* f : cp.inits)
      if (funcIndex(f) >= 0) calls.push_back(static_cast<uint32_t>(funcIndex(f)));
  }
  const auto& mainPkg = checked_->mainPackage();
  if (!mainPkg.mainFunc || funcIndex(mainPkg.mainFunc) < 0)
    throw CompileError{{}, "function main is undeclared in the main package"};
  calls.push_back(static_cast<uint32_t>(funcIndex(mainPkg.mainFunc)));
  vm::FuncProto& p = func(entry);
  p.wrapper = true;
  FuncBuilder b(p);
  for (uint32_t c : calls) b.emitABx(Op::CALL, 0, c), b.noteWrites({});
  b.emitABC(Op::RET0, 0);
  b.finish();
}

Result ProgramCompiler::run() {
  Result result;
  lang::check::TypeTable& tt = typeTable();
  prog_->stringType = tt.basic(Kind::String);
  prog_->byteType = tt.basic(Kind::Uint8);
  prog_->runeType = tt.basic(Kind::Int32);
  try {
    buildRuntimeErrorType();
    declareGlobals();
    declareFunctions();
    buildMethodSets();
    for (const auto& cp : newPackages()) {
      for (const ast::FuncDecl* fd : cp.funcs) {
        auto* f = static_cast<types::Func*>(fd->name->obj);
        int32_t idx = f ? funcIndex(f) : -1;
        if (idx < 0) continue;
        try {
          compileFuncBody(static_cast<uint32_t>(idx), fd->sig, fd->body, f, nullptr, nullptr,
                          func(idx).file);
        } catch (const CompileError& e) {
          error(func(idx).file, e.pos, e.message);
        }
      }
    }
    compileEntry();
  } catch (const CompileError& e) {
    error(checked_->packages.empty() || checked_->mainPackage().files.empty()
              ? ""
              : checked_->mainPackage().files[0]->filename,
          e.pos, e.message);
  }
  prog_->keepAlive = checked_;
  result.diagnostics = std::move(diags_);
  if (!lang::hasErrors(result.diagnostics)) result.program = prog_;
  return result;
}

Result compileProgram(std::shared_ptr<const lang::check::Program> checked, const Options& options) {
  if (!checked || !checked->ok()) {
    Result r;
    if (checked) r.diagnostics = checked->diagnostics;
    return r;
  }
  ProgramCompiler pc(std::move(checked), options);
  return pc.run();
}

}  // namespace weft::compile
