// Instantiates the expr rules for the one iterator/context type of config.hpp.
#include "lang/parser/expr_def.hpp"

namespace weft::lang::parser {

BOOST_SPIRIT_INSTANTIATE(expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(expr_list_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(primary_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(literal_value_type, iterator_type, context_type)

}  // namespace weft::lang::parser
