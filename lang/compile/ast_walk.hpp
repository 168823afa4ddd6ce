// A pre-order walk over the statements and expressions of a function body, for the compiler's
// pre-scans (does the function defer, which struct variables may be modified).
#pragma once

#include <functional>

#include "lang/ast.hpp"

namespace weft::compile {

// Calls `visit` on `n` and, when it returns true, on every child. Function literals are
// visited but their bodies are walked only if `intoFuncLits`.
void walk(const ast::Node* n, const std::function<bool(const ast::Node*)>& visit,
          bool intoFuncLits = false);

}  // namespace weft::compile
