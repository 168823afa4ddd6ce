// Deep copies of syntax trees, for generic instantiation: each instance of a generic function
// or method is checked (and then compiled) as ordinary code on its own copy of the declaration,
// because the checker annotates the tree in place. Copies carry the syntax and positions only,
// never checker annotations.
#pragma once

#include "lang/ast.hpp"

namespace weft::lang::check {

ast::FuncDecl* cloneFuncDecl(ast::Arena& arena, const ast::FuncDecl* fd);
ast::Expr* cloneExpr(ast::Arena& arena, const ast::Expr* e);

}  // namespace weft::lang::check
