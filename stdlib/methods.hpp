// Type facts natives need at run time, over the checker's types: method sets (does a dynamic
// type have Error() string, String() string, ...; does it implement an interface) and
// comparability (what errors.Is and == need).
#pragma once

#include <string_view>

namespace weft::types {
class Type;
class Func;
class Interface;
}  // namespace weft::types

namespace weft::stdlib {

// The method `name` in the method set of `t`: declared on t's named type (pointer-receiver
// methods only if t is a pointer), or promoted from embedded fields (embedded interfaces
// included), shallowest depth first. Null if there is none or the name is ambiguous.
const types::Func* findMethod(const types::Type* t, std::string_view name);

// `name` is a method of t with signature func() string.
const types::Func* findStringMethod(const types::Type* t, std::string_view name);

// Every method of `iface` is in the method set of `t` with an identical signature.
bool implements(const types::Type* t, const types::Interface* iface);

// Values of type t can be compared with == (no slices, maps or funcs inside).
bool comparable(const types::Type* t);

}  // namespace weft::stdlib
