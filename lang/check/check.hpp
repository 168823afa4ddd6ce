// The type checker's interface: parsed Go packages in, a checked and annotated Program out.
//
// checkProgram() parses (or takes) the main package's files, loads every imported package through
// the caller's PackageLoader, checks them all (go/types in spirit, cmd/compile's error texts) and
// returns a Program that owns everything: the syntax trees, the TypeTable with every type and
// object, the per-package facts the compiler needs, and the diagnostics.
//
// What the compiler can rely on after a successful check (Program::ok()); see the "checker:"
// fields in lang/ast.hpp:
//
//  * Every Expr has `mode` and `type`. Untyped constants and other untyped expressions carry their
//    FINAL type after implicit conversion (go/types' updateExprType): in `var x int64 = 1 << 3` the
//    literal and the shift have type int64; in `var a any = 5` the 5 has type int (the default
//    type; the compiler boxes when the target is an interface). Untyped nil gets the type it is
//    assigned/compared to (pointer, slice, map, chan, func or interface type).
//  * Every constant expression (mode == Mode::Constant) has `value`, already converted to (and
//    representable in) its final type: the compiler can emit it without looking inside.
//  * Ident::obj is set for every defining and using identifier (blank `_` definitions get a Var
//    too). The `v` of `switch v := x.(type)` has no obj; each CaseClause::implicitVar is the
//    clause's own variable (type: the case's type for single-type cases, else x's type).
//  * SelectorExpr: selKind, sel->obj (Var field, Func method, or the package member for
//    Qualified), `path` = embedded-field indices walked (plus the field's own index last for
//    Field), `indirect` = a pointer is dereferenced on the way. For a method call the receiver
//    adjustments follow from the types: after walking `path`, if the method has a pointer
//    receiver (Func::ptrRecv) and the value is not a pointer, take its address (it is
//    addressable: the checker verified it); if the method has a value receiver and the value is a
//    pointer, dereference it. An interface method (Func::decl == null, the receiver's underlying
//    type is an interface) is dispatched dynamically by name.
//    MethodExpr (`T.M`, `(*T).M`): type is func(recv, params...) results.
//  * CallExpr::callKind: Call, Conversion (fun->mode == TypeExpr, the call's type is the target),
//    Builtin (the callee, after stripping parens, is an Ident whose obj is a types::Builtin).
//  * FuncLit::captures: variables of enclosing functions that the literal (or a literal nested in
//    it) uses, in first-use order; each such Var has `captured` set. Package-level variables are
//    never captures.
//  * Var::addressTaken: operand of `&` (directly or through field/array selectors), or the
//    receiver of a pointer-method call / method value on an addressable non-pointer variable.
//  * BranchStmt::target: the enclosing ForStmt/RangeStmt/SwitchStmt/TypeSwitchStmt/SelectStmt for
//    break/continue (labelled or not), the LabeledStmt for goto, the next CaseClause for
//    fallthrough. LabeledStmt::label->obj is the types::Label.
//  * Function parameters: Program::params(funcType) lists the receiver, parameter and result Vars
//    of a FuncDecl's or FuncLit's signature in order; unnamed and blank parameters get a Var too.
//  * Native functions: a FuncDecl without body in a non-main package gives a Func whose
//    `nativeName` is "pkg.Name", "pkg.T.M" (value receiver) or "pkg.(*T).M" (pointer receiver),
//    with pkg the import path.
//
// Identity of types is pointer identity for everything the TypeTable makes (hash-consed), except
// that a method's Func::type is a Signature with `recv` set (not interned); the function value
// type of a method (method value, method expression) is the interned signature.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"
#include "lang/diagnostic.hpp"
#include "lang/types.hpp"

namespace weft::lang::check {

class TypeTable;       // lang/check/type_table.hpp
struct GenericsState;  // lang/check/checker.hpp

struct SourceFile {
  std::string filename;
  std::string source;
};

// A file parsed by the caller (e.g. the REPL). The Program takes the arena.
struct ParsedFile {
  std::unique_ptr<ast::Arena> arena;
  ast::File* file = nullptr;
};

// Returns the Go source files of a package by import path ("fmt", "sync/atomic"), or nullopt when
// there is no such package (reported as `package foo is not in std`).
using PackageLoader =
    std::function<std::optional<std::vector<SourceFile>>(std::string_view importPath)>;

// One package-level variable initialization, `lhs... = rhs`. Variables without initializer are
// not listed (they start as zero values). `var a, b = f()` is one Initializer with two lhs;
// `var a, b = 1, 2` is two. Blank variables appear as Vars named "_".
struct Initializer {
  std::vector<types::Var*> lhs;
  const ast::Expr* rhs = nullptr;
};

// The Vars of a function signature, in order (see Program::params).
struct ParamVars {
  types::Var* recv = nullptr;  // methods only
  std::vector<types::Var*> params;
  std::vector<types::Var*> results;
};

struct CheckedPackage {
  types::Package* pkg = nullptr;
  std::vector<ast::File*> files;
  std::vector<types::Var*> globals;         // every package-level var, in declaration order
  std::vector<Initializer> initOrder;       // Go's dependency-based initialization order
  std::vector<const ast::FuncDecl*> funcs;  // every FuncDecl (incl. methods, natives, init)
  std::vector<types::Func*> inits;          // the package's init() functions, in source order
  types::Func* mainFunc = nullptr;          // `main` of package main
};

class Program {
 public:
  Program();
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  bool ok() const { return !hasErrors(diagnostics); }
  // Receiver/parameter/result Vars of a FuncDecl's or FuncLit's signature; null if unknown.
  const ParamVars* params(const ast::FuncType* sig) const {
    auto it = paramVars.find(sig);
    return it == paramVars.end() ? nullptr : &it->second;
  }
  const CheckedPackage& mainPackage() const { return packages.back(); }

  std::unique_ptr<TypeTable> types;                 // every Type, Object, Scope and Package
  std::vector<std::unique_ptr<ast::Arena>> arenas;  // every syntax tree
  std::vector<CheckedPackage> packages;             // dependency order, main last
  std::unordered_map<const ast::FuncType*, ParamVars> paramVars;
  Diagnostics diagnostics;  // syntax and type errors, sorted by position
  // Bodies of imported packages' functions the program cannot reach (Options::pruneUnreachable,
  // lang/check/prune.hpp): not checked (their trees carry no checker facts) and not compiled.
  // Their declarations (Func objects, signatures) are checked as usual.
  std::unordered_set<const ast::FuncDecl*> prunedBodies;
  bool pruned(const ast::FuncDecl* fd) const { return fd && prunedBodies.count(fd) != 0; }
  // Generics: declarations of generic functions and of methods of generic types are never
  // compiled; each instance is its own FuncDecl (a copy of the generic one, checked with the
  // type arguments), listed in its package's `funcs` and here with its file name.
  std::unordered_set<const ast::FuncDecl*> genericDecls;
  std::unordered_map<const ast::FuncDecl*, std::string> instanceFiles;
  std::vector<const types::Named*> instanceTypes;  // every instantiated type without type params
  bool generic(const ast::FuncDecl* fd) const { return fd && genericDecls.count(fd) != 0; }
  bool instance(const ast::FuncDecl* fd) const { return fd && instanceFiles.count(fd) != 0; }
  std::shared_ptr<GenericsState> genericsState;  // the checker's (opaque here)
};

struct Options {
  int maxErrors = 10;  // stop after this many errors (per program)
  // Skip the bodies of imported packages' functions that the program cannot reach (prune.hpp):
  // they are neither checked nor compiled. Off for tools that want every body checked.
  bool pruneUnreachable = true;
};

// Runs `fn` on a large stack (1 GiB reserved, committed as used: a stack switch on this thread,
// or a thread in sanitizer builds) and waits for it;
// runs it directly if already on such a thread. The front end is recursive over the syntax tree,
// so very deep expressions (`x := 0+1+1+...` with 100000 terms) need far more than the 8 MiB of a
// main thread. checkProgram uses it; the compiler can wrap its own passes the same way.
void runOnLargeStack(const std::function<void()>& fn);

// Parses and checks the main package given as source files. Never throws.
std::unique_ptr<Program> checkProgram(std::vector<SourceFile> mainFiles,
                                      const PackageLoader& loader, const Options& options = {});
// Same, for files the caller already parsed.
std::unique_ptr<Program> checkProgram(std::vector<ParsedFile> mainFiles,
                                      const PackageLoader& loader, const Options& options = {});

}  // namespace weft::lang::check
