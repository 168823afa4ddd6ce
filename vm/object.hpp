// Heap object layouts shared by the interpreter, the heap and the native packages.
//
// Every Go value is one 64-bit Word (see docs/architecture.md, "Values"). Objects below are
// what those words point to. All of them are allocated by vm::Heap (vm/heap.hpp), which puts an
// ObjHeader (owned by the heap, invisible here) in front of each; code outside vm/heap* never
// frees anything.
//
// Immutability is part of the memory-safety story under racy scripts: String, SliceHeader and
// Box never change after construction, so a goroutine that reads one of them through a single
// word always sees a consistent object. Storage (struct/array slots, backing arrays, cells) is
// mutable word by word. MapObject and ChanObject protect their own invariants.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace weft::types {
class Type;
}

namespace weft::vm {

using Word = uint64_t;

struct FuncProto;  // vm/program.hpp: a compiled function

// An immutable byte string. `len` bytes follow the header; a NUL follows them (not counted) so
// C APIs can read it. The empty string is the null pointer, never a String of length 0.
struct String {
  int64_t len;
  uint64_t hash;  // 0 until first computed (benign race: every writer stores the same value)
  char bytes[1];  // flexible
  std::string_view view() const { return {bytes, static_cast<std::size_t>(len)}; }
};
inline std::string_view view(const String* s) { return s ? s->view() : std::string_view{}; }

// An immutable slice header. `data` points at element 0 of the slice inside a storage object
// (possibly into its middle); elements are `slots(elem)` words each. A nil slice is the null
// pointer; a non-nil empty slice has len 0 (data may be any valid pointer or null).
struct SliceHeader {
  Word* data;
  int64_t len;
  int64_t cap;
};

// An interface value: the dynamic type and an inline copy of the value (slots(type) words).
struct Box {
  const types::Type* type;
  Word payload[1];  // flexible
};

// A function value: code plus captured variables. Each capture is the address of the captured
// variable's storage (a heap cell, or a struct/array's storage), i.e. a Word*. Method values
// (x.M bound to its receiver) are closures whose capture 0 is the receiver's copy.
struct Closure {
  const FuncProto* proto;
  uint32_t ncaptures;
  Word* captures[1];  // flexible
};

}  // namespace weft::vm
