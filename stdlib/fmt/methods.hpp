// Method sets as fmt needs them: does a dynamic type have Error() string, String() string or
// GoString() string (the error, Stringer and GoStringer interfaces)?
#pragma once

#include <string_view>

namespace weft::types {
class Type;
class Func;
}  // namespace weft::types

namespace weft::stdlib::fmt {

// The method `name` in the method set of `t`: declared on t's named type (pointer-receiver
// methods only if t is a pointer), or promoted from embedded fields (embedded interfaces
// included), shallowest depth first. Null if there is none or the name is ambiguous.
const types::Func* findMethod(const types::Type* t, std::string_view name);

// `name` is a method of t with signature func() string.
const types::Func* findStringMethod(const types::Type* t, std::string_view name);

}  // namespace weft::stdlib::fmt
