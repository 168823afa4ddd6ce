// The checker's internals (not for use outside lang/check/). One Checker checks one package;
// check.cpp drives the packages of a program in dependency order.
//
// Structure follows go/types: package-level objects are collected first (resolver.cpp), then
// type-checked lazily in dependency order with cycle detection (decl.cpp: objDecl), then function
// bodies are checked (stmt.cpp), then the initialization order is computed (initorder.cpp).
// Expressions (expr.cpp, call.cpp, index.cpp, builtins.cpp, literal.cpp) produce Operands and
// annotate the AST as they go; untyped expressions get their final type in updateExprType.
#pragma once

#include <deque>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/check/check.hpp"
#include "lang/check/lookup.hpp"
#include "lang/check/type_table.hpp"
#include "lang/constant.hpp"

namespace weft::lang::check {

using ast::Mode;
using types::ConstPtr;
using types::Kind;
using types::Type;

class Checker;
struct GenericFunc;

// Generics (generic.cpp). Generic declarations are instantiated by substitution at the level of
// the syntax: an instance of a generic function, type or method is a copy of its declaration
// (clone.hpp) checked in a scope where each type parameter name is an alias of its type
// argument, so an instance is ordinary, fully concrete code for the compiler
// (monomorphisation). Generic signatures and constraints are checked with TypeParam types, for
// inference and constraint satisfaction.

// A type set term: T or ~T.
struct Term {
  bool tilde = false;
  const Type* type = nullptr;
};
// The type set of a constraint interface beyond its methods: `all` (no restriction by terms)
// or the union of `terms`; `comparable` when it embeds comparable.
struct TypeSet {
  bool all = true;
  bool comparable = false;
  std::vector<Term> terms;
};

TypeSet intersectTypeSets(const TypeSet& a, const TypeSet& b);

struct GenericFunc {
  types::Func* obj = nullptr;
  const ast::FuncDecl* decl = nullptr;
  Checker* owner = nullptr;
  const ast::File* file = nullptr;
  types::Scope* fileScope = nullptr;
  std::vector<types::TypeParam*> tparams;
  std::map<std::vector<const Type*>, types::Func*> instances;
};

struct GenericType {
  types::TypeName* obj = nullptr;
  types::Named* generic = nullptr;  // the uninstantiated type (underlying: invalid)
  const ast::TypeSpec* spec = nullptr;
  Checker* owner = nullptr;
  const ast::File* file = nullptr;
  types::Scope* fileScope = nullptr;
  std::vector<types::TypeParam*> tparams;
  std::vector<types::Func*> methods;  // declared methods (generic; instantiated per instance)
  std::map<std::vector<const Type*>, types::Named*> instances;
};

// Shared by the checkers of one program (instances of a package's generics are checked by that
// package's checker, which therefore lives as long as the Program).
struct GenericsState {
  std::unordered_map<const types::Object*, std::unique_ptr<GenericFunc>> funcs;
  std::unordered_map<const types::Object*, std::unique_ptr<GenericType>> types;
  std::unordered_map<const Type*, GenericType*> genericNamed;
  std::unordered_map<const Type*, GenericType*> origin;  // instance Named -> its generic type
  std::unordered_map<const Type*, TypeSet> typeSets;     // constraint Interface -> type set
  std::unordered_set<const Type*> implicit;  // interface{ E } written as just E ([T ~int])
  std::vector<std::unique_ptr<Checker>> checkers;
  ast::Arena* arena = nullptr;  // instance copies of declarations
};

// The result of checking an expression (go/types' operand).
struct Operand {
  Mode mode = Mode::Invalid;
  const ast::Expr* expr = nullptr;
  const Type* type = nullptr;
  ConstPtr val;                    // Mode::Constant
  types::BuiltinId builtin{};      // Mode::Builtin
  bool nil = false;                // the predeclared nil (possibly converted to a typed nil)
  GenericFunc* generic = nullptr;  // a generic function not instantiated yet
  bool invalid() const { return mode == Mode::Invalid; }
};

// How an expression was used, for statement-context checks ("is not used").
enum class ExprKind { Conversion, Expression, Statement };

// Declaration info of a package-level object.
struct DeclInfo {
  const ast::File* file = nullptr;
  types::Scope* fileScope = nullptr;
  const ast::ValueSpec* vspec = nullptr;  // const / var
  std::vector<types::Var*> lhs;           // var a, b = f(): all lhs vars (n:1)
  const ast::Expr* typeExpr = nullptr;    // const/var type
  const ast::Expr* init = nullptr;        // const/var initializer (null for n:1 and none)
  int iota = 0;
  const ast::TypeSpec* tspec = nullptr;
  const ast::FuncDecl* fdecl = nullptr;
  std::set<types::Object*> deps;  // package-level objects used (for init order)
  std::vector<types::Object*> depsOrdered;
};

enum class Color { White, Grey, Black };

// Per-function state while checking a body.
struct FuncContext {
  FuncContext* outer = nullptr;
  const ast::FuncLit* lit = nullptr;  // null for a FuncDecl body
  const types::Signature* sig = nullptr;
  const ParamVars* params = nullptr;
  types::Scope* scope = nullptr;    // the function's outermost scope
  std::vector<types::Var*> locals;  // variables declared in the body (for "declared and not used")
};

// Statement context flags.
enum StmtCtx : unsigned {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,
};

class Checker {
 public:
  Checker(Program& prog, CheckedPackage& pkg, std::vector<ast::File*> files,
          const std::map<std::string, types::Package*>& imported, const Options& options);
  void checkPackage();
  struct SavedState;
  static constexpr unsigned kAllowGeneric = 1u << 31;  // exclude(): a generic function is fine

  // --- errors (errors.cpp) ---------------------------------------------------------------------
  void error(ast::Pos pos, std::string msg);
  void errorAt(const ast::Node* n, std::string msg) { error(startPos(n), std::move(msg)); }
  void softError(ast::Pos pos, std::string msg) { error(pos, std::move(msg)); }
  std::string posString(ast::Pos pos) const;
  static ast::Pos startPos(const ast::Node* n);
  std::string operandString(const Operand& x) const;
  std::string operandTypeString(const Operand& x) const;
  std::string exprString(const ast::Expr* e) const;
  std::string typeString(const Type* t) const { return t ? t->str() : "<nil>"; }

  // --- resolver.cpp ----------------------------------------------------------------------------
  void collectObjects();
  void declarePkgObj(ast::Ident* ident, types::Object* obj, DeclInfo* d);
  void declare(types::Scope* scope, ast::Ident* id, types::Object* obj);
  DeclInfo* newDecl(const ast::File* file, types::Scope* fileScope);
  void constArity(const ast::ValueSpec* vs, const ast::ValueSpec* src);
  void varArity(const ast::ValueSpec* vs);
  void resolveBaseTypeName(const ast::FuncDecl* fd, types::Func* f);
  void unusedImports();

  // --- decl.cpp --------------------------------------------------------------------------------
  void packageObjects();
  void objDecl(types::Object* obj);
  void constDecl(types::Const* obj, const DeclInfo& d);
  void varDecl(types::Var* obj, DeclInfo& d);
  void typeDecl(types::TypeName* obj, const DeclInfo& d);
  void funcDecl(types::Func* obj, const DeclInfo& d);
  void collectMethods(types::TypeName* obj);
  void cycleError(const std::vector<types::Object*>& cycle);
  bool validType(const types::Named* start, bool report = true);
  void localDecl(const ast::GenDecl* d);
  void resolveMethod(types::Func* f) {
    if (!f->type) objDecl(f);
  }

  // --- typexpr.cpp -----------------------------------------------------------------------------
  const Type* typExpr(const ast::Expr* e, const types::Named* def = nullptr);
  const Type* varType(const ast::Expr* e);
  const Type* definedType(const ast::Expr* e, const types::Named* def);
  const types::Signature* funcType(const ast::FuncType* ft, const ast::Field* recv, ParamVars* vars,
                                   types::Scope* scope);
  const types::Struct* structType(const ast::StructType* st);
  const types::Interface* interfaceType(const ast::InterfaceType* it, const types::Named* def);
  int64_t arrayLength(const ast::Expr* e);
  void recordTypeExpr(const ast::Expr* e, const Type* t);
  void checkMapKeys();

  // --- expr.cpp --------------------------------------------------------------------------------
  ExprKind rawExpr(Operand& x, const ast::Expr* e, const Type* hint);
  ExprKind exprInternal(Operand& x, const ast::Expr* e, const Type* hint);
  void expr(Operand& x, const ast::Expr* e);
  void multiExpr(Operand& x, const ast::Expr* e);
  void exprWithHint(Operand& x, const ast::Expr* e, const Type* hint);
  void exprOrType(Operand& x, const ast::Expr* e);
  void exclude(Operand& x, unsigned modeset);
  void singleValue(Operand& x);
  void record(const Operand& x);
  void ident(Operand& x, const ast::Ident* e, bool wantType);
  void basicLit(Operand& x, const ast::BasicLit* e);
  void unary(Operand& x, const ast::UnaryExpr* e);
  void binary(Operand& x, const ast::Expr* e, const ast::Expr* lhs, const ast::Expr* rhs,
              ast::Op op, ast::Pos opPos);
  void shift(Operand& x, Operand& y, const ast::Expr* e, ast::Op op);
  void comparison(Operand& x, Operand& y, ast::Op op, bool switchCase);
  void overflow(Operand& x, ast::Pos opPos);
  bool opAllowed(Operand& x, ast::Op op, bool unaryOp);
  void convertUntyped(Operand& x, const Type* target);
  const Type* implicitTypeAndValue(Operand& x, const Type* target, ConstPtr* val, int* code);
  void invalidConversion(int code, const Operand& x, const Type* target);
  void updateExprType(const ast::Expr* e, const Type* t, bool final);
  void updateExprVal(const ast::Expr* e, const ConstPtr& val);
  void representable(Operand& x, const types::Basic* t);
  int representation(const Operand& x, const types::Basic* t, ConstPtr* out);
  void typeAssertion(const ast::Expr* e, const Operand& x, const Type* T, bool typeSwitch);
  void finalizeUntyped();
  void use(const std::vector<ast::Expr*>& es);
  void useExpr(const ast::Expr* e);
  void useLHS(const std::vector<ast::Expr*>& es);
  std::string kindString(const Type* t) const;
  std::string incomparableCause(const Type* t) const;
  void markAddressTaken(const ast::Expr* e);
  void funcLit(Operand& x, const ast::FuncLit* e);

  // --- literal.cpp -----------------------------------------------------------------------------
  void compositeLit(Operand& x, const ast::CompositeLit* e, const Type* hint);
  int64_t indexedElts(const std::vector<ast::Expr*>& elts, const Type* elem, int64_t length);

  // --- index.cpp -------------------------------------------------------------------------------
  void indexExpr(Operand& x, const ast::IndexExpr* e);
  void sliceExpr(Operand& x, const ast::SliceExpr* e);
  bool index(const ast::Expr* e, int64_t max, int64_t* val);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);

  // --- call.cpp --------------------------------------------------------------------------------
  ExprKind callExpr(Operand& x, const ast::CallExpr* e);
  void arguments(const ast::CallExpr* call, const types::Signature* sig, std::vector<Operand>& args,
                 const ast::Expr* fun);
  void exprList(const std::vector<ast::Expr*>& es, bool allowCommaOk, std::vector<Operand>& out,
                bool* commaOk);
  void selector(Operand& x, const ast::SelectorExpr* e, bool wantType);
  void conversion(Operand& x, const Type* T);
  bool convertibleTo(const Operand& x, const Type* T, std::string* cause);
  std::string typesSummary(const std::vector<const Type*>& list, bool variadic) const;

  // --- builtins.cpp ----------------------------------------------------------------------------
  bool builtin(Operand& x, const ast::CallExpr* call, types::BuiltinId id);

  // --- assign.cpp ------------------------------------------------------------------------------
  void assignment(Operand& x, const Type* T, const std::string& context);
  bool assignableTo(Operand& x, const Type* T, std::string* reason);
  bool implements(const Type* V, const Type* T, std::string* cause);
  void initConst(types::Const* lhs, Operand& x);
  const Type* initVar(types::Var* lhs, Operand& x, const std::string& context);
  const Type* assignVar(const ast::Expr* lhs, Operand& x);
  void initVars(const std::vector<types::Var*>& lhs, const std::vector<ast::Expr*>& rhs,
                const ast::ReturnStmt* ret, const char* declContext = nullptr);
  const Type* lhsVar(const ast::Expr* lhs);
  void assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void shortVarDecl(const ast::AssignStmt* s);
  void assignError(const std::vector<ast::Expr*>& rhs, size_t l, size_t r);
  void returnError(const ast::ReturnStmt* ret, const std::vector<types::Var*>& lhs,
                   const std::vector<Operand>& rhs);

  // --- stmt.cpp --------------------------------------------------------------------------------
  void funcBody(const ast::FuncLit* lit, const types::Signature* sig, const ParamVars* params,
                const ast::BlockStmt* body, types::Scope* scope);
  void usage(FuncContext* ctx);
  void stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list);
  void stmt(unsigned ctxt, const ast::Stmt* s);
  void simpleStmt(const ast::Stmt* s) {
    if (s) stmt(0, s);
  }
  void suspendedCall(const char* keyword, const ast::CallExpr* call);
  void switchStmt(unsigned ctxt, const ast::SwitchStmt* s);
  void typeSwitchStmt(unsigned ctxt, const ast::TypeSwitchStmt* s);
  void selectStmt(unsigned ctxt, const ast::SelectStmt* s);
  void rangeStmt(unsigned ctxt, const ast::RangeStmt* s);
  void caseValues(Operand& x, const std::vector<ast::Expr*>& values,
                  std::vector<std::pair<Operand, ast::Pos>>& seen);
  const Type* caseTypes(const Operand* x, const std::vector<ast::Expr*>& types,
                        std::vector<std::pair<const Type*, const ast::Expr*>>& seen, bool* isNil);
  void openScope();
  void closeScope() { scope_ = scope_->outer; }
  void incDec(const ast::IncDecStmt* s);
  void returnStmt(const ast::ReturnStmt* s);

  // --- labels.cpp / return.cpp -----------------------------------------------------------------
  void branches(const ast::BlockStmt* body);
  bool isTerminating(const ast::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label);
  bool isTerminatingSwitch(const std::vector<ast::Stmt*>& clauses, const std::string& label);

  // --- initorder.cpp ---------------------------------------------------------------------------
  void initOrder();

  // --- generic.cpp ---------------------------------------------------------------------------
  GenericsState& generics();
  void declareTypeParams(const std::vector<ast::Field*>& fields, types::Scope* scope,
                         std::vector<types::TypeParam*>& out);
  const Type* constraintType(const ast::Expr* e);
  void collectTerms(const ast::Expr* e, std::vector<Term>& out);
  TypeSet typeSetOf(const Type* constraint);
  std::string constraintString(const Type* constraint);
  bool satisfies(const Type* V, const Type* constraint, std::string* cause);
  void genericFuncDecl(types::Func* obj, const DeclInfo& d);
  void genericTypeDecl(types::TypeName* obj, const DeclInfo& d);
  GenericType* genericTypeOf(const Type* t);
  const Type* instantiateTypeExpr(const ast::IndexExpr* e, const Type* generic);
  types::Named* instantiateType(GenericType& gt, const std::vector<const Type*>& targs);
  types::Func* instantiateFunc(GenericFunc& gf, const std::vector<const Type*>& targs);
  void instantiateMethod(GenericType& gt, types::Named* inst, types::Func* m,
                         const std::vector<const Type*>& targs);
  types::Scope* typeArgScope(types::Scope* outer, const std::vector<std::string>& names,
                             const std::vector<const Type*>& targs);
  void queueInstanceBody(const ast::FuncDecl* cd, types::Func* f, const ast::File* file,
                         types::Scope* fileScope, types::Scope* fscope);
  bool checkPendingBodies();
  ExprKind genericCall(Operand& x, const ast::CallExpr* call);
  void explicitInstance(Operand& x, const ast::IndexExpr* e);
  bool inferTypeArgs(GenericFunc& gf, std::vector<const Type*>& targs, size_t explicitCount,
                     const ast::CallExpr* call, std::vector<Operand>& args);
  bool checkTypeArgs(GenericFunc& gf, const std::vector<const Type*>& targs, const ast::Node* at,
                     ast::Pos pos);
  bool unify(const Type* x, const Type* y, std::map<const types::TypeParam*, const Type*>& m,
             const std::vector<types::TypeParam*>& tps);
  const Type* subst(const Type* t, const std::map<const types::TypeParam*, const Type*>& m);
  bool hasTypeParam(const Type* t) const;
  std::string tparamsString(const std::vector<types::TypeParam*>& tps,
                            const std::vector<ast::Field*>& fields) const;
  void markImportsUsed(const ast::Node* body);

  // --- helpers ---------------------------------------------------------------------------------
  const types::Basic* basic(Kind k) const { return tt_.basic(k); }
  const Type* invalidType() const { return tt_.invalid(); }
  bool isValid(const Type* t) const { return t && t->kind != Kind::Invalid; }
  types::Object* lookup(std::string_view name) const { return scope_->lookup(name); }
  void recordUse(const ast::Ident* id, types::Object* obj);
  void recordDef(const ast::Ident* id, types::Object* obj) { id->obj = obj; }
  void useVar(types::Var* v);
  void addDep(types::Object* obj);
  types::Var* newVar(std::string name, ast::Pos pos, const Type* t);
  const std::string& fileName() const { return fileName_; }
  void setFile(const ast::File* f, types::Scope* fileScope);

  Program& prog_;
  CheckedPackage& out_;
  TypeTable& tt_;
  types::Package* pkg_;
  std::vector<ast::File*> files_;
  std::map<std::string, types::Package*> imported_;
  std::shared_ptr<GenericsState> generics_;
  size_t bodiesDone_ = 0;               // funcBodies_ checked so far
  const ast::Expr* callFun_ = nullptr;  // the IndexExpr callee of the call being checked
  // Checking a generic body with its type parameters as types (genericBodies): only errors
  // about operations on type parameters are reported (forceError_); everything else is checked
  // per instance.
  bool genericBody_ = false;
  bool forceError_ = false;
  void genericBodies();
  void typeParamError(const ast::Node* at, std::string msg);
  bool typeParamOp(Operand& x, ast::Op op, bool unaryOp, bool* ok);
  bool typeParamComparison(Operand& x, Operand& y, ast::Op op);
  Options options_;

  std::string fileName_;
  const ast::File* file_ = nullptr;
  types::Scope* scope_ = nullptr;
  std::unordered_map<const ast::File*, types::Scope*> fileScopes_;
  std::unordered_map<types::Object*, DeclInfo*> objMap_;
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  std::vector<types::Object*> objList_;  // package-level objects in source order
  std::unordered_map<types::Object*, Color> color_;
  std::vector<types::Object*> objPath_;
  std::unordered_map<types::TypeName*, std::vector<types::Func*>> methods_;  // by base type
  std::vector<std::pair<const ast::FuncDecl*, types::Func*>> funcBodies_;
  std::vector<const ast::MapType*> mapKeyChecks_;
  struct MapKeyCheck {
    const ast::MapType* node;
    const types::Map* type;
    std::string file;
  };
  std::vector<MapKeyCheck> mapTypes_;
  std::unordered_map<const ast::FuncDecl*, types::Scope*> funcScopes_;
  std::vector<const ast::ImportSpec*> dotImports_;
  std::unordered_map<const types::Object*, const ast::ImportSpec*> dotImportOf_;
  std::set<const types::Named*> validNamed_;
  // `type T2 T1` met while T1 is still being declared through a type literal (`type T1
  // struct{ next *T2 }`): T2's underlying type is T1's once T1's is known (decl.cpp).
  std::vector<std::pair<types::Named*, const types::Named*>> pendingUnderlying_;
  void resolvePendingUnderlying(bool final);
  std::deque<FuncContext> contexts_;
  bool hasCallOrRecv_ = false;
  int depth_ = 0;  // expression nesting (rawExpr)
  bool depthExceeded_ = false;
  // A part of an interactive session (check::Session, session.cpp): package main needs no
  // func main.
  bool replCell_ = false;
  std::unordered_set<const ast::CallExpr*> panicCalls_;
  ast::Ident trueIdent_{ast::Pos{}, "true"};

  DeclInfo* decl_ = nullptr;  // the package-level declaration being checked (deps)
  ConstPtr iota_;             // inside a constant declaration
  FuncContext* func_ = nullptr;
  std::unordered_map<const types::Var*, FuncContext*> varOwner_;
  std::vector<const ast::Expr*> untyped_;          // expressions recorded with an untyped type
  std::unordered_set<const ast::Expr*> shiftLhs_;  // untyped lhs of non-constant shifts
};

}  // namespace weft::lang::check
