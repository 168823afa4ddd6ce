// Statement rules (defined in stmt_def.hpp, instantiated in stmt.cpp).
#pragma once

#include "lang/parser/config.hpp"

namespace weft::lang::parser {

struct block_class;

using block_type = x3::rule<block_class, ast::BlockStmt*>;

BOOST_SPIRIT_DECLARE(block_type)

// `{ statements }`.
inline constexpr block_type block{"block"};

}  // namespace weft::lang::parser
