// Instantiates the decl rules for the one iterator/context type of config.hpp.
#include "lang/parser/decl_def.hpp"

namespace weft::lang::parser {

BOOST_SPIRIT_INSTANTIATE(gen_decl_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(source_file_type, iterator_type, context_type)

}  // namespace weft::lang::parser
