// Generic traversal of syntax trees. Iterative (an explicit stack), so arbitrarily deep trees
// (long `a + b + c ...` chains are left-deep) cannot exhaust the native stack.
#pragma once

#include <functional>

#include "lang/ast.hpp"

namespace weft::ast {

// Calls f for each non-null direct child of `node`, in source order.
void forEachChild(const Node* node, const std::function<void(const Node*)>& f);

// Pre-order walk: visit(node) for `node` and, while visit returns true, its descendants.
void walk(const Node* node, const std::function<bool(const Node*)>& visit);

}  // namespace weft::ast
