// A debug printer for syntax trees: one line, s-expression form, e.g.
//   (funcdecl nil main (func (params) (results)) (block (expr (call (. fmt Println) "hi"))))
// Used by the parser's unit tests; handy when debugging any pass. The format is described at the
// top of ast.cpp. Null children print as `nil`.
#pragma once

#include <string>

#include "lang/ast.hpp"

namespace weft::ast {

std::string dump(const Node* node);

}  // namespace weft::ast
