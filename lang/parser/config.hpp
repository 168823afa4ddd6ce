// The one iterator and context type every grammar rule is instantiated for (calc9 style).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "lang/parser/state.hpp"

namespace weft::lang::parser {

namespace x3 = boost::spirit::x3;

struct state_tag;

using iterator_type = const Token*;
using context_type = x3::context<state_tag, State, x3::unused_type>;

template <class Context>
State& state(Context const& ctx) {
  return x3::get<state_tag>(ctx);
}

}  // namespace weft::lang::parser
