// A pre-order walk over every node of a syntax tree (function literal bodies included), for
// passes that look at all nodes of one kind (tests, the annotation dump, the compiler's scans).
#pragma once

#include <functional>

#include "lang/ast.hpp"

namespace weft::lang::check {

// Calls `visit` for `node` and then for each of its children in source order; null children are
// skipped. Returning false from `visit` skips the node's children.
void walk(const ast::Node* node, const std::function<bool(const ast::Node*)>& visit);

}  // namespace weft::lang::check
