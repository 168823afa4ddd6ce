// Instantiates the stmt rules for the one iterator/context type of config.hpp.
#include "lang/parser/stmt_def.hpp"

namespace weft::lang::parser {

BOOST_SPIRIT_INSTANTIATE(block_type, iterator_type, context_type)

}  // namespace weft::lang::parser
