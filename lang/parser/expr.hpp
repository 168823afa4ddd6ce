// Expression rules (defined in expr_def.hpp, instantiated in expr.cpp).
#pragma once

#include <vector>

#include "lang/parser/config.hpp"

namespace weft::lang::parser {

struct expr_class;
struct expr_list_class;
struct primary_expr_class;
struct literal_value_class;

using expr_type = x3::rule<expr_class, ast::Expr*>;
using expr_list_type = x3::rule<expr_list_class, std::vector<ast::Expr*>>;
using primary_expr_type = x3::rule<primary_expr_class, ast::Expr*>;
using literal_value_type = x3::rule<literal_value_class, ast::CompositeLit*>;

BOOST_SPIRIT_DECLARE(expr_type, expr_list_type, primary_expr_type, literal_value_type)

// Any expression, including type expressions where Go allows them as operands.
inline constexpr expr_type expr{"expression"};
// expr { "," expr }: fails without consuming when no expression starts here.
inline constexpr expr_list_type expr_list{"expression list"};
// An operand with its selectors, index/slice, type assertion, call and literal suffixes.
inline constexpr primary_expr_type primary_expr{"primary expression"};
// `{ elements }` of a composite literal (litType left null).
inline constexpr literal_value_type literal_value{"literal value"};

}  // namespace weft::lang::parser
