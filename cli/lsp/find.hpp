// What is under the cursor: the innermost token-level node at an offset (an identifier, a
// literal, an operator, the parentheses of a call, ...) and the nodes around it.
#pragma once

#include <cstddef>
#include <vector>

#include "lang/ast.hpp"

namespace weft::lsp {

struct Hit {
  const ast::Node* node = nullptr;     // null when nothing is under the cursor
  std::vector<const ast::Node*> path;  // from the file down to (and including) `node`
  std::size_t begin = 0, end = 0;      // the bytes of the token that was hit
  const ast::Node* parent() const { return path.size() >= 2 ? path[path.size() - 2] : nullptr; }
};

// A cursor right after an identifier (`foo|`) still hits it, as editors place the cursor there
// after typing a name; a token that starts at the offset wins over one that ends there.
Hit nodeAt(const ast::File* file, std::size_t offset);

}  // namespace weft::lsp
