// compile::Incremental: a vm::Program that grows step by step (see compile.hpp).
//
// One ProgramCompiler lives as long as the session, so its maps (function, global, type,
// string, native and method-id indices, wrappers) keep pointing at what earlier steps compiled.
// Each step runs the same passes as ProgramCompiler::run over the new packages only
// (ProgramCompiler::firstPackage_), then compiles an initialization function instead of the
// program's entry function.
//
// Methods declared in a later cell than their type (check::Session lets them join the type)
// change the method tables of that type, of its pointer and of every type embedding it: those
// tables are rebuilt (the Machine drops its method caches when told the program grew); if the
// step fails they are put back.
#include <set>

#include "lang/check/check.hpp"
#include "lang/check/lookup.hpp"
#include "lang/compile/compiler.hpp"

namespace weft::compile {

namespace {

// Whether the method set of `t` reaches a type of `changed` (t itself, or through embedded
// fields).
bool reaches(const Type* t, const std::set<const Type*>& changed, std::set<const Type*>& seen) {
  if (t->kind == Kind::Pointer) t = static_cast<const types::Pointer*>(t)->elem;
  if (!seen.insert(t).second) return false;
  if (t->kind == Kind::Named && changed.count(t)) return true;
  const Type* u = t->underlying();
  if (!u || u->kind != Kind::Struct) return false;
  for (const types::Var* f : static_cast<const types::Struct*>(u)->fields)
    if (f->embedded && reaches(f->type, changed, seen)) return true;
  return false;
}

}  // namespace

Incremental::Incremental(std::shared_ptr<const lang::check::Program> checked,
                         const Options& options)
    : pc_(std::make_unique<ProgramCompiler>(std::move(checked), options)) {
  program_ = pc_->prog_;
  program_->keepAlive = pc_->checked_;
}

Incremental::~Incremental() = default;

int32_t Incremental::funcIndex(const types::Func* f) const {
  return pc_->funcIndex(f);
}

Incremental::Step Incremental::step() {
  ProgramCompiler& pc = *pc_;
  Step out;
  const auto& packages = pc.checked_->packages;
  pc.firstPackage_ = compiled_;
  pc.diags_.clear();
  std::string file = packages.empty() || packages.back().files.empty()
                         ? std::string()
                         : packages.back().files[0]->filename;
  std::vector<std::pair<const Type*, vm::MethodSet>> replaced;  // method tables rebuilt
  try {
    if (!started_) {
      lang::check::TypeTable& tt = pc.typeTable();
      program_->stringType = tt.basic(Kind::String);
      program_->byteType = tt.basic(Kind::Uint8);
      program_->runeType = tt.basic(Kind::Int32);
      pc.buildRuntimeErrorType();
      started_ = true;
    }
    pc.declareGlobals();
    pc.declareFunctions();
    // Types of earlier steps (they have method tables) that gain methods in this one.
    std::set<const Type*> changed;
    for (const auto& cp : pc.newPackages())
      for (const ast::FuncDecl* fd : cp.funcs) {
        auto* f = fd->recv && fd->name ? static_cast<const types::Func*>(fd->name->obj) : nullptr;
        if (!f || !f->type || f->type->kind != Kind::Signature || !f->sig()->recv) continue;
        const Type* base = lang::check::derefPointer(f->sig()->recv->type);
        if (base->kind == Kind::Named && program_->methodSets.count(base)) changed.insert(base);
      }
    if (!changed.empty()) {
      std::vector<const Type*> stale;
      for (const auto& [dyn, set] : program_->methodSets) {
        std::set<const Type*> seen;
        if (reaches(dyn, changed, seen)) stale.push_back(dyn);
      }
      for (const Type* dyn : stale) {
        replaced.emplace_back(dyn, std::move(program_->methodSets[dyn]));
        program_->methodSets.erase(dyn);
      }
      for (const Type* dyn : stale) pc.ensureMethodSet(dyn);
    }
    pc.buildMethodSets();
    for (const auto& cp : pc.newPackages()) {
      for (const ast::FuncDecl* fd : cp.funcs) {
        auto* f = static_cast<types::Func*>(fd->name->obj);
        int32_t idx = f ? pc.funcIndex(f) : -1;
        if (idx < 0) continue;
        try {
          pc.compileFuncBody(static_cast<uint32_t>(idx), fd->sig, fd->body, f, nullptr, nullptr,
                             pc.func(idx).file);
        } catch (const CompileError& e) {
          pc.error(pc.func(idx).file, e.pos, e.message);
        }
      }
    }
    // The initialization of the new packages: each one's variables, then its init functions.
    std::vector<uint32_t> calls;
    for (const auto& cp : pc.newPackages()) {
      std::string path = cp.pkg ? cp.pkg->path : "main";
      std::string pfile = cp.files.empty() ? std::string() : cp.files[0]->filename;
      if (!cp.initOrder.empty()) {
        uint32_t init = pc.newFunc(path + ".init", pfile, 0);
        pc.compileWithRetry(init, nullptr, pfile,
                            [&](FuncCompiler& fc) { fc.compileInitializers(cp.initOrder); });
        calls.push_back(init);
      }
      for (const types::Func* f : cp.inits)
        if (pc.funcIndex(f) >= 0) calls.push_back(static_cast<uint32_t>(pc.funcIndex(f)));
    }
    uint32_t init = pc.newFunc("runtime.init", "", 0);
    vm::FuncProto& p = pc.func(init);
    p.wrapper = true;
    FuncBuilder b(p);
    for (uint32_t c : calls) b.emitABx(vm::Op::CALL, 0, c), b.noteWrites({});
    b.emitABC(vm::Op::RET0, 0);
    b.finish();
    out.init = static_cast<int32_t>(init);
  } catch (const CompileError& e) {
    pc.error(file, e.pos, e.message);
  }
  out.diagnostics = std::move(pc.diags_);
  pc.diags_.clear();
  compiled_ = packages.size();
  if (lang::hasErrors(out.diagnostics)) {
    for (auto& [dyn, set] : replaced) program_->methodSets[dyn] = std::move(set);
    out.init = -1;
    if (compiled_ > 0) compiled_--;  // the caller discards the cell
  }
  return out;
}

}  // namespace weft::compile
