// Reading Go values out of their words (docs/architecture.md, "Values"), for fmt's printer
// and the other natives that walk values of any type.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

#include "lang/types.hpp"
#include "vm/object.hpp"

namespace weft::stdlib {

// The integer in `w` of (underlying) integer kind `u`, truncated to its size as Go would.
inline int64_t intValue(const vm::Word* w, const types::Type* u) {
  switch (u->kind) {
    case types::Kind::Int8:
      return static_cast<int8_t>(w[0]);
    case types::Kind::Int16:
      return static_cast<int16_t>(w[0]);
    case types::Kind::Int32:
      return static_cast<int32_t>(w[0]);
    default:
      return static_cast<int64_t>(w[0]);
  }
}
inline uint64_t uintValue(const vm::Word* w, const types::Type* u) {
  switch (u->kind) {
    case types::Kind::Uint8:
      return static_cast<uint8_t>(w[0]);
    case types::Kind::Uint16:
      return static_cast<uint16_t>(w[0]);
    case types::Kind::Uint32:
      return static_cast<uint32_t>(w[0]);
    default:
      return w[0];
  }
}
// float64 words hold IEEE bits; float32 words hold the bits of an exactly representable double.
inline double floatValue(const vm::Word* w) {
  return std::bit_cast<double>(w[0]);
}
inline std::string_view stringValue(const vm::Word* w) {
  return vm::view(reinterpret_cast<const vm::String*>(w[0]));
}

}  // namespace weft::stdlib
