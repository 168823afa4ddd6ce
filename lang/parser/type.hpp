// Type rules (defined in type_def.hpp, instantiated in type.cpp).
#pragma once

#include <vector>

#include "lang/parser/config.hpp"

namespace weft::lang::parser {

struct type_class;
struct operand_type_class;
struct signature_class;
struct params_class;
struct type_params_class;

using type_type = x3::rule<type_class, ast::Expr*>;
using operand_type_type = x3::rule<operand_type_class, ast::Expr*>;
using signature_type = x3::rule<signature_class, ast::FuncType*>;
using params_type = x3::rule<params_class, std::vector<ast::Field*>>;
using type_params_type = x3::rule<type_params_class, std::vector<ast::Field*>>;

BOOST_SPIRIT_DECLARE(type_type, operand_type_type, signature_type, params_type, type_params_type)

// A type: name, qualified name, parenthesized type or type literal. Fails without consuming
// when no type starts here.
inline constexpr type_type type_{"type"};
// The type literals that may start an operand: [..]T, struct, map, chan, interface.
inline constexpr operand_type_type operand_type{"type"};
// Parameters and results after `func` or a method name; the FuncType's pos is the `(`.
inline constexpr signature_type signature{"signature"};
// `( parameter list )`, grouped into fields.
inline constexpr params_type params{"parameters"};
// `[ P C, Q, R D ]`: a type parameter list, grouped into fields (constraint in `type`).
inline constexpr type_params_type type_params{"type parameters"};

}  // namespace weft::lang::parser
