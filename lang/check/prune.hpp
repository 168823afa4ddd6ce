// Which function bodies of imported packages a program can never run, so that the checker and
// the compiler may skip them (start-up time: `import "fmt"` pulls in fmt, errors, io and os, and
// a hello world uses a handful of their functions).
//
// The rule is by name, an over-approximation that needs no types: a function or method of an
// imported package is reachable when its name occurs as an identifier (a call, a selector, a
// method value, an interface's method, a type's field...) anywhere in
//   - the main package (all of it),
//   - any declaration of any imported package that is not a function (types, interfaces, the
//     initializers of package variables, which always run),
//   - an init function, or the body of a reachable function (to a fixed point),
// or when natives call it by name (kAlwaysReachable: Error, String, ...). Anything that can call
// a method names it somewhere: a direct call, a selector, or the interface type a dynamic call
// or type assertion goes through. So an unreachable body can never run, and the method tables
// may leave unreachable methods out (no interface in the program mentions their names).
#pragma once

#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"

namespace weft::lang::check {

// The bodies in `libraryFiles` (the files of every imported package) that cannot run.
std::unordered_set<const ast::FuncDecl*> unreachableBodies(
    const std::vector<const ast::File*>& mainFiles,
    const std::vector<const ast::File*>& libraryFiles);

}  // namespace weft::lang::check
