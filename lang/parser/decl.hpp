// Declaration rules (defined in decl_def.hpp, instantiated in decl.cpp).
#pragma once

#include "lang/parser/config.hpp"

namespace weft::lang::parser {

struct gen_decl_class;
struct source_file_class;

using gen_decl_type = x3::rule<gen_decl_class, ast::GenDecl*>;
using source_file_type = x3::rule<source_file_class, ast::File*>;

BOOST_SPIRIT_DECLARE(gen_decl_type, source_file_type)

// `var ...`, `const ...` or `type ...`, single or grouped.
inline constexpr gen_decl_type gen_decl{"declaration"};
// A whole source file (package clause, imports, top-level declarations, end of input).
inline constexpr source_file_type source_file{"source file"};

}  // namespace weft::lang::parser
