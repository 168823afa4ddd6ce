// The bytecode compiler's internals: ProgramCompiler (program-wide tables: functions, natives,
// types, strings, globals, method sets, synthesized wrappers) and FuncCompiler (one function
// body: variables, registers, statements, expressions).
//
// Value model (docs/architecture.md, "Values"): every value is one register word. Struct and
// array values are the address of their inline storage; such an address is either *fresh* (new
// storage nobody else sees: composite literals, call results, clones — it may be adopted by a
// variable) or *borrowed* (a variable's or a field's storage: it must be copied before it is
// stored anywhere). Callers pass struct arguments borrowed; a callee that may modify or keep a
// struct parameter clones it on entry. Callees return struct results fresh.
//
// Registers: parameters first (R[0..nparams)), then locals in declaration order (block scoped),
// then temporaries above `localTop`, released after each statement. A call's arguments go to
// consecutive registers at the top; the callee's frame starts there and its results come back
// in the same registers.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast_walk.hpp"
#include "lang/check/check.hpp"
#include "lang/check/lookup.hpp"
#include "lang/check/type_table.hpp"
#include "lang/compile/compile.hpp"
#include "lang/compile/func_builder.hpp"
#include "lang/constant.hpp"
#include "lang/types.hpp"
#include "vm/program.hpp"

namespace weft::compile {

using types::Kind;
using types::Type;

inline bool isInlineType(const Type* t) {
  Kind k = t->underlying()->kind;
  return k == Kind::Struct || k == Kind::Array;
}
inline bool isIface(const Type* t) {
  return t->underlying()->kind == Kind::Interface;
}
// The pointed-to type when t's underlying type is a pointer (named pointer types included:
// fields are selected through them), else t itself.
inline const Type* derefPtr(const Type* t, bool* isPtr = nullptr) {
  const Type* u = t->underlying();
  bool p = u->kind == Kind::Pointer;
  if (isPtr) *isPtr = p;
  return p ? static_cast<const types::Pointer*>(u)->elem : t;
}
const ast::Expr* unparen(const ast::Expr* e);

// Pre-order walk over a function body (ast::walk); nested function literals are visited but
// their bodies are entered only with `intoFuncLits`.
inline void walkBody(const ast::Node* n, const std::function<bool(const ast::Node*)>& visit,
                     bool intoFuncLits = false) {
  ast::walk(n, [&](const ast::Node* x) {
    return visit(x) && (intoFuncLits || x->kind != ast::NodeKind::FuncLit);
  });
}

class FuncCompiler;

class ProgramCompiler {
 public:
  ProgramCompiler(std::shared_ptr<const lang::check::Program> checked, const Options& options);
  const Options& options() const { return options_; }
  Result run();

  // ---- program tables ------------------------------------------------------------------
  vm::Program& prog() { return *prog_; }
  const lang::check::Program& checked() const { return *checked_; }
  lang::check::TypeTable& typeTable() const { return *checked_->types; }
  uint32_t typeIndex(const Type* t);
  uint32_t stringIndex(const std::string& s);
  uint32_t methodId(const std::string& name);
  uint32_t callSite() { return prog_->callSites++; }
  // A new, empty function; returns its index.
  uint32_t newFunc(std::string name, const std::string& file, int32_t line);
  vm::FuncProto& func(uint32_t i) { return *prog_->funcs[i]; }
  // The proto index of a declared function with a body (or -1 for natives).
  int32_t funcIndex(const types::Func* f) const;
  // The natives table index for a body-less function (compile error if not registered).
  uint32_t nativeIndex(const types::Func* f, ast::Pos at);
  bool isNative(const types::Func* f) const { return !f->nativeName.empty(); }

  // ---- globals ------------------------------------------------------------------------
  struct Global {
    uint32_t index;
    vm::GlobalInfo::Storage storage;
  };
  const Global* global(const types::Var* v) const {
    auto it = globals_.find(v);
    return it == globals_.end() ? nullptr : &it->second;
  }

  // ---- synthesized functions ----------------------------------------------------------
  // The function value of a declared function (a native gets a bytecode wrapper).
  uint32_t funcValueIndex(const types::Func* f, ast::Pos at);
  // func(args) { return recv.M(args) } with the receiver in capture 0 (see FuncCompiler).
  uint32_t boundMethodWrapper(const types::Func* method, bool ifaceMethod, const Type* recvType,
                              ast::Pos at);
  // The function for method expression T.M / (*T).M / I.M: receiver as first parameter.
  uint32_t methodExprFunc(const Type* recvType, const types::Func* method, ast::Pos at);
  // Calls `method` (found on dynamic type `dyn` through embedded `path`) with the receiver word
  // of `dyn` as R[0].
  uint32_t methodSetWrapper(const Type* dyn, const lang::check::MethodSetEntry& e, ast::Pos at);

  // Counts closures per enclosing top-level function for Go's names (main.f.func1).
  std::string closureName(const std::string& outer, int& counter);

  ast::Arena& synthArena() { return synth_; }
  int32_t errors() const { return static_cast<int32_t>(diags_.size()); }
  void error(const std::string& file, ast::Pos pos, std::string msg);

  // Runs `compile(fc)` on a fresh FuncCompiler for proto `index`; if a conditional branch did
  // not fit in 16 bits, clears the proto and compiles it again with long branches.
  void compileWithRetry(uint32_t index, FuncCompiler* outer, const std::string& file,
                        const std::function<void(FuncCompiler&)>& compile);
  // Compiles the body of a declared function or literal into proto `index`.
  void compileFuncBody(uint32_t index, const ast::FuncType* sig, const ast::BlockStmt* body,
                       const types::Func* obj, FuncCompiler* outer,
                       const std::vector<types::Object*>* captures, const std::string& file);

  const std::string& fileOf(const types::Package* pkg, ast::Pos pos) const;
  std::string qualifiedFuncName(const types::Func* f) const;
  const Type* basic(Kind k) const { return typeTable().basic(k); }

 private:
  friend class Incremental;
  // The packages this run compiles: all of them, or for an Incremental step those checked
  // since the previous step (from `firstPackage_` on).
  std::span<const lang::check::CheckedPackage> newPackages() const {
    return std::span(checked_->packages).subspan(firstPackage_);
  }
  std::size_t firstPackage_ = 0;
  void declareFunctions();
  void declareGlobals();
  void buildMethodSets();
  void buildRuntimeErrorType();
  void compileEntry();

 public:
  // Adds the method table of dynamic type `dyn` (when it has methods) to the program.
  void ensureMethodSet(const Type* dyn);

 private:
  std::shared_ptr<const lang::check::Program> checked_;
  Options options_;
  std::shared_ptr<vm::Program> prog_;
  lang::Diagnostics diags_;
  std::unordered_map<const Type*, uint32_t> typeIndex_;
  std::unordered_map<std::string, uint32_t> stringIndex_;
  std::unordered_map<const types::Func*, int32_t> funcIndex_;
  std::unordered_map<std::string, uint32_t> nativeIndex_;
  std::unordered_map<const types::Var*, Global> globals_;
  std::unordered_map<const types::Func*, uint32_t> nativeValue_;
  std::map<std::pair<const void*, const void*>, uint32_t> boundWrappers_, methodExprs_;
  std::map<std::pair<const void*, const void*>, uint32_t> setWrappers_;
  std::map<const types::Package*, std::string> packageFile_;
  ast::Arena synth_;
  vm::NativeRegistry stdRegistry_;
  const vm::NativeRegistry* registry_ = nullptr;
  std::unique_ptr<lang::check::TypeTable> ownTypes_;
  friend class FuncCompiler;
};

// ---- one function ----------------------------------------------------------------------------

// Where a variable lives.
struct VarLoc {
  enum class K : uint8_t {
    Reg,      // a scalar in register `idx`
    Cell,     // register `idx` holds the address of a one-word heap cell
    Storage,  // register `idx` holds the address of the variable's inline storage
    Capture,  // capture `idx` of the running closure (a cell, or inline storage)
  } k;
  uint32_t idx = 0;
  bool owned = false;  // Storage: allocated here and never aliased (may be returned as is)
};

// A value in a register. For struct/array types: `fresh` storage may be adopted by its user.
struct Val {
  uint32_t reg = 0;
  bool fresh = false;
};

// An assignable location.
struct LValue {
  enum class K : uint8_t { Blank, Reg, Global, Capture, Mem, SliceElem, ArrayElem, MapElem } k;
  uint32_t a = 0;                 // Reg: register; Global/Capture: index; others: base register
  uint32_t b = 0;                 // Slice/Array/MapElem: index / key register
  uint32_t off = 0;               // Mem: word offset from R[a]
  int64_t len = 0;                // ArrayElem: the array's length
  const Type* type = nullptr;     // the value's type
  const Type* mapType = nullptr;  // MapElem
  VarLoc* var = nullptr;          // set when the location is a whole local variable
  bool viaPointer = false;        // Mem: R[a] came from a pointer that may be nil
};

class FuncCompiler {
 public:
  FuncCompiler(ProgramCompiler& pc, uint32_t protoIndex, FuncCompiler* outer,
               const std::string& file);

  void compileBody(const ast::FuncType* sig, const ast::BlockStmt* body, const types::Func* obj,
                   const std::vector<types::Object*>* captures);
  FuncBuilder& b() { return b_; }
  vm::FuncProto& proto() { return pc_.func(protoIndex_); }
  const std::string& name() { return proto().name; }
  int closureCounter = 0;

  // ---- statements (stmt.cpp, control.cpp) ----------------------------------------------
  void stmt(const ast::Stmt* s);
  void stmtKind(const ast::Stmt* s);
  void block(const std::vector<ast::Stmt*>& list);
  // gc's order of evaluation in a statement (hoist.cpp): calls first, into hoisted_.
  void hoistStatement(const ast::Stmt* s);
  void hoistWalk(const ast::Expr* e, bool& stop);
  void hoistArgs(const ast::CallExpr* e, const types::Signature* sig, bool& stop);
  void hoistNow(const ast::Expr* e);
  bool containsCall(const ast::Expr* e);
  std::unordered_map<const ast::Expr*, uint32_t> hoisted_;
  void assign(const ast::AssignStmt* s);
  void incDec(const ast::IncDecStmt* s);
  void pinLocations(std::vector<LValue>& lvs, const std::vector<const types::Var*>& fresh);
  void declStmt(const ast::DeclStmt* s);
  void returnStmt(const ast::ReturnStmt* s);
  void ifStmt(const ast::IfStmt* s);
  void forStmt(const ast::ForStmt* s, const ast::Stmt* labelOwner);
  int countedLoop(const ast::ForStmt* s, const std::vector<const types::Var*>& loopVars,
                  uint32_t* idx, uint32_t* bound, int64_t* boundConst);
  void rangeStmt(const ast::RangeStmt* s, const ast::Stmt* labelOwner);
  void switchStmt(const ast::SwitchStmt* s, const ast::Stmt* labelOwner);
  void typeSwitchStmt(const ast::TypeSwitchStmt* s, const ast::Stmt* labelOwner);
  void selectStmt(const ast::SelectStmt* s, const ast::Stmt* labelOwner);
  void branchStmt(const ast::BranchStmt* s);
  void branchTo(ast::Branch tok, const ast::Stmt* target, ast::Pos at);
  // Range over a function iterator (Go 1.23): the body becomes the yield function, a closure
  // over every outer variable it uses (those live in cells: see forceCell_). A state cell tells
  // the loop what the body did when it returned false: kRangeBreak, kRangeReturn, or
  // kRangeEscape + k for the k-th break/continue/goto to a target outside the body.
  void rangeFunc(const ast::RangeStmt* s, const ast::Stmt* owner);
  void compileRangeBody(const ast::RangeStmt* s, const std::vector<types::Object*>& captures,
                        const FuncCompiler& outer);
  // Pre-scans: which struct variables the body modifies or aliases (mutated_, aliased_), whether
  // it defers; and the variables used inside its range-over-func bodies (forceCell_).
  void prescan(const ast::Node* body);
  void scanRangeFuncs(const ast::Node* body, const std::vector<const types::Var*>& results);
  bool inCell(const types::Var* v) const { return v->escapes() || forceCell_.count(v) != 0; }
  static constexpr int64_t kRangeBreak = 1, kRangeReturn = 2, kRangeEscape = 3;
  struct RangeBody {
    const ast::RangeStmt* loop = nullptr;
    uint32_t stateCapture = 0;  // capture index of the state cell
    std::vector<std::pair<ast::Branch, const ast::Stmt*>> escapes;
    uint32_t begin = 0, end = 0;  // source offsets of the body
    bool contains(ast::Pos p) const { return p.offset >= begin && p.offset <= end; }
  };
  int64_t escapeCode(ast::Branch tok, const ast::Stmt* target);
  // Stores `code` in the state cell and returns false from the yield function.
  void leaveRangeBody(int64_t code);
  RangeBody* rangeBody_ = nullptr;  // set while compiling the body of a range-over-func loop
  std::unordered_set<const types::Var*> forceCell_;
  std::unordered_map<const ast::RangeStmt*, std::vector<types::Object*>> rangeCaptures_;
  bool rangeReturns_ = false;  // some range-over-func body returns from this function
  void labeledStmt(const ast::LabeledStmt* s);
  void goDefer(const ast::CallExpr* call, bool isGo);
  void thunkCall(const ast::CallExpr* call, bool isGo);
  void compileThunk(const std::vector<types::Var*>& params, const ast::CallExpr* call);
  // Registers that live as long as locals of the current block (loop state, case tables).
  uint32_t hiddenLocals(uint32_t n);
  void bindIterationVar(const types::Var* var, Val v, const Type* from);

  // ---- expressions (expr.cpp) ---------------------------------------------------------
  // Compiles `e` into a register: `dst` if given (>= 0), else any register — possibly a
  // variable's own register, which the caller must not write.
  Val expr(const ast::Expr* e, int dst = -1);
  // Like expr, converting the value to type `to` (boxing into an interface, nil).
  Val exprAs(const ast::Expr* e, const Type* to, int dst = -1);
  // Compiles e into a fresh temporary (always a new register the caller owns).
  uint32_t exprTemp(const ast::Expr* e, const Type* to = nullptr);
  // The value of e as fresh storage (clones borrowed struct/array values).
  Val exprOwned(const ast::Expr* e, const Type* to, int dst = -1);
  // Multi-valued expression (call, comma-ok forms): `n` values in consecutive new registers.
  uint32_t multi(const ast::Expr* e, int n);
  // Converts a value of type `from` held in v to type `to` (boxing) into dst (or a temp).
  Val convertValue(Val v, const Type* from, const Type* to, int dst);
  Val constant(const ast::Expr* e, int dst);
  void loadConst(const types::ConstValue& cv, const Type* t, uint32_t reg);
  Val ident(const ast::Ident* id, int dst);
  Val selector(const ast::SelectorExpr* e, int dst);
  Val index(const ast::IndexExpr* e, int dst);
  Val sliceExpr(const ast::SliceExpr* e, int dst);
  Val typeAssert(const ast::TypeAssertExpr* e, int dst, bool commaOk);
  Val unary(const ast::UnaryExpr* e, int dst);
  Val binary(const ast::BinaryExpr* e, int dst);
  Val compare(ast::Op op, const ast::Expr* x, const ast::Expr* y, int dst);
  Val arith(ast::Op op, const Type* t, uint32_t x, uint32_t y, int dst);
  Val compositeLit(const ast::CompositeLit* e, int dst);
  Val funcLit(const ast::FuncLit* e, int dst);
  Val deref(const ast::Expr* ptr, const Type* elem, int dst);
  // Emits wrap-around truncation for sized integer types.
  void truncate(const Type* t, uint32_t reg);
  // Conditional jump: to `target` when e evaluates to `when`.
  void condJump(const ast::Expr* e, bool when, Label& target);

  // ---- calls (call.cpp, builtin.cpp) ----------------------------------------------------
  struct Callee {
    enum Kind { Static, Native, Value, Iface } kind = Value;
    uint32_t index = 0;                      // Static: funcs index; Native: natives index
    const types::Signature* sig = nullptr;   // without the receiver
    const types::Func* method = nullptr;     // for method calls
    const ast::SelectorExpr* sel = nullptr;  // for method calls
  };
  Callee resolveCallee(const ast::CallExpr* e);
  // A new slice of `elem` holding `vals` (nil when empty) into dst.
  void packSlice(const std::vector<std::pair<Val, const Type*>>& vals, const Type* sliceType,
                 const Type* elem, uint32_t dst);
  Val recvExpr(const ast::UnaryExpr* e, int dst, bool commaOk);
  Val compareRegs(ast::Op op, uint32_t x, const Type* xt, uint32_t y, const Type* yt, int dst);
  // Compiles a call; results in consecutive registers starting at the returned register.
  uint32_t call(const ast::CallExpr* e);
  Val conversion(const ast::CallExpr* e, int dst);
  Val builtin(const ast::CallExpr* e, int dst);
  // Evaluates arguments into consecutive registers at `base` (the callee's parameters).
  void args(const ast::CallExpr* e, const types::Signature* sig, uint32_t base, bool cloneInline);
  // For method calls: the receiver word for `method` from the selector's operand.
  void receiver(const ast::SelectorExpr* sel, const types::Func* method, uint32_t dst,
                bool cloneInline);
  void callResults(uint32_t base, uint32_t nresults);

  // ---- locations (lvalue.cpp) -----------------------------------------------------------
  LValue lvalue(const ast::Expr* e);
  // The element location of ix given its already evaluated operand.
  LValue indexLValue(const ast::IndexExpr* ix, Val base);
  Val load(const LValue& lv, int dst);
  void store(const LValue& lv, Val v);
  // The address of an addressable expression's storage (for &x, pointer receivers).
  Val address(const ast::Expr* e, int dst);
  // Walks embedded fields: from a struct value or pointer in `base`, the register and offset of
  // the storage that holds field path[0..n).
  LValue fieldPath(uint32_t baseReg, const Type* baseType, const std::vector<int>& path,
                   std::size_t n);

  // ---- variables -----------------------------------------------------------------------
  VarLoc& declareVar(const types::Var* v, bool zero);
  VarLoc* findVar(const types::Var* v);
  LValue varLValue(const types::Var* v);
  // Gives each escaping loop variable of `vars` a fresh cell holding its current value.
  void renewCells(const std::vector<const types::Var*>& vars);
  // Storage addresses of captured variables for a closure, in consecutive registers.
  uint32_t captureAddresses(const std::vector<types::Object*>& captures);
  void captureAddressesInto(const std::vector<types::Object*>& captures, uint32_t base);
  void compileInitializers(const std::vector<lang::check::Initializer>& inits);

  // ---- helpers -------------------------------------------------------------------------
  uint32_t target(int dst) { return dst >= 0 ? static_cast<uint32_t>(dst) : b_.alloc(); }
  uint32_t tIdx(const Type* t) { return pc_.typeIndex(t); }
  [[noreturn]] void fail(ast::Pos pos, const std::string& msg) { throw CompileError{pos, msg}; }
  void move(uint32_t dst, uint32_t src) {
    if (dst != src) b_.emitABC(Op::MOVE, dst, src);
  }
  // Copies a struct/array value into fresh storage when it is borrowed.
  Val own(Val v, const Type* t, int dst);

  ProgramCompiler& pc_;
  FuncBuilder b_;
  uint32_t protoIndex_;
  FuncCompiler* outer_;
  std::string file_;
  const types::Func* obj_ = nullptr;
  std::unordered_map<const types::Var*, VarLoc> vars_;
  std::unordered_set<const types::Var*> mutated_;  // inline vars assigned to in the body
  std::unordered_set<const types::Var*> aliased_;  // inline vars whose address is taken or sliced
  uint32_t localTop_ = 0;

  // Results: the result variables (named or hidden) when returns go through the epilogue.
  std::vector<const types::Var*> resultVars_;
  std::vector<const Type*> resultTypes_;
  bool hasDefer_ = false;
  bool namedResults_ = false;
  Label epilogue_;

  // break / continue / goto targets.
  struct Jumps {
    Label* brk = nullptr;
    Label* cont = nullptr;
    std::vector<const types::Var*> loopVars;  // Go 1.22 per-iteration variables (for continue)
  };
  std::unordered_map<const ast::Stmt*, Jumps> jumps_;
  std::unordered_map<const ast::LabeledStmt*, std::unique_ptr<Label>> gotoLabels_;
  Label* gotoLabel(const ast::LabeledStmt* s);
  // Fallthrough: the body label of the next case clause.
  std::unordered_map<const ast::Stmt*, Label*> fallthroughTarget_;
};

}  // namespace weft::compile
