// Helpers shared by the stdlib natives: reading arguments and making results in the value
// representation of docs/architecture.md ("Values").
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/machine.hpp"
#include "vm/native.hpp"
#include "vm/object.hpp"

namespace weft::stdlib {

using vm::NativeCall;
using vm::NativeResult;
using vm::Word;

inline std::string_view argString(const NativeCall& call, int i) {
  return vm::view(reinterpret_cast<const vm::String*>(call.args[i]));
}
inline int64_t argInt(const NativeCall& call, int i) {
  return static_cast<int64_t>(call.args[i]);
}
inline uint64_t argUint(const NativeCall& call, int i) {
  return call.args[i];
}
inline double argFloat(const NativeCall& call, int i) {
  double d;
  std::memcpy(&d, &call.args[i], sizeof d);
  return d;
}
inline const vm::SliceHeader* argSlice(const NativeCall& call, int i) {
  return reinterpret_cast<const vm::SliceHeader*>(call.args[i]);
}
inline const vm::Box* argBox(const NativeCall& call, int i) {
  return reinterpret_cast<const vm::Box*>(call.args[i]);
}

// The bytes of a []byte (one word per element) as a string.
inline std::string bytesOf(const vm::SliceHeader* s) {
  std::string out;
  if (!s) return out;
  out.resize(static_cast<std::size_t>(s->len));
  for (int64_t i = 0; i < s->len; i++)
    out[static_cast<std::size_t>(i)] = static_cast<char>(s->data[i]);
  return out;
}

inline Word fromDouble(double d) {
  Word w;
  std::memcpy(&w, &d, sizeof w);
  return w;
}
inline Word stringWord(NativeCall& call, std::string_view s) {
  return reinterpret_cast<Word>(call.heap.newString(s));
}
// A new []byte holding s.
inline Word byteSliceWord(NativeCall& call, std::string_view s) {
  Word* data = call.heap.allocStorage(call.machine.program().byteType, s.size());
  for (std::size_t i = 0; i < s.size(); i++) data[i] = static_cast<uint8_t>(s[i]);
  auto n = static_cast<int64_t>(s.size());
  return reinterpret_cast<Word>(call.heap.newSlice(data, n, n));
}
// A new []string holding parts.
template <class Container>
Word stringSliceWord(NativeCall& call, const Container& parts) {
  const types::Type* st = call.machine.program().stringType;
  auto n = static_cast<int64_t>(parts.size());
  Word* data = call.heap.allocStorage(st, parts.size());
  std::size_t i = 0;
  for (const auto& p : parts) data[i++] = stringWord(call, p);
  return reinterpret_cast<Word>(call.heap.newSlice(data, n, n));
}
// The element type of the slice type of result `i` of the native's signature.
inline const types::Type* resultElem(const NativeCall& call, int i) {
  const types::Type* t = call.sig->results->vars[static_cast<std::size_t>(i)]->type;
  return static_cast<const types::Slice*>(t->underlying())->elem;
}
// A new slice of a one-word integer type `elem` holding values.
inline Word intSliceWord(NativeCall& call, const types::Type* elem,
                         const std::vector<int64_t>& values) {
  Word* data = call.heap.allocStorage(elem, values.size());
  for (std::size_t i = 0; i < values.size(); i++) data[i] = static_cast<Word>(values[i]);
  auto n = static_cast<int64_t>(values.size());
  return reinterpret_cast<Word>(call.heap.newSlice(data, n, n));
}

}  // namespace weft::stdlib
