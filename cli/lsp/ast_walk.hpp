// Generic traversal of the syntax tree, and where each node ends.
//
// The parser records where nodes start (ast::Node::pos) and a few closing tokens (braces, call
// parentheses, index brackets); a node's end is the furthest of those and of its children's
// ends, plus a closing `}` / `)` / `]` found in the source where the tree does not record it.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "lang/ast.hpp"

namespace weft::lsp {

// Calls `f` for every direct child of `n` in source order (null children are skipped).
void forEachChild(const ast::Node* n, const std::function<void(const ast::Node*)>& f);

inline std::size_t startOf(const ast::Node* n) {
  return n->pos.offset;
}
// Byte offset just past the node's last token; `source` is the text the tree was parsed from.
std::size_t endOf(const ast::Node* n, std::string_view source);

// The nodes enclosing `offset`, outermost (the file) first. A block encloses the offsets from
// just after its `{` up to and including its `}`; the clause of a switch or select that encloses
// an offset is the last one starting before it (a clause ends where the next begins).
std::vector<const ast::Node*> enclosingPath(const ast::File* file, std::size_t offset,
                                            std::string_view source);

// Calls `f` for `n` and every node below it, parents before children. Returning false from `f`
// skips the node's children.
void walk(const ast::Node* n, const std::function<bool(const ast::Node*)>& f);

}  // namespace weft::lsp
