// Names for completion: what is in scope at a place in the document, and what can follow a dot.
//
// Scopes are re-derived from the checked tree rather than taken from the checker's Scope
// objects, which do not record the source range they cover: walking down the nodes that enclose
// the offset, each block contributes the names its statements declared before the offset (the
// checker set Ident::obj on every defining identifier), each function its parameters, each
// if/for/switch its init statement's names, each type switch clause its implicit variable.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cli/lsp/analysis.hpp"
#include "lang/types.hpp"

namespace weft::lsp {

struct Candidate {
  std::string name;
  const types::Object* obj = nullptr;  // null for imports whose package failed to load
  std::string importPath;              // for imports
};

// Every name visible at `offset` in the analysed document, inner declarations shadowing outer
// ones: locals, parameters, package-level names, imports, then the universe.
std::vector<Candidate> namesInScope(const Analysis& a, std::size_t offset);

// Members selectable on a value (or, with `isType`, a type: method expressions) of type `t`:
// fields and methods including promoted ones; unexported members of other packages are left out.
std::vector<Candidate> membersOf(const types::Type* t, bool isType, const types::Package* from);

// Exported members of an imported package.
std::vector<Candidate> packageMembers(const types::Package* pkg);

}  // namespace weft::lsp
