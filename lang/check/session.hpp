// Incremental type checking for an interactive session (the REPL, weft::Session).
//
// A session is one growing check::Program: one TypeTable (so type identity is pointer identity
// across inputs), the imported packages (each loaded and checked once), and one package "main"
// whose names accumulate input by input. Each input is a "cell": a file of package main checked
// on its own, whose package scope's outer scope is the session scope (every name earlier cells
// declared, the latest declaration of each). So a cell sees earlier names, and declaring a name
// again in a cell shadows the earlier one; commit() then merges the cell's names into the
// session scope, where the new declaration replaces the old one for later cells. Code compiled
// from earlier cells keeps the objects it was checked against (like ghci's bindings).
//
// All cells share one types::Package "main", so unexported fields and methods of types from
// earlier cells are accessible. A cell may declare methods on a type of an earlier cell: they
// join that type's methods (types::Named::methods, shared by all code), replacing a method of
// the same name, as soon as the cell is checked; discard() takes them off again. Values of the
// type made earlier then have the new method too (the compiler rebuilds the method tables that
// depend on the type, compile::Incremental).
//
// Usage (vm/api/session*.cpp):
//   check::Session s(loader);
//   auto cell = s.check(std::move(parsed));        // parsed: a file `package main ...`
//   if (cell.ok) { compile the packages not compiled yet (imports, the cell); s.commit(cell); }
//   else { print cell.diagnostics; s.discard(cell); }
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lang/check/check.hpp"

namespace weft::lang::check {

// Where a node's source text begins (a binary expression's left operand, a call's callee, an
// assignment's first left-hand side), as the checker reports positions.
ast::Pos startOf(const ast::Node* n);

class Session {
 public:
  explicit Session(PackageLoader loader);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The growing Program (shared with the compiler, which reads packages it has not compiled).
  const std::shared_ptr<Program>& program() const { return prog_; }
  types::Package* mainPackage() const { return main_; }
  // Every committed package-level name of package main (the latest declaration of each).
  types::Scope* scope() const { return scope_; }
  // The loaded package with this import path, or null.
  types::Package* package(const std::string& path) const;

  struct Cell {
    bool ok = false;
    Diagnostics diagnostics;        // syntax (none: the caller parsed), import and type errors
    std::size_t index = 0;          // the cell's CheckedPackage in program()->packages
    types::Scope* scope = nullptr;  // the cell's own package-level names
  };
  // Loads the cell's new imports and checks it. Import specs of `file` that are marked used
  // (ImportSpec::used, e.g. the session's standing imports) are never reported as unused.
  Cell check(ParsedFile file);
  // After a successful check: the cell's names replace earlier ones in scope().
  void commit(const Cell& cell);
  // After a failed check (or a cell that will not run): forgets the cell's package and the
  // methods it added to earlier types; imported packages that checked fine stay loaded.
  void discard(const Cell& cell);

 private:
  void snapshotMethods(const ast::File* f);
  void checkReplacedMethods(const std::string& file, Diagnostics& out) const;
  PackageLoader loader_;
  std::shared_ptr<Program> prog_;
  types::Package* main_ = nullptr;
  types::Scope* scope_ = nullptr;
  std::vector<std::pair<std::string, types::Package*>> byPath_;
  // The methods of earlier types the cell being checked declares methods on, as they were.
  std::vector<std::pair<types::Named*, std::vector<types::Func*>>> savedMethods_;
};

}  // namespace weft::lang::check
