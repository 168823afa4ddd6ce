// Instantiates the type rules for the one iterator/context type of config.hpp.
#include "lang/parser/type_def.hpp"

namespace weft::lang::parser {

BOOST_SPIRIT_INSTANTIATE(type_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(operand_type_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(signature_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(params_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(type_params_type, iterator_type, context_type)

}  // namespace weft::lang::parser
